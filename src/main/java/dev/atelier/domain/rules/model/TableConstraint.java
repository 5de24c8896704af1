// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.model;

import java.util.Objects;

/**
 * An extensional constraint: allowed tuples ({@code supports}) or forbidden tuples ({@code conflicts}).
 *
 * @param ruleId   id of the rule this table comes from
 * @param scope    variable indices, in tuple order
 * @param tuples   value indices, one row per tuple, each row as long as {@code scope}
 * @param supports true: only the listed tuples are allowed; false: the listed tuples are forbidden
 */
public record TableConstraint(String ruleId, int[] scope, int[][] tuples, boolean supports) implements FdConstraint {

    public TableConstraint {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(tuples, "tuples");
        for (int[] t : tuples) {
            if (t.length != scope.length) {
                throw new IllegalArgumentException("rule " + ruleId + ": tuple of arity " + t.length
                        + " in a table of arity " + scope.length);
            }
        }
    }
}
