// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.Configuration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named moment of a customer's design ("A", "B", "C") to come back to or compare. Lives only in the kiosk
 * session and is wiped with it.
 *
 * @param name       short name shown on the chip
 * @param selections the person's choices
 * @param texts      their texts
 * @param shown      the completed product as it looked
 * @param quote      its price, or null if it could not be priced
 * @param preview    its 3D preview
 */
public record DesignSnapshot(String name, Map<String, String> selections, Map<String, String> texts,
                             Configuration shown, Quote quote, PreviewPort.Prepared preview) {

    public DesignSnapshot {
        Objects.requireNonNull(name, "name");
        selections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(selections));
        texts = Map.copyOf(texts);
        Objects.requireNonNull(shown, "shown");
    }
}
