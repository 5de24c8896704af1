// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.ProductKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the 3D preview shows of one configuration: its visible parts in the product's world frame, their overall
 * bounds and a sentence describing them for screen readers. Derived from a
 * {@link dev.atelier.domain.configuration.Configuration} by {@link PreviewModelBuilder}; immutable, so two models
 * can be compared part by part ({@link #partsByKey()}) and only what changed is redrawn.
 *
 * @param productId   the product
 * @param kind        furniture or clothing (decides the stage: floor or mannequin)
 * @param label       the product's name in the model's language
 * @param unit        unit for dimensions shown to people ({@code cm}, {@code mm}, {@code m}, {@code in})
 * @param parts       visible parts, in catalog order
 * @param bounds      the space all parts take (mm)
 * @param description a sentence for screen readers
 * @param problems    why some parts could not be shown (unevaluable expressions); empty when all went well
 */
public record PreviewModel(String productId, ProductKind kind, String label, String unit, List<PreviewPart> parts,
                           Bounds bounds, String description, List<String> problems) {

    public PreviewModel {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        parts = List.copyOf(parts);
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(description, "description");
        problems = List.copyOf(problems);
    }

    /** A model with nothing to show. */
    public static PreviewModel empty() {
        return new PreviewModel("none", ProductKind.FURNITURE, "", "cm", List.of(), Bounds.EMPTY, "", List.of());
    }

    /** The bounds of a list of parts ({@link Bounds#EMPTY} for none). */
    public static Bounds boundsOf(List<PreviewPart> parts) {
        Bounds b = null;
        for (PreviewPart p : parts) {
            b = b == null ? p.bounds() : b.union(p.bounds());
        }
        return b == null ? Bounds.EMPTY : b;
    }

    /** The parts by key, in order. */
    public Map<String, PreviewPart> partsByKey() {
        Map<String, PreviewPart> m = new LinkedHashMap<>();
        for (PreviewPart p : parts) {
            m.put(p.key(), p);
        }
        return m;
    }

    public Optional<PreviewPart> part(String key) {
        return parts.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The parts of a component instance and its descendants ({@code section[2]}); all parts for {@code ""}. */
    public List<PreviewPart> partsOf(String instancePath) {
        return parts.stream().filter(p -> p.belongsTo(instancePath)).toList();
    }

    /** The parts with a role. */
    public List<PreviewPart> partsWithRole(String role) {
        return parts.stream().filter(p -> p.role().equals(role)).toList();
    }

    /** Millimetres expressed in this model's unit. */
    public double inUnit(double mm) {
        return Units.fromMm(mm, unit);
    }
}
