// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.Objects;

/**
 * A rule in the rule language (see {@code docs/catalog-format.md}): a constraint, a table, a cardinality, a soft
 * default or a visibility condition.
 *
 * @param id      unique in its product; explanations name it
 * @param text    the rule, e.g. {@code door.type = sliding requires section.count >= 2}
 * @param message message template for explanations, e.g. "Sliding doors need at least two sections"
 * @param source  where the rule text starts in its file (for error messages), or {@link SourcePos#UNKNOWN}
 */
public record Rule(String id, String text, LocalizedText message, SourcePos source) {

    public Rule {
        Ids.require(id, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        source = source == null ? SourcePos.UNKNOWN : source;
    }

    public Rule(String id, String text, LocalizedText message) {
        this(id, text, message, SourcePos.UNKNOWN);
    }
}
