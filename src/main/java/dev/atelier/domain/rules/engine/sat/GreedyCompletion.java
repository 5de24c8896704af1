// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import org.logicng.collections.LNGIntVector;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Greedy completion in one SAT call. The greedy order is: first every unset variable with a preferred value takes
 * it if that is consistent with the selections and the defaults taken before it (variable order); then every
 * variable still unset takes its cheapest value consistent with all that is fixed (variable order, ties by domain
 * order).
 * <p>
 * The solver is told to decide exactly in that order: the selections, then the default literals, then each
 * variable's value literals cheapest first. A conflict-driven solver with a static decision order only ever
 * abandons a preferred literal when the literals decided before it (and the rules) imply its negation, so the model
 * it returns is the greedy completion itself; no per-variable SAT checks are needed. The selections head the
 * decision list so that LogicNG's restart of the list after a backjump (at the backjump level) never skips an
 * undecided literal.
 */
final class GreedyCompletion {

    private final EncodedSolver solver;
    private final ValueIndex values;

    GreedyCompletion(EncodedSolver solver, ValueIndex values) {
        this.solver = solver;
        this.values = values;
    }

    /**
     * @param preferred preferred value per variable or UNSET (null: none)
     * @param cost      cost per variable and value (null, or a null row: all zero)
     */
    Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost) {
        int n = values.variables();
        LNGIntVector assumptions = new LNGIntVector(selections.count());
        LNGIntVector order = new LNGIntVector(values.totalValues() + n);
        for (int x = 0; x < n; x++) {
            if (selections.isSet(x)) {
                int lit = solver.literal(x, selections.get(x));
                assumptions.push(lit);
                order.push(lit);
            }
        }
        if (preferred != null) {
            for (int x = 0; x < n; x++) {
                if (!selections.isSet(x) && preferred[x] != Assignment.UNSET) {
                    order.push(solver.literal(x, preferred[x]));
                }
            }
        }
        for (int x = 0; x < n; x++) {
            if (!selections.isSet(x)) {
                for (int v : cheapestFirst(x, cost == null ? null : cost[x])) {
                    order.push(solver.literal(x, v));
                }
            }
        }
        solver.decideFirst(order);
        boolean consistent = solver.solve(assumptions);
        solver.decideFirst(new LNGIntVector());
        return consistent ? Optional.of(Assignment.of(solver.modelValues())) : Optional.empty();
    }

    private Integer[] cheapestFirst(int x, long[] costs) {
        Integer[] order = new Integer[values.domainSize(x)];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        if (costs != null) {
            Arrays.sort(order, Comparator.comparingLong(v -> costs[v]));
        }
        return order;
    }
}
