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
        if (parts.isEmpty()) {
            return Bounds.EMPTY;
        }
        double x0 = 0;
        double y0 = 0;
        double z0 = 0;
        double x1 = 0;
        double y1 = 0;
        double z1 = 0;
        boolean first = true;
        for (PreviewPart p : parts) {
            double lx;
            double ly;
            double lz;
            double hx;
            double hy;
            double hz;
            if (p.rotation().isZero()) {
                // what p.bounds() gives, without making it
                Vec3 pos = p.position();
                Vec3 size = p.size();
                lx = pos.x();
                ly = pos.y();
                lz = pos.z();
                hx = pos.x() + size.x();
                hy = pos.y() + size.y();
                hz = pos.z() + size.z();
            } else {
                Bounds pb = p.bounds();
                lx = pb.min().x();
                ly = pb.min().y();
                lz = pb.min().z();
                hx = pb.max().x();
                hy = pb.max().y();
                hz = pb.max().z();
            }
            if (first) {
                x0 = lx;
                y0 = ly;
                z0 = lz;
                x1 = hx;
                y1 = hy;
                z1 = hz;
                first = false;
            } else {
                x0 = Math.min(x0, lx);
                y0 = Math.min(y0, ly);
                z0 = Math.min(z0, lz);
                x1 = Math.max(x1, hx);
                y1 = Math.max(y1, hy);
                z1 = Math.max(z1, hz);
            }
        }
        return new Bounds(new Vec3(x0, y0, z0), new Vec3(x1, y1, z1));
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
