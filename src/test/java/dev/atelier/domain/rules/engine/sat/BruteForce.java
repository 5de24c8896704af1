// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Test oracle: enumerates every complete assignment of a small model and evaluates constraints directly. */
final class BruteForce {

    private final FdModel model;
    private final List<int[]> all = new ArrayList<>();
    private final List<int[]> solutions = new ArrayList<>();

    BruteForce(FdModel model) {
        this.model = model;
        enumerate(new int[model.size()], 0);
        for (int[] a : all) {
            if (satisfiesRules(a, null)) {
                solutions.add(a);
            }
        }
    }

    private void enumerate(int[] current, int x) {
        if (x == current.length) {
            all.add(current.clone());
            return;
        }
        for (int v = 0; v < model.variable(x).size(); v++) {
            current[x] = v;
            enumerate(current, x + 1);
        }
    }

    List<int[]> solutions() {
        return solutions;
    }

    /** True iff every constraint (of the given rules, or all if null) holds. */
    boolean satisfiesRules(int[] full, Set<String> rules) {
        for (FdConstraint c : model.constraints()) {
            if ((rules == null || rules.contains(c.ruleId())) && !holds(c, full)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(FdConstraint c, int[] full) {
        if (c instanceof ClauseConstraint clause) {
            for (int i = 0; i < clause.scope().length; i++) {
                boolean equal = full[clause.scope()[i]] == clause.values()[i];
                if (equal == clause.positive()[i]) {
                    return true;
                }
            }
            return false;
        }
        TableConstraint table = (TableConstraint) c;
        for (int[] tuple : table.tuples()) {
            boolean match = true;
            for (int i = 0; i < tuple.length; i++) {
                match &= full[table.scope()[i]] == tuple[i];
            }
            if (match) {
                return table.supports();
            }
        }
        return !table.supports();
    }

    /** Some solution agrees with every set variable of {@code fixed}. */
    boolean feasible(Assignment fixed) {
        return solutions.stream().anyMatch(agreesWith(fixed));
    }

    /** Some assignment satisfying the given rules agrees with every set variable of {@code fixed}. */
    boolean feasibleUnder(Set<String> rules, Assignment fixed) {
        return all.stream().filter(agreesWith(fixed)).anyMatch(a -> satisfiesRules(a, rules));
    }

    static Predicate<int[]> agreesWith(Assignment fixed) {
        return a -> {
            for (int x = 0; x < a.length; x++) {
                if (fixed.isSet(x) && fixed.get(x) != a[x]) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Available per the Propagation contract. */
    boolean available(Assignment selections, int x, int v) {
        if (!feasible(selections)) {
            return false;
        }
        return feasible(selections.with(x, v));
    }

    boolean impossible(int x, int v) {
        return !feasible(Assignment.empty(model.size()).with(x, v));
    }
}
