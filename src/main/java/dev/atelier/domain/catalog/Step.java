// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A guided step of the kiosk: a titled set of choices. Items are paths of groups, parameters or components
 * without instance indices ({@code frame.height}, {@code section.width}, {@code section} for the count); the
 * kiosk expands repeated components per instance.
 *
 * @param id    id, unique in its product
 * @param label step title
 * @param items paths shown on this step, in order
 */
public record Step(String id, LocalizedText label, List<String> items) {

    public Step {
        Ids.require(id, "step");
        Objects.requireNonNull(label, "label");
        items = List.copyOf(items);
    }
}
