// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.LocalizedText;

import java.util.Objects;

/**
 * A free text production needs (monogram initials).
 *
 * @param id    the text's id in the configuration ({@code monogram[1].initials})
 * @param label the text field's display name
 * @param text  the text (never empty)
 */
public record TextEntry(String id, LocalizedText label, String text) {

    public TextEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text entry " + id + " is empty");
        }
    }
}
