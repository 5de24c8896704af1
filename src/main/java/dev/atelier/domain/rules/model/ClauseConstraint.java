// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.model;

import java.util.Objects;

/**
 * A disjunction of variable=value literals: at least one of {@code scope[i] = values[i]} holds (or, for a
 * negated literal, {@code scope[i] != values[i]}). Feature models (CNF) come in as these; they are cheaper than
 * one-tuple conflict tables.
 *
 * @param ruleId   id of the rule (or clause) this comes from
 * @param scope    variable index per literal
 * @param values   value index per literal
 * @param positive per literal: true for {@code var = value}, false for {@code var != value}
 */
public record ClauseConstraint(String ruleId, int[] scope, int[] values, boolean[] positive) implements FdConstraint {

    public ClauseConstraint {
        Objects.requireNonNull(ruleId, "ruleId");
        if (scope.length != values.length || scope.length != positive.length) {
            throw new IllegalArgumentException("rule " + ruleId + ": literal arrays differ in length");
        }
    }
}
