// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A free-text entry of a component (monogram initials, an engraving). Not a rules-engine variable:
 * rules cannot refer to it; prices, geometry, quotes and the bill of materials can (an empty text is not applicable).
 *
 * @param id        id, unique among the groups, parameters, texts and children of its component
 * @param label     display name
 * @param maxLength most characters
 * @param pattern   regular expression the text must match (e.g. {@code [A-Z]{1,3}})
 */
public record TextField(String id, LocalizedText label, int maxLength, String pattern) {

    public TextField {
        Ids.require(id, "text field");
        Objects.requireNonNull(label, "label");
        if (maxLength < 1 || maxLength > 200) {
            throw new IllegalArgumentException("text field " + id + ": maxLength must be within 1..200");
        }
        Objects.requireNonNull(pattern, "pattern");
        Pattern.compile(pattern);
    }

    /** Whether {@code text} is acceptable (empty means "not filled" and is always acceptable). */
    public boolean accepts(String text) {
        return text.isEmpty() || (text.length() <= maxLength && text.matches(pattern));
    }
}
