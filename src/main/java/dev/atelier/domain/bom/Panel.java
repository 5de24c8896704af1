// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of a furniture cut list: {@code count} identical panels (same size, material and edge banding).
 * Sizes in millimetres, rounded to 0.1 mm; {@code length ≥ width ≥ thickness}.
 *
 * @param name          what the panels are: the ids of the geometry bindings they come from, e.g.
 *                      {@code "side-left, side-right"} when identical panels serve in several places
 * @param length        longer side of the panel face, mm
 * @param width         shorter side of the panel face, mm
 * @param thickness     smallest dimension, mm
 * @param material      material id, or null when the catalog names none
 * @param materialLabel the material's display name (empty when unknown)
 * @param edgesLong     how many of the two long edges are banded (0–2)
 * @param edgesShort    how many of the two short edges are banded (0–2)
 * @param count         number of identical panels
 * @param sources       where they come from: {@code instancePath/geometryId} ({@code section[2]/side};
 *                      {@code /top} for the product itself)
 */
public record Panel(String name, BigDecimal length, BigDecimal width, BigDecimal thickness, String material,
                    LocalizedText materialLabel, int edgesLong, int edgesShort, int count, List<String> sources) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public Panel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(thickness, "thickness");
        materialLabel = materialLabel == null ? LocalizedText.EMPTY : materialLabel;
        if (thickness.signum() <= 0 || width.compareTo(thickness) < 0 || length.compareTo(width) < 0) {
            throw new IllegalArgumentException("panel " + name + ": need length >= width >= thickness > 0, was "
                    + length + " x " + width + " x " + thickness);
        }
        if (edgesLong < 0 || edgesLong > 2 || edgesShort < 0 || edgesShort > 2) {
            throw new IllegalArgumentException("panel " + name + ": banded edges must be 0..2 per side");
        }
        if (count < 1) {
            throw new IllegalArgumentException("panel " + name + ": count must be >= 1");
        }
        sources = List.copyOf(sources);
    }

    /** Edge banding of all {@code count} panels, in metres. */
    public BigDecimal edgeBandingM() {
        return length.multiply(BigDecimal.valueOf(edgesLong)).add(width.multiply(BigDecimal.valueOf(edgesShort)))
                .multiply(BigDecimal.valueOf(count)).divide(THOUSAND);
    }

    /** Face area of all {@code count} panels, in m². */
    public BigDecimal areaM2() {
        return length.multiply(width).multiply(BigDecimal.valueOf(count)).divide(THOUSAND).divide(THOUSAND);
    }
}
