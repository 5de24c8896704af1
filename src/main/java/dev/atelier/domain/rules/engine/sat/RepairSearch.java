// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Repair;
import org.logicng.collections.LNGIntVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Minimum repairs by implicit hitting sets on the warm main solver: a set of selections to retract must hit every
 * conflict (a subset of the selections that excludes the wanted value). Keep a list of conflicts, take a
 * minimum-size set hitting them all, and test it: if the remaining selections allow the value, that set is a
 * minimum repair (any repair hits the same conflicts, so none is smaller); otherwise the solver's failed
 * assumptions are a new conflict, and the loop goes on. Each round costs one SAT call plus an exact
 * minimum-hitting-set search over the (few, small) conflicts.
 */
final class RepairSearch {

    private final EncodedSolver solver;
    private final ValueIndex values;

    RepairSearch(EncodedSolver solver, ValueIndex values) {
        this.solver = solver;
        this.values = values;
    }

    /**
     * A minimum repair for {@code variable = value}, or empty if no selection subset allows it (the value is
     * impossible).
     *
     * @param selected flat value indices of the selections other than the variable's own
     */
    Optional<Repair> repair(int[] selected, int variable, int value) {
        int wanted = solver.literal(variable, value);
        int[] lits = new int[selected.length];
        for (int k = 0; k < selected.length; k++) {
            lits[k] = solver.literal(values.variableOf(selected[k]), values.valueOf(selected[k]));
        }
        List<int[]> conflicts = new ArrayList<>();
        LNGIntVector assumptions = new LNGIntVector(selected.length + 1);
        while (true) {
            BitSet retract = MinimumHittingSet.of(conflicts);
            assumptions.clear();
            assumptions.push(wanted);
            for (int k = 0; k < lits.length; k++) {
                if (!retract.get(k)) {
                    assumptions.push(lits[k]);
                }
            }
            if (solver.solve(assumptions)) {
                return Optional.of(new Repair(literals(selected, retract), Assignment.of(solver.modelValues())));
            }
            BitSet failed = solver.failedAssumptions();
            int[] conflict = new int[lits.length];
            int size = 0;
            for (int k = 0; k < lits.length; k++) {
                if (!retract.get(k) && failed.get(lits[k])) {
                    conflict[size++] = k;
                }
            }
            if (size == 0) {
                return Optional.empty();
            }
            conflicts.add(Arrays.copyOf(conflict, size));
        }
    }

    private List<Explanation.Literal> literals(int[] selected, BitSet positions) {
        List<Explanation.Literal> result = new ArrayList<>(positions.cardinality());
        for (int k = positions.nextSetBit(0); k >= 0; k = positions.nextSetBit(k + 1)) {
            result.add(new Explanation.Literal(values.variableOf(selected[k]), values.valueOf(selected[k])));
        }
        return result;
    }
}
