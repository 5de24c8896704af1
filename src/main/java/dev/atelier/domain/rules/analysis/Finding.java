// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Something the analysis of a model found.
 *
 * @param severity how bad it is
 * @param kind     what kind of finding
 * @param subject  the variable id (dead or forced values) or rule id (rules that never fire); for a contradiction
 *                 the first rule id
 * @param value    the value concerned, or null
 * @param rules    the rules involved (a contradiction: a minimal set of rules that cannot hold together)
 */
public record Finding(Severity severity, Kind kind, String subject, String value, List<String> rules) {

    /** How bad a finding is: an error stops publishing, a warning asks a designer to look. */
    public enum Severity { ERROR, WARNING }

    /** What was found. */
    public enum Kind {
        /** No configuration satisfies all rules. */
        CONTRADICTION,
        /** A value no valid configuration contains. */
        DEAD_VALUE,
        /** A variable that has one value in every valid configuration. */
        ALWAYS_FORCED,
        /** A rule that excludes nothing the other rules allow. */
        NEVER_FIRES
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        rules = List.copyOf(rules);
    }

    /** A sentence for designers. */
    public String message() {
        return switch (kind) {
            case CONTRADICTION -> "no valid configuration exists: rules " + String.join(", ", rules)
                    + " contradict each other";
            case DEAD_VALUE -> "'" + value + "' of " + subject + " can never be chosen (dead option)";
            case ALWAYS_FORCED -> subject + " is always '" + value + "': the rules leave no choice";
            case NEVER_FIRES -> "rule " + subject + " never excludes anything the other rules allow";
        };
    }
}
