// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;

import java.util.Optional;
import java.util.function.Function;

/**
 * The triangles of a part in the product's world frame (mm), as the preview draws it: boxes and cylinders with
 * texture coordinates tiled at the material's real size, meshes fitted to the part's box, then rotated about the
 * box centre (x, then y, then z) and moved to the part's position. Texts have no geometry here (they are images).
 */
public final class PartGeometry {

    private PartGeometry() {
    }

    /**
     * The part's mesh in world coordinates; empty for texts, and for meshes whose asset {@code objs} cannot give
     * (then callers show or export the part's box instead, see {@link #placeholder(PreviewPart)}).
     */
    public static Optional<MeshData> world(PreviewPart part, Function<String, Optional<MeshData>> objs) {
        double tile = part.material().tileMm();
        MeshData local = switch (part.shape()) {
            case BOX -> Shapes.box(part.size(), tile);
            case CYLINDER -> Shapes.cylinder(part.size(), tile);
            case MESH -> objs.apply(part.asset()).map(m -> m.fittedTo(part.size(), 1000 / tile)).orElse(null);
            case TEXT -> null;
        };
        return Optional.ofNullable(local).map(m -> place(m, part));
    }

    /** The part's box in world coordinates (for a missing mesh). */
    public static MeshData placeholder(PreviewPart part) {
        return place(Shapes.box(part.size(), 1000), part);
    }

    /** Rotates local coordinates (0 .. size) about the centre and moves them to the part's position. */
    static MeshData place(MeshData m, PreviewPart part) {
        Vec3 half = part.size().times(0.5);
        Vec3 r = part.rotation();
        double[][] rot = rotation(r);
        float[] p = new float[m.points().length];
        for (int i = 0; i < p.length; i += 3) {
            double x = m.points()[i] - half.x();
            double y = m.points()[i + 1] - half.y();
            double z = m.points()[i + 2] - half.z();
            p[i] = (float) (rot[0][0] * x + rot[0][1] * y + rot[0][2] * z + half.x() + part.position().x());
            p[i + 1] = (float) (rot[1][0] * x + rot[1][1] * y + rot[1][2] * z + half.y() + part.position().y());
            p[i + 2] = (float) (rot[2][0] * x + rot[2][1] * y + rot[2][2] * z + half.z() + part.position().z());
        }
        float[] n = new float[m.normals().length];
        for (int i = 0; i < n.length; i += 3) {
            double x = m.normals()[i];
            double y = m.normals()[i + 1];
            double z = m.normals()[i + 2];
            n[i] = (float) (rot[0][0] * x + rot[0][1] * y + rot[0][2] * z);
            n[i + 1] = (float) (rot[1][0] * x + rot[1][1] * y + rot[1][2] * z);
            n[i + 2] = (float) (rot[2][0] * x + rot[2][1] * y + rot[2][2] * z);
        }
        return new MeshData(p, n, m.texCoords(), m.faces());
    }

    /** R = Rz · Ry · Rx for degrees about x, y, z (x applied first). */
    static double[][] rotation(Vec3 degrees) {
        double ax = Math.toRadians(degrees.x());
        double ay = Math.toRadians(degrees.y());
        double az = Math.toRadians(degrees.z());
        double[][] rx = {{1, 0, 0}, {0, Math.cos(ax), -Math.sin(ax)}, {0, Math.sin(ax), Math.cos(ax)}};
        double[][] ry = {{Math.cos(ay), 0, Math.sin(ay)}, {0, 1, 0}, {-Math.sin(ay), 0, Math.cos(ay)}};
        double[][] rz = {{Math.cos(az), -Math.sin(az), 0}, {Math.sin(az), Math.cos(az), 0}, {0, 0, 1}};
        return multiply(rz, multiply(ry, rx));
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
