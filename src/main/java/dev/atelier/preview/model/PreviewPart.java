// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.GeometryBinding;

import java.util.Objects;

/**
 * One visible part of a configured product, in the product's world frame (millimetres, x right, y up, z towards the
 * viewer). Its geometry is the axis-aligned box {@code position .. position + size}, then rotated about the box's
 * centre by {@code rotation} (degrees about x, then y, then z). A box or cylinder (axis along y) fills that box; a
 * mesh is scaled to fill it; a text is written on the box's front face (facing +z).
 *
 * @param key          stable identity across configurations: {@code instancePath#bindingId}
 * @param instancePath the component instance ({@code ""} for the product itself, {@code section[2]})
 * @param bindingId    the geometry binding's id
 * @param shape        box, cylinder, mesh or text
 * @param size         width, height, depth in mm (each &gt;= 0)
 * @param position     minimum corner in mm, after composing the placements of all ancestors
 * @param rotation     degrees about x, y, z; zero for none
 * @param material     how it looks
 * @param role         what it is (door, shelf, collar …), or {@code ""}
 * @param text         for texts: the text; else null
 * @param asset        for meshes: the OBJ path under {@code assets/}; else null
 */
public record PreviewPart(String key, String instancePath, String bindingId, GeometryBinding.Shape shape,
                          Vec3 size, Vec3 position, Vec3 rotation, PreviewMaterial material, String role,
                          String text, String asset) {

    public PreviewPart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(instancePath, "instancePath");
        Objects.requireNonNull(bindingId, "bindingId");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(position, "position");
        rotation = rotation == null ? Vec3.ZERO : rotation;
        Objects.requireNonNull(material, "material");
        role = role == null ? "" : role;
        if (size.x() < 0 || size.y() < 0 || size.z() < 0) {
            throw new IllegalArgumentException("part " + key + ": negative size " + size);
        }
        if (shape == GeometryBinding.Shape.MESH && asset == null) {
            throw new IllegalArgumentException("part " + key + ": a mesh needs an asset");
        }
        if (shape == GeometryBinding.Shape.TEXT && (text == null || text.isEmpty())) {
            throw new IllegalArgumentException("part " + key + ": a text part needs a text");
        }
    }

    /** The key of a binding in an instance. */
    public static String key(String instancePath, String bindingId) {
        return instancePath + "#" + bindingId;
    }

    /** The centre of the part's box. */
    public Vec3 center() {
        return position.plus(size.times(0.5));
    }

    /** The space the part takes, rotation included. */
    public Bounds bounds() {
        Bounds box = Bounds.of(position, size);
        if (rotation.isZero()) {
            return box;
        }
        Vec3 c = center();
        Vec3 h = size.times(0.5);
        Vec3 lo = null;
        Vec3 hi = null;
        for (int i = 0; i < 8; i++) {
            Vec3 corner = new Vec3((i & 1) == 0 ? -h.x() : h.x(), (i & 2) == 0 ? -h.y() : h.y(),
                    (i & 4) == 0 ? -h.z() : h.z());
            Vec3 p = c.plus(rotate(corner, rotation));
            lo = lo == null ? p : lo.min(p);
            hi = hi == null ? p : hi.max(p);
        }
        return new Bounds(lo, hi);
    }

    /** The component instance directly under the product that holds this part ({@code section[2]}), or "". */
    public String topInstance() {
        int dot = instancePath.indexOf('.');
        return dot < 0 ? instancePath : instancePath.substring(0, dot);
    }

    /** Whether this part belongs to the instance {@code path} or one of its descendants. */
    public boolean belongsTo(String path) {
        return path.isEmpty() || instancePath.equals(path) || instancePath.startsWith(path + ".");
    }

    /** Whether the parts differ only in where they are (same shape, size, material, text, asset). */
    public boolean sameLook(PreviewPart o) {
        return shape == o.shape && size.equals(o.size) && material.equals(o.material)
                && Objects.equals(text, o.text) && Objects.equals(asset, o.asset) && role.equals(o.role);
    }

    /** Rotates {@code v} by degrees about x, then y, then z. */
    static Vec3 rotate(Vec3 v, Vec3 degrees) {
        double ax = Math.toRadians(degrees.x());
        double ay = Math.toRadians(degrees.y());
        double az = Math.toRadians(degrees.z());
        double x = v.x();
        double y = v.y() * Math.cos(ax) - v.z() * Math.sin(ax);
        double z = v.y() * Math.sin(ax) + v.z() * Math.cos(ax);
        double x2 = x * Math.cos(ay) + z * Math.sin(ay);
        double z2 = -x * Math.sin(ay) + z * Math.cos(ay);
        double x3 = x2 * Math.cos(az) - y * Math.sin(az);
        double y3 = x2 * Math.sin(az) + y * Math.cos(az);
        return new Vec3(x3, y3, z2);
    }
}
