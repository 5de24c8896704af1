// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.Scope;

import java.util.Objects;

/**
 * A soft default: the value a variable takes when the person has not chosen and the rules allow it. From an
 * option group's {@code default}, a parameter's {@code default} or a {@code default … [when …]} rule.
 *
 * @param variable index of the variable in the model
 * @param value    index of the value in its domain
 * @param ruleId   the rule it comes from, or {@code default:<variable template>} for a group or parameter default
 * @param when     condition under which it applies (evaluated in {@code scope}), or null for always
 * @param scope    where {@code when} is evaluated (the rule's instance binding), or null without condition
 */
public record SoftDefault(int variable, int value, String ruleId, Expr when, Scope scope) {

    public SoftDefault {
        Objects.requireNonNull(ruleId, "ruleId");
        if (variable < 0 || value < 0) {
            throw new IllegalArgumentException("default " + ruleId + ": negative index");
        }
        if (when != null && scope == null) {
            throw new IllegalArgumentException("default " + ruleId + ": a condition needs a scope");
        }
    }

    /** Whether it applies unconditionally. */
    public boolean unconditional() {
        return when == null;
    }
}
