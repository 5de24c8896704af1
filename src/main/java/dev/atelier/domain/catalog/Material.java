// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.Objects;

/**
 * A finish or fabric: how a part looks in 3D and, through its tier, what it costs.
 *
 * @param id            id referenced by options and geometry bindings
 * @param label         display name
 * @param color         base colour as {@code #RRGGBB}
 * @param texture       texture image path under {@code assets/} (may be null: plain colour)
 * @param textureSizeMm real-world size in mm that one texture tile covers (for tiling at scale); 0 if no texture
 * @param surface       how it reflects light
 * @param opacity       1 opaque … 0 invisible (glass ~0.35)
 * @param tier          price tier (1 = standard); price rules may refer to it
 */
public record Material(String id, LocalizedText label, String color, String texture, double textureSizeMm,
                       Surface surface, double opacity, int tier) {

    /** How a material reflects light. */
    public enum Surface { MATTE, SATIN, GLOSS, GLASS, METAL, FABRIC }

    public Material {
        Ids.require(id, "material");
        Objects.requireNonNull(label, "label");
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("material " + id + ": color must be #RRGGBB, was " + color);
        }
        if (textureSizeMm < 0) {
            throw new IllegalArgumentException("material " + id + ": textureSizeMm must be >= 0");
        }
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("material " + id + ": opacity must be in 0..1");
        }
        Objects.requireNonNull(surface, "surface");
        if (tier < 1) {
            throw new IllegalArgumentException("material " + id + ": tier must be >= 1");
        }
    }
}
