// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An independent solver for checking the engine: the model in Choco (one integer variable per model variable,
 * one table constraint per table), answering by search. Not thread-safe.
 */
public final class ChocoOracle {

    private final FdModel model;
    private final Model choco;
    private final Solver solver;
    private final IntVar[] vars;

    public ChocoOracle(FdModel model) {
        this.model = model;
        this.choco = new Model(model.name());
        this.vars = new IntVar[model.size()];
        for (int v = 0; v < model.size(); v++) {
            vars[v] = choco.intVar("x" + v, 0, model.variable(v).size() - 1);
        }
        for (FdConstraint constraint : model.constraints()) {
            post(constraint);
        }
        this.solver = choco.getSolver();
    }

    private void post(FdConstraint constraint) {
        if (constraint instanceof TableConstraint table) {
            if (table.tuples().length == 0) {
                if (table.supports()) {
                    choco.falseConstraint().post();
                }
                return;
            }
            IntVar[] scope = Arrays.stream(table.scope()).mapToObj(v -> vars[v]).toArray(IntVar[]::new);
            if (scope.length == 1) {
                int[] values = Arrays.stream(table.tuples()).mapToInt(t -> t[0]).toArray();
                (table.supports() ? choco.member(scope[0], values) : choco.notMember(scope[0], values)).post();
                return;
            }
            Tuples tuples = new Tuples(table.supports());
            for (int[] tuple : table.tuples()) {
                tuples.add(tuple.clone());
            }
            choco.table(scope, tuples).post();
            return;
        }
        // a clause becomes the table of its satisfying tuples over its distinct variables
        ClauseConstraint clause = (ClauseConstraint) constraint;
        int[] scope = Arrays.stream(clause.scope()).distinct().toArray();
        List<int[]> satisfying = new ArrayList<>();
        int[] full = new int[model.size()];
        enumerate(scope, 0, full, clause, satisfying);
        post(new TableConstraint(clause.ruleId(), scope, satisfying.toArray(new int[0][]), true));
    }

    private void enumerate(int[] scope, int position, int[] full, ClauseConstraint clause, List<int[]> out) {
        if (position == scope.length) {
            if (BruteForce.satisfies(clause, full)) {
                out.add(Arrays.stream(scope).map(v -> full[v]).toArray());
            }
            return;
        }
        for (int value = 0; value < model.variable(scope[position]).size(); value++) {
            full[scope[position]] = value;
            enumerate(scope, position + 1, full, clause, out);
        }
    }

    /** A complete solution extending {@code partial} (-1 = unset), or null if there is none. */
    public int[] solve(int[] partial) {
        List<Constraint> fixed = new ArrayList<>();
        for (int v = 0; v < partial.length; v++) {
            if (partial[v] != Assignment.UNSET) {
                Constraint c = choco.arithm(vars[v], "=", partial[v]);
                c.post();
                fixed.add(c);
            }
        }
        try {
            if (!solver.solve()) {
                return null;
            }
            int[] solution = new int[vars.length];
            for (int v = 0; v < vars.length; v++) {
                solution[v] = vars[v].getValue();
            }
            return solution;
        } finally {
            solver.reset();
            choco.unpost(fixed.toArray(new Constraint[0]));
        }
    }

    /**
     * Per variable of {@code check} (all unset in {@code partial}) and value: whether a solution extends
     * {@code partial} with it. One search per value not already covered by an earlier solution.
     */
    public boolean[][] supported(int[] partial, int... check) {
        boolean[][] covered = new boolean[model.size()][];
        for (int v : check) {
            if (partial[v] != Assignment.UNSET) {
                throw new IllegalArgumentException("variable #" + v + " is set");
            }
            covered[v] = new boolean[model.variable(v).size()];
        }
        for (int v : check) {
            for (int value = 0; value < covered[v].length; value++) {
                if (covered[v][value]) {
                    continue;
                }
                int[] probe = partial.clone();
                probe[v] = value;
                int[] solution = solve(probe);
                if (solution != null) {
                    for (int w : check) {
                        covered[w][solution[w]] = true;
                    }
                }
            }
        }
        return covered;
    }
}
