// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * One choice in an {@link OptionGroup}.
 *
 * @param id          id, unique in its group
 * @param label       display name
 * @param description one-line description for tiles (may be empty)
 * @param material    id of the catalog material this option stands for (finishes, fabrics), or null
 * @param image       picture path under {@code assets/} for the tile, or null
 * @param attributes  numeric facts about the option (e.g. {@code weightKg}, {@code thicknessMm}) that rules,
 *                    prices, geometry and the bill of materials can read with {@code attr(ref, name)}
 */
public record Option(String id, LocalizedText label, LocalizedText description, String material, String image,
                     Map<String, Double> attributes) {

    public Option {
        Ids.require(id, "option");
        Objects.requireNonNull(label, "label");
        description = description == null ? LocalizedText.EMPTY : description;
        attributes = Map.copyOf(attributes);
    }
}
