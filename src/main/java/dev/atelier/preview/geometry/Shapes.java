// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

import dev.atelier.preview.model.Vec3;

/**
 * Meshes of the primitive shapes, in local coordinates from {@code (0, 0, 0)} to {@code size}, with texture
 * coordinates in tiles of {@code tileMm} real millimetres, so one texture tile covers the same area on every part.
 * A texture's vertical axis runs along the longer side of each face: wood textures are drawn with the grain running
 * down the image (as the shipped ones are), and grain runs along a panel's length, as it is cut.
 */
public final class Shapes {

    /** Sides of a cylinder. */
    public static final int CYLINDER_SIDES = 24;

    private Shapes() {
    }

    /** A box filling {@code 0 .. size}: 24 vertices, 12 triangles. */
    public static MeshData box(Vec3 size, double tileMm) {
        float w = (float) size.x();
        float h = (float) size.y();
        float d = (float) size.z();
        Builder b = new Builder(24, 12);
        // each face: four corners counter-clockwise seen from outside, its normal, its two texture axes in mm
        b.quad(new float[]{0, 0, d, w, 0, d, w, h, d, 0, h, d}, 0, 0, 1, tileMm);   // front +z
        b.quad(new float[]{w, 0, 0, 0, 0, 0, 0, h, 0, w, h, 0}, 0, 0, -1, tileMm);  // back -z
        b.quad(new float[]{w, 0, d, w, 0, 0, w, h, 0, w, h, d}, 1, 0, 0, tileMm);   // right +x
        b.quad(new float[]{0, 0, 0, 0, 0, d, 0, h, d, 0, h, 0}, -1, 0, 0, tileMm);  // left -x
        b.quad(new float[]{0, h, d, w, h, d, w, h, 0, 0, h, 0}, 0, 1, 0, tileMm);   // top +y
        b.quad(new float[]{0, 0, 0, w, 0, 0, w, 0, d, 0, 0, d}, 0, -1, 0, tileMm);  // bottom -y
        return b.build();
    }

