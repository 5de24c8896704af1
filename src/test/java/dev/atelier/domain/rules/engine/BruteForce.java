// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A test oracle that knows nothing about encodings: it enumerates every complete assignment of a small model and
 * checks the constraints one by one.
 */
public final class BruteForce {

    private final FdModel model;
    private final List<int[]> assignments = new ArrayList<>();
    private final List<int[]> solutions = new ArrayList<>();

    public BruteForce(FdModel model) {
        this.model = model;
        enumerate(new int[model.size()], 0);
        for (int[] full : assignments) {
            if (satisfiesAll(model.constraints(), full)) {
                solutions.add(full);
            }
        }
    }

    private void enumerate(int[] current, int variable) {
        if (variable == current.length) {
            assignments.add(current.clone());
            return;
        }
        for (int value = 0; value < model.variable(variable).size(); value++) {
            current[variable] = value;
            enumerate(current, variable + 1);
        }
    }

    /** Every complete assignment, valid or not. */
    public List<int[]> assignments() {
        return assignments;
    }

    /** The valid complete assignments. */
    public List<int[]> solutions() {
        return solutions;
    }

    /** Whether some valid complete assignment agrees with every set entry of {@code partial}. */
    public boolean consistent(int[] partial) {
        return solutions.stream().anyMatch(s -> extends_(s, partial));
    }

    /** Whether some complete assignment that satisfies just {@code constraints} agrees with {@code partial}. */
    public boolean consistent(int[] partial, Collection<FdConstraint> constraints) {
        return assignments.stream().anyMatch(a -> extends_(a, partial) && satisfiesAll(constraints, a));
    }

    /** Whether the complete assignment satisfies every constraint of the model. */
    public boolean valid(int[] full) {
        return satisfiesAll(model.constraints(), full);
    }

    /** {@code partial} with {@code variable = value}. */
    public static int[] with(int[] partial, int variable, int value) {
        int[] result = partial.clone();
        result[variable] = value;
        return result;
    }

    public static boolean extends_(int[] full, int[] partial) {
        for (int v = 0; v < partial.length; v++) {
            if (partial[v] != Assignment.UNSET && partial[v] != full[v]) {
                return false;
            }
        }
        return true;
    }

    private static boolean satisfiesAll(Collection<FdConstraint> constraints, int[] full) {
        return constraints.stream().allMatch(c -> satisfies(c, full));
    }

    /** Whether one constraint holds for a complete assignment, checked tuple by tuple. */
    public static boolean satisfies(FdConstraint constraint, int[] full) {
        if (constraint instanceof TableConstraint table) {
            int[] row = new int[table.scope().length];
            for (int i = 0; i < row.length; i++) {
                row[i] = full[table.scope()[i]];
            }
            boolean listed = Arrays.stream(table.tuples()).anyMatch(t -> Arrays.equals(t, row));
            return listed == table.supports();
        }
        ClauseConstraint clause = (ClauseConstraint) constraint;
        for (int i = 0; i < clause.scope().length; i++) {
            if ((full[clause.scope()[i]] == clause.values()[i]) == clause.positive()[i]) {
                return true;
            }
        }
        return false;
    }
}
