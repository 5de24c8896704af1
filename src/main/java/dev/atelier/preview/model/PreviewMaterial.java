// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.Material;

import java.util.Locale;
import java.util.Objects;

/**
 * How a part looks, resolved from a catalog {@link Material} (or the neutral fallback when a binding names none).
 *
 * @param id            material id ({@code ""} for the fallback)
 * @param label         display name in the model's language
 * @param color         base colour {@code #RRGGBB}
 * @param texture       texture path under {@code assets/}, or null
 * @param textureSizeMm real-world size one texture tile covers (0 without texture)
 * @param surface       how it reflects light
 * @param opacity       1 opaque … 0 invisible
 */
public record PreviewMaterial(String id, String label, String color, String texture, double textureSizeMm,
                              Material.Surface surface, double opacity) {

    /** Light grey satin, for parts that name no material. */
    public static final PreviewMaterial NEUTRAL = new PreviewMaterial("", "", "#c8c8c4", null, 0,
            Material.Surface.SATIN, 1);

    public PreviewMaterial {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("color must be #RRGGBB, was " + color);
        }
        Objects.requireNonNull(surface, "surface");
        if (textureSizeMm < 0 || opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("material " + id + ": bad textureSizeMm or opacity");
        }
        if (texture != null && texture.isBlank()) {
            texture = null;
        }
    }

    public static PreviewMaterial of(Material m, Locale locale) {
        return new PreviewMaterial(m.id(), m.label().get(locale), m.color(), m.texture(), m.textureSizeMm(),
                m.surface(), m.opacity());
    }

    /** Whether the material has an image tiled at {@link #textureSizeMm}. */
    public boolean textured() {
        return texture != null;
    }

    /** Whether parts of this material are see-through and must be drawn after the opaque ones. */
    public boolean transparent() {
        return opacity < 0.999;
    }

    /** Size of one texture tile in mm, or a 1 m default for untextured or unsized materials. */
    public double tileMm() {
        return textured() && textureSizeMm > 0 ? textureSizeMm : 1000;
    }
}
