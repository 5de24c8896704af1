// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bill-of-materials item that is not a cut panel: hardware (hinges, runners, handles, rails), fabric, trim.
 * Identical items (same id, kind, unit and material) from several instances are summed into one.
 *
 * @param id            the catalog id of the BOM line, or for hardware from geometry its role (else its id)
 * @param label         what the workshop reads (for hardware from geometry: the role)
 * @param kind          hardware, fabric or trim
 * @param quantity      total quantity in {@code unit}
 * @param unit          {@code pcs}, {@code m}, {@code m2}
 * @param material      material id, or null
 * @param materialLabel the material's display name (empty when unknown)
 * @param sources       where the quantity comes from: {@code instancePath/id}
 */
public record BomItem(String id, LocalizedText label, BomLine.Kind kind, BigDecimal quantity, String unit,
                      String material, LocalizedText materialLabel, List<String> sources) {

    public BomItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        materialLabel = materialLabel == null ? LocalizedText.EMPTY : materialLabel;
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("bom item " + id + ": negative quantity " + quantity);
        }
        sources = List.copyOf(sources);
    }
}
