// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.Objects;

/**
 * A bill-of-materials line that is not a visible part: hinges, runners, screws, interfacing, buttons, fabric.
 * (Visible panels come from geometry bindings marked {@code part: panel}.)
 *
 * @param id       unique in its component
 * @param label    what the workshop reads
 * @param kind     hardware, fabric or trim
 * @param quantity numeric expression, evaluated in the instance's scope
 * @param unit     {@code pcs}, {@code m}, {@code m2}
 * @param when     condition, or null
 * @param material material id or group path, or null
 */
public record BomLine(String id, LocalizedText label, Kind kind, String quantity, String unit, String when,
                      String material) {

    /** What kind of item. */
    public enum Kind { HARDWARE, FABRIC, TRIM }

    public BomLine {
        Ids.require(id, "bom line");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }
}
