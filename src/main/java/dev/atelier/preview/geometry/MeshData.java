// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

import dev.atelier.preview.model.Bounds;
import dev.atelier.preview.model.Vec3;

import java.util.Objects;

/**
 * A triangle mesh as plain arrays, in the layout JavaFX's {@code TriangleMesh} uses with
 * {@code VertexFormat.POINT_NORMAL_TEXCOORD}: {@code points} (x, y, z), {@code normals} (x, y, z), {@code texCoords}
 * (u, v) and {@code faces}, three vertices per triangle, each vertex three indices (point, normal, texCoord).
 * Triangles wind counter-clockwise seen from outside; coordinates are millimetres in the product's frame (y up).
 * Free of JavaFX, so exporters and tests share it; treat the arrays as read-only.
 *
 * @param points    x, y, z per point
 * @param normals   x, y, z per normal (unit length)
 * @param texCoords u, v per texture coordinate (v grows downwards in the image)
 * @param faces     per triangle: p0, n0, t0, p1, n1, t1, p2, n2, t2
 */
public record MeshData(float[] points, float[] normals, float[] texCoords, int[] faces) {

    public MeshData {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(normals, "normals");
        Objects.requireNonNull(texCoords, "texCoords");
        Objects.requireNonNull(faces, "faces");
        if (points.length % 3 != 0 || normals.length % 3 != 0 || texCoords.length % 2 != 0 || faces.length % 9 != 0) {
            throw new IllegalArgumentException("mesh arrays have the wrong length");
        }
        int np = points.length / 3;
        int nn = normals.length / 3;
        int nt = texCoords.length / 2;
        for (int i = 0; i < faces.length; i += 3) {
            if (faces[i] < 0 || faces[i] >= np || faces[i + 1] < 0 || faces[i + 1] >= nn || faces[i + 2] < 0
                    || faces[i + 2] >= nt) {
                throw new IllegalArgumentException("face " + i / 9 + " refers to a missing vertex");
            }
        }
    }

    public int triangleCount() {
        return faces.length / 9;
    }

    public int pointCount() {
        return points.length / 3;
    }

    /** The box around all points ({@link Bounds#EMPTY} for no points). */
    public Bounds bounds() {
        if (points.length == 0) {
            return Bounds.EMPTY;
        }
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < points.length; i++) {
            lo[i % 3] = Math.min(lo[i % 3], points[i]);
            hi[i % 3] = Math.max(hi[i % 3], points[i]);
        }
        return new Bounds(new Vec3(lo[0], lo[1], lo[2]), new Vec3(hi[0], hi[1], hi[2]));
    }

    /**
     * This mesh scaled and moved so its bounds fill {@code 0 .. size} (a zero extent of the mesh stays put), with
     * texture coordinates multiplied by {@code uvScale}. Normals follow the non-uniform scale.
     */
    public MeshData fittedTo(Vec3 size, double uvScale) {
        Bounds b = bounds();
        double sx = b.width() > 0 ? size.x() / b.width() : 1;
        double sy = b.height() > 0 ? size.y() / b.height() : 1;
        double sz = b.depth() > 0 ? size.z() / b.depth() : 1;
        float[] p = new float[points.length];
        for (int i = 0; i < points.length; i += 3) {
            p[i] = (float) ((points[i] - b.min().x()) * sx);
            p[i + 1] = (float) ((points[i + 1] - b.min().y()) * sy);
            p[i + 2] = (float) ((points[i + 2] - b.min().z()) * sz);
        }
        float[] n = new float[normals.length];
        for (int i = 0; i < normals.length; i += 3) {
            // normals transform by the inverse transpose: divide by the scale, then renormalize
            double x = normals[i] / nonZero(sx);
            double y = normals[i + 1] / nonZero(sy);
            double z = normals[i + 2] / nonZero(sz);
            double l = Math.sqrt(x * x + y * y + z * z);
            l = l == 0 ? 1 : l;
            n[i] = (float) (x / l);
            n[i + 1] = (float) (y / l);
            n[i + 2] = (float) (z / l);
        }
        float[] t = texCoords;
        if (uvScale != 1) {
            t = new float[texCoords.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = (float) (texCoords[i] * uvScale);
            }
        }
        return new MeshData(p, n, t, faces);
    }

    private static double nonZero(double s) {
        return s == 0 ? 1e-9 : s;
    }
}
