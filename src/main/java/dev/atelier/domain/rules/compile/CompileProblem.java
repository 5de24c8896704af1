// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.catalog.SourcePos;

import java.util.Objects;

/**
 * Something wrong with a rule found while compiling a product: a syntax error, an unknown name, a rule that reads
 * a text, one too large to compile, or (as a warning) one that can never hold.
 *
 * @param ruleId    the rule's id
 * @param ruleStart where the rule text starts in its file ({@link SourcePos#UNKNOWN} when not read from a file)
 * @param offset    where in the rule text the problem is (0-based)
 * @param message   what is wrong
 * @param error     true for an error, false for a warning
 */
public record CompileProblem(String ruleId, SourcePos ruleStart, int offset, String message, boolean error) {

    public CompileProblem {
        Objects.requireNonNull(ruleId, "ruleId");
        ruleStart = ruleStart == null ? SourcePos.UNKNOWN : ruleStart;
        offset = Math.max(0, offset);
        Objects.requireNonNull(message, "message");
    }

    /** The place of the problem in the file (rule start moved by the offset). */
    public SourcePos position() {
        return ruleStart.plusColumns(offset);
    }

    @Override
    public String toString() {
        SourcePos p = position();
        return (p.line() == 0 ? "" : p + ": ") + (error ? "error" : "warning") + ": rule '" + ruleId + "': "
                + message;
    }
}
