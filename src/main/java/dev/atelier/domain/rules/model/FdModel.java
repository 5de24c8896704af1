// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A finite-domain configuration model: what the rules engine compiles. Built from a catalog product by the
 * rule compiler, or from an XCSP 2.1 / DIMACS file by the importers.
 *
 * @param name        a name for messages (product id, file name)
 * @param variables   the variables, indexed by position
 * @param constraints hard constraints
 * @param ruleMessages message templates by rule id (may be empty for imported models)
 */
public record FdModel(String name, List<FdVariable> variables, List<FdConstraint> constraints,
                      Map<String, String> ruleMessages) {

    public FdModel {
        Objects.requireNonNull(name, "name");
        variables = List.copyOf(variables);
        constraints = List.copyOf(constraints);
        ruleMessages = Map.copyOf(ruleMessages);
        int n = variables.size();
        for (FdConstraint c : constraints) {
            for (int v : c.scope()) {
                if (v < 0 || v >= n) {
                    throw new IllegalArgumentException("rule " + c.ruleId() + " refers to variable #" + v);
                }
            }
        }
    }

    public FdModel(String name, List<FdVariable> variables, List<FdConstraint> constraints) {
        this(name, variables, constraints, Map.of());
    }

    public int size() {
        return variables.size();
    }

    public FdVariable variable(int index) {
        return variables.get(index);
    }

    /** Index of the variable with this id. */
    public Optional<Integer> indexOf(String variableId) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).id().equals(variableId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Variable id to index, for callers that look up many ids. */
    public Map<String, Integer> indexMap() {
        Map<String, Integer> m = new HashMap<>(variables.size() * 2);
        for (int i = 0; i < variables.size(); i++) {
            m.put(variables.get(i).id(), i);
        }
        return m;
    }

    /**
     * Whether a complete assignment (a value index per variable) satisfies every constraint. A plain check for
     * tests and tools (linear in the size of the tables), not the engine's way of answering.
     */
    public boolean satisfies(int[] full) {
        if (full.length != variables.size()) {
            throw new IllegalArgumentException("an assignment of " + full.length + " values for "
                    + variables.size() + " variables");
        }
        for (FdConstraint c : constraints) {
            if (!satisfies(c, full)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a complete assignment satisfies one constraint. */
    public static boolean satisfies(FdConstraint c, int[] full) {
        if (c instanceof TableConstraint t) {
            boolean listed = false;
            for (int[] tuple : t.tuples()) {
                boolean match = true;
                for (int i = 0; i < tuple.length && match; i++) {
                    match = full[t.scope()[i]] == tuple[i];
                }
                if (match) {
                    listed = true;
                    break;
                }
            }
            return listed == t.supports();
        }
        ClauseConstraint k = (ClauseConstraint) c;
        for (int i = 0; i < k.scope().length; i++) {
            if ((full[k.scope()[i]] == k.values()[i]) == k.positive()[i]) {
                return true;
            }
        }
        return false;
    }
}