    /** An upright cylinder (axis y) with elliptic section filling {@code 0 .. size}, closed at both ends. */
    public static MeshData cylinder(Vec3 size, double tileMm) {
        int n = CYLINDER_SIDES;
        double rx = size.x() / 2;
        double rz = size.z() / 2;
        float h = (float) size.y();
        Builder b = new Builder(4 * (n + 1) + 2, 4 * n);
        double circumference = Math.PI * (rx + rz);
        int[] bottom = new int[n + 1];
        int[] top = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * i / n;
            float x = (float) (rx + rx * Math.sin(a));
            float z = (float) (rz + rz * Math.cos(a));
            double nx = Math.sin(a) / Math.max(rx, 1e-9);
            double nz = Math.cos(a) / Math.max(rz, 1e-9);
            double l = Math.sqrt(nx * nx + nz * nz);
            float u = (float) (circumference * i / n / tileMm);
            bottom[i] = b.vertex(x, 0, z, (float) (nx / l), 0, (float) (nz / l), u, 0);
            top[i] = b.vertex(x, h, z, (float) (nx / l), 0, (float) (nz / l), u, (float) (-h / tileMm));
        }
        for (int i = 0; i < n; i++) {
            b.triangle(bottom[i], bottom[i + 1], top[i + 1]);
            b.triangle(bottom[i], top[i + 1], top[i]);
        }
        int cTop = b.vertex((float) rx, h, (float) rz, 0, 1, 0, (float) (rx / tileMm), (float) (rz / tileMm));
        int cBottom = b.vertex((float) rx, 0, (float) rz, 0, -1, 0, (float) (rx / tileMm), (float) (rz / tileMm));
        int[] capTop = new int[n + 1];
        int[] capBottom = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * i / n;
            float x = (float) (rx + rx * Math.sin(a));
            float z = (float) (rz + rz * Math.cos(a));
            capTop[i] = b.vertex(x, h, z, 0, 1, 0, (float) (x / tileMm), (float) (z / tileMm));
            capBottom[i] = b.vertex(x, 0, z, 0, -1, 0, (float) (x / tileMm), (float) (z / tileMm));
        }
        for (int i = 0; i < n; i++) {
            b.triangle(cTop, capTop[i], capTop[i + 1]);
            b.triangle(cBottom, capBottom[i + 1], capBottom[i]);
        }
        return b.build();
    }

    /** A flat rectangle in the plane z = 0 facing +z, filling {@code 0 .. width, 0 .. height}, UV 0..1 upright. */
    public static MeshData quad(double width, double height) {
        Builder b = new Builder(4, 2);
        float w = (float) width;
        float h = (float) height;
        int a = b.vertex(0, 0, 0, 0, 0, 1, 0, 1);
        int c = b.vertex(w, 0, 0, 0, 0, 1, 1, 1);
        int d = b.vertex(w, h, 0, 0, 0, 1, 1, 0);
        int e = b.vertex(0, h, 0, 0, 0, 1, 0, 0);
        b.triangle(a, c, d);
        b.triangle(a, d, e);
        return b.build();
    }

    /** A flat rectangle in the plane y = 0 facing up (+y), filling {@code 0 .. width, 0 .. depth}, UV 0..1. */
    public static MeshData horizontal(double width, double depth) {
        Builder b = new Builder(4, 2);
        float w = (float) width;
        float d = (float) depth;
        int a = b.vertex(0, 0, d, 0, 1, 0, 0, 1);
        int c = b.vertex(w, 0, d, 0, 1, 0, 1, 1);
        int e = b.vertex(w, 0, 0, 0, 1, 0, 1, 0);
        int f = b.vertex(0, 0, 0, 0, 1, 0, 0, 0);
        b.triangle(a, c, e);
        b.triangle(a, e, f);
        return b.build();
    }

    /** Collects vertices that each have their own point, normal and texture coordinate. */
    static final class Builder {
        private float[] points;
        private float[] normals;
        private float[] tex;
        private int[] faces;
        private int vertices;
        private int triangles;

        Builder(int vertexCapacity, int triangleCapacity) {
            points = new float[vertexCapacity * 3];
            normals = new float[vertexCapacity * 3];
            tex = new float[vertexCapacity * 2];
            faces = new int[triangleCapacity * 9];
        }

        int vertex(float x, float y, float z, float nx, float ny, float nz, float u, float v) {
            if (vertices * 3 >= points.length) {
                points = java.util.Arrays.copyOf(points, points.length * 2 + 3);
                normals = java.util.Arrays.copyOf(normals, normals.length * 2 + 3);
                tex = java.util.Arrays.copyOf(tex, tex.length * 2 + 2);
            }
            points[vertices * 3] = x;
            points[vertices * 3 + 1] = y;
            points[vertices * 3 + 2] = z;
            normals[vertices * 3] = nx;
            normals[vertices * 3 + 1] = ny;
            normals[vertices * 3 + 2] = nz;
            tex[vertices * 2] = u;
            tex[vertices * 2 + 1] = v;
            return vertices++;
        }

        void triangle(int a, int b, int c) {
            if (triangles * 9 >= faces.length) {
                faces = java.util.Arrays.copyOf(faces, faces.length * 2 + 9);
            }
            int o = triangles * 9;
            for (int v : new int[]{a, b, c}) {
                faces[o++] = v;
                faces[o++] = v;
                faces[o++] = v;
            }
            triangles++;
        }

        /** Four corners (x, y, z each) counter-clockwise from outside; the texture's v axis along the longer side. */
        void quad(float[] c, float nx, float ny, float nz, double tileMm) {
            // texture axes: the first edge (c0 → c1) and the second (c1 → c2), in mm
            double e1 = dist(c, 0, 3);
            double e2 = dist(c, 3, 6);
            boolean along = e1 >= e2;
            int[] idx = new int[4];
            for (int k = 0; k < 4; k++) {
                double s = k == 1 || k == 2 ? e1 : 0;
                double t = k >= 2 ? e2 : 0;
                // image up (-v) along the longer edge, image right (u) along the other, turned, never mirrored
                float u = (float) ((along ? -t : s) / tileMm);
                float v = (float) (-(along ? s : t) / tileMm);
                idx[k] = vertex(c[k * 3], c[k * 3 + 1], c[k * 3 + 2], nx, ny, nz, u, v);
            }
            triangle(idx[0], idx[1], idx[2]);
            triangle(idx[0], idx[2], idx[3]);
        }

        private static double dist(float[] c, int i, int j) {
            double dx = c[j] - c[i];
            double dy = c[j + 1] - c[i + 1];
            double dz = c[j + 2] - c[i + 2];
            return Math.sqrt(dx * dx + dy * dy + dz * dz);
        }

        MeshData build() {
            return new MeshData(java.util.Arrays.copyOf(points, vertices * 3),
                    java.util.Arrays.copyOf(normals, vertices * 3), java.util.Arrays.copyOf(tex, vertices * 2),
                    java.util.Arrays.copyOf(faces, triangles * 9));
        }
    }
}
