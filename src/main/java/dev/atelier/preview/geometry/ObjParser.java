// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.geometry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads the geometry of a Wavefront OBJ file: {@code v}, {@code vt}, {@code vn} and {@code f} (triangles, quads
 * and convex polygons, fanned; indices 1-based or negative, {@code v}, {@code v/t}, {@code v//n}, {@code v/t/n}).
 * Groups, objects, materials and smoothing groups are ignored (a part has one material). A face without normals gets
 * its flat normal; one without texture coordinates gets (0, 0). Anything else that is not understood is an
 * {@link ObjFormatException} naming the line.
 */
public final class ObjParser {

    private ObjParser() {
    }

    /** Parses an OBJ; {@code name} is used in error messages. */
    public static MeshData parse(Reader in, String name) throws IOException {
        FloatList v = new FloatList();
        FloatList vt = new FloatList();
        FloatList vn = new FloatList();
        FloatList extraNormals = new FloatList();
        IntList faces = new IntList();
        boolean needsDefaultUv = false;
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        int lineNo = 0;
        int[][] poly = new int[16][3];
        while ((line = r.readLine()) != null) {
            lineNo++;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            String[] tok = line.trim().split("\\s+");
            if (tok.length == 0 || tok[0].isEmpty()) {
                continue;
            }
            try {
                switch (tok[0]) {
                    case "v" -> {
                        need(tok, 4, name, lineNo);
                        v.add(num(tok[1]), num(tok[2]), num(tok[3]));
                    }
                    case "vt" -> {
                        need(tok, 3, name, lineNo);
                        // OBJ's v grows upwards; JavaFX's downwards
                        vt.add(num(tok[1]), 1 - num(tok[2]));
                    }
                    case "vn" -> {
                        need(tok, 4, name, lineNo);
                        vn.add(num(tok[1]), num(tok[2]), num(tok[3]));
                    }
                    case "f" -> {
                        need(tok, 4, name, lineNo);
                        int n = tok.length - 1;
                        if (poly.length < n) {
                            poly = new int[n][3];
                        }
                        boolean hasNormals = true;
                        for (int i = 0; i < n; i++) {
                            String[] idx = tok[i + 1].split("/", -1);
                            poly[i][0] = index(idx[0], v.size() / 3, name, lineNo);
                            poly[i][1] = idx.length > 1 && !idx[1].isEmpty()
                                    ? index(idx[1], vt.size() / 2, name, lineNo) : -1;
                            poly[i][2] = idx.length > 2 && !idx[2].isEmpty()
                                    ? index(idx[2], vn.size() / 3, name, lineNo) : -1;
                            hasNormals &= poly[i][2] >= 0;
                            needsDefaultUv |= poly[i][1] < 0;
                        }
                        int flat = -1;
                        if (!hasNormals) {
                            flat = flatNormal(v, poly, extraNormals);
                        }
                        for (int i = 1; i + 1 < n; i++) {
                            for (int k : new int[]{0, i, i + 1}) {
                                faces.add(poly[k][0]);
                                faces.add(poly[k][2] >= 0 ? poly[k][2] : -2 - flat);
                                faces.add(poly[k][1]);
                            }
                        }
                    }
                    default -> {
                        // o, g, s, usemtl, mtllib, l, p: not needed for a single-material part
                    }
                }
            } catch (NumberFormatException e) {
                throw new ObjFormatException(name + ":" + lineNo + ": not a number in '" + line.trim() + "'");
            }
        }
        int normalBase = vn.size() / 3;
        int uvDefault = vt.size() / 2;
        if (needsDefaultUv) {
            vt.add(0, 0);
        }
        float[] normals = vn.toArray();
        if (extraNormals.size() > 0) {
            normals = concat(normals, extraNormals.toArray());
        }
        int[] f = faces.toArray();
        for (int i = 0; i < f.length; i += 3) {
            if (f[i + 1] < 0) {
                f[i + 1] = normalBase + (-2 - f[i + 1]);
            }
            if (f[i + 2] < 0) {
                f[i + 2] = uvDefault;
            }
        }
        if (f.length == 0) {
            throw new ObjFormatException(name + ": no faces");
        }
        return new MeshData(v.toArray(), normals, vt.toArray(), f);
    }

    private static int flatNormal(FloatList v, int[][] poly, FloatList extra) {
        float[] a = v.get3(poly[0][0]);
        float[] b = v.get3(poly[1][0]);
        float[] c = v.get3(poly[2][0]);
        double ux = b[0] - a[0];
        double uy = b[1] - a[1];
        double uz = b[2] - a[2];
        double wx = c[0] - a[0];
        double wy = c[1] - a[1];
        double wz = c[2] - a[2];
        double nx = uy * wz - uz * wy;
        double ny = uz * wx - ux * wz;
        double nz = ux * wy - uy * wx;
        double l = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (l == 0) {
            nx = 0;
            ny = 1;
            nz = 0;
            l = 1;
        }
        extra.add((float) (nx / l), (float) (ny / l), (float) (nz / l));
        return extra.size() / 3 - 1;
    }

    private static void need(String[] tok, int n, String name, int lineNo) {
        if (tok.length < n) {
            throw new ObjFormatException(name + ":" + lineNo + ": '" + tok[0] + "' needs " + (n - 1) + " values");
        }
    }

    private static float num(String s) {
        float f = Float.parseFloat(s);
        if (!Float.isFinite(f)) {
            throw new NumberFormatException(s);
        }
        return f;
    }

    private static int index(String s, int count, String name, int lineNo) {
        int i = Integer.parseInt(s);
        int idx = i > 0 ? i - 1 : count + i;
        if (i == 0 || idx < 0 || idx >= count) {
            throw new ObjFormatException(name + ":" + lineNo + ": index " + s + " refers to nothing (" + count
                    + " defined so far)");
        }
        return idx;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static final class FloatList {
        private float[] a = new float[1024];
        private int n;

        void add(float... xs) {
            if (n + xs.length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + xs.length));
            }
            for (float x : xs) {
                a[n++] = x;
            }
        }

        float[] get3(int i) {
            return new float[]{a[i * 3], a[i * 3 + 1], a[i * 3 + 2]};
        }

        int size() {
            return n;
        }

        float[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static final class IntList {
        private int[] a = new int[4096];
        private int n;

        void add(int x) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
