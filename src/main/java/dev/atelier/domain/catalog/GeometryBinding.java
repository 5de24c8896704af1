// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.List;
import java.util.Objects;

/**
 * How (part of) a component becomes 3D. Sizes and positions are numeric expressions in millimetres, evaluated in
 * the scope of the component instance; positions are relative to the instance's origin (its {@code placement}).
 * Axes: x to the right, y up, z towards the viewer; a box's position is its minimum corner.
 *
 * @param id       unique in its component
 * @param shape    the primitive or mesh
 * @param asset    for {@link Shape#MESH}: path of an OBJ under {@code assets/}
 * @param text     for {@link Shape#TEXT}: expression for the text (e.g. the monogram)
 * @param size     three expressions: width, height, depth (for a mesh: the size it is scaled to)
 * @param position three expressions: x, y, z
 * @param rotation three expressions in degrees about x, y, z, or empty
 * @param material a material id, or the path of a one-of group whose chosen option names a material
 * @param when     condition under which the part exists, or null
 * @param role     what the part is (door, handle, panel, shelf, collar …): for highlighting, exploded view
 *                 and the bill of materials
 * @param part     for the bill of materials: panel (cut list), hardware, or none
 * @param edges    edge banding for panels, e.g. {@code "front"} or {@code "all"}, or null
 */
public record GeometryBinding(String id, Shape shape, String asset, String text, List<String> size,
                              List<String> position, List<String> rotation, String material, String when, String role,
                              PartKind part, String edges) {

    /** The primitive. */
    public enum Shape { BOX, CYLINDER, MESH, TEXT }

    /** What the bill of materials makes of a part. */
    public enum PartKind { PANEL, HARDWARE, NONE }

    public GeometryBinding {
        Ids.require(id, "geometry");
        Objects.requireNonNull(shape, "shape");
        size = List.copyOf(size);
        position = List.copyOf(position);
        rotation = List.copyOf(rotation);
        if (size.size() != 3 || position.size() != 3 || !(rotation.isEmpty() || rotation.size() == 3)) {
            throw new IllegalArgumentException("geometry " + id + ": size and position need 3 expressions, "
                    + "rotation 0 or 3");
        }
        if (shape == Shape.MESH && (asset == null || asset.isBlank())) {
            throw new IllegalArgumentException("geometry " + id + ": a mesh needs an asset");
        }
        if (shape == Shape.TEXT && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("geometry " + id + ": a text needs a text expression");
        }
        part = part == null ? PartKind.NONE : part;
    }
}
