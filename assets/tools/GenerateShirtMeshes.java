// SPDX-License-Identifier: Apache-2.0
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Writes the shirt preview meshes (OBJ with normals and UVs) procedurally: a dress-form mannequin with arms and a
 * stand, the shirt body, long and short sleeves, five collars, three cuffs and two pockets, all in one frame.
 * <p>
 * Run from the repository root: {@code java assets/tools/GenerateShirtMeshes.java [outputDir]} (default
 * {@code assets/meshes/shirt}). Units are millimetres; y up; z towards the viewer (the figure faces +z); the origin
 * is on the body's centre line at the height of the shoulder line (base of the neck). Sized for a 100 cm chest.
 * UVs are in metres of surface (1 = 1000 mm), so the preview can tile fabric at its real size. The output is
 * deterministic: running it again gives the same files.
 */
public final class GenerateShirtMeshes {

    private GenerateShirtMeshes() {
    }

    // ------------------------------------------------------------------------------------------ vectors

    record V(double x, double y, double z) {
        V plus(V o) {
            return new V(x + o.x, y + o.y, z + o.z);
        }

        V minus(V o) {
            return new V(x - o.x, y - o.y, z - o.z);
        }

        V times(double f) {
            return new V(x * f, y * f, z * f);
        }

        double dot(V o) {
            return x * o.x + y * o.y + z * o.z;
        }

        V cross(V o) {
            return new V(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
        }

        double length() {
            return Math.sqrt(dot(this));
        }

        V unit() {
            double l = length();
            return l == 0 ? this : times(1 / l);
        }

        V mirrorX() {
            return new V(-x, y, z);
        }
    }

    // ------------------------------------------------------------------------------------------ meshes

    /** Triangles with per-vertex UVs; normals are computed smooth over vertices at the same place. */
    static final class Mesh {
        final List<V> pos = new ArrayList<>();
        final List<double[]> uv = new ArrayList<>();
        final List<int[]> tris = new ArrayList<>();

        int vertex(V p, double u, double v) {
            pos.add(p);
            uv.add(new double[]{u, v});
            return pos.size() - 1;
        }

        void tri(int a, int b, int c) {
            tris.add(new int[]{a, b, c});
        }

        /**
         * A grid of rows × columns points; faces wind counter-clockwise seen from the side the normal of
         * (column direction × row direction) points to, unless {@code flip}. UVs by arc length.
         */
        void grid(V[][] p, boolean flip) {
            int rows = p.length;
            int cols = p[0].length;
            double[][] u = new double[rows][cols];
            double[][] v = new double[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 1; c < cols; c++) {
                    u[r][c] = u[r][c - 1] + p[r][c].minus(p[r][c - 1]).length() / 1000;
                }
            }
            for (int c = 0; c < cols; c++) {
                for (int r = 1; r < rows; r++) {
                    v[r][c] = v[r - 1][c] + p[r][c].minus(p[r - 1][c]).length() / 1000;
                }
            }
            int[][] idx = new int[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    idx[r][c] = vertex(p[r][c], u[r][c], v[r][c]);
                }
            }
            for (int r = 0; r + 1 < rows; r++) {
                for (int c = 0; c + 1 < cols; c++) {
                    int a = idx[r][c];
                    int b = idx[r][c + 1];
                    int d = idx[r + 1][c];
                    int e = idx[r + 1][c + 1];
                    if (flip) {
                        tri(a, d, b);
                        tri(b, d, e);
                    } else {
                        tri(a, b, d);
                        tri(b, e, d);
                    }
                }
            }
        }

        /** A fan closing a ring of points around their centre. */
        void cap(V[] ring, V centre, boolean flip) {
            int c = vertex(centre, 0, 0);
            int[] idx = new int[ring.length];
            for (int i = 0; i < ring.length; i++) {
                V d = ring[i].minus(centre);
                idx[i] = vertex(ring[i], d.x() / 1000, d.z() / 1000);
            }
            for (int i = 0; i + 1 < ring.length; i++) {
                if (flip) {
                    tri(c, idx[i + 1], idx[i]);
                } else {
                    tri(c, idx[i], idx[i + 1]);
                }
            }
        }

        void add(Mesh o) {
            int base = pos.size();
            pos.addAll(o.pos);
            uv.addAll(o.uv);
            for (int[] t : o.tris) {
                tris.add(new int[]{t[0] + base, t[1] + base, t[2] + base});
            }
        }

        /** A copy mirrored in x (the other side of the body), windings kept facing out. */
        Mesh mirrored() {
            Mesh m = new Mesh();
            for (int i = 0; i < pos.size(); i++) {
                m.vertex(pos.get(i).mirrorX(), -uv.get(i)[0], uv.get(i)[1]);
            }
            for (int[] t : tris) {
                m.tri(t[0], t[2], t[1]);
            }
            return m;
        }

        /** This mesh plus a copy pushed {@code thickness} mm inwards with reversed faces: a thin two-sided shell. */
        Mesh twoSided(double thickness) {
            V[] n = normals();
            Mesh m = new Mesh();
            m.add(this);
            int base = m.pos.size();
            for (int i = 0; i < pos.size(); i++) {
                m.vertex(pos.get(i).minus(n[i].times(thickness)), uv.get(i)[0], uv.get(i)[1]);
            }
            for (int[] t : tris) {
                m.tri(t[0] + base, t[2] + base, t[1] + base);
            }
            return m;
        }

        /** Smooth normals, averaged over every vertex at (nearly) the same place. */
        V[] normals() {
            String[] keys = new String[pos.size()];
            for (int i = 0; i < pos.size(); i++) {
                V p = pos.get(i);
                keys[i] = Math.round(p.x() * 10) + "," + Math.round(p.y() * 10) + "," + Math.round(p.z() * 10);
            }
            V[] face = new V[tris.size()];
            for (int f = 0; f < tris.size(); f++) {
                int[] t = tris.get(f);
                V a = pos.get(t[0]);
                face[f] = pos.get(t[1]).minus(a).cross(pos.get(t[2]).minus(a));
            }
            Map<String, V> byKey = new HashMap<>();
            for (int f = 0; f < tris.size(); f++) {
                for (int k : tris.get(f)) {
                    byKey.merge(keys[k], face[f], V::plus);
                }
            }
            V[] n = new V[pos.size()];
            Map<Integer, V> own = new HashMap<>();
            for (int f = 0; f < tris.size(); f++) {
                for (int k : tris.get(f)) {
                    V acc = own.get(k);
                    own.put(k, acc == null ? face[f] : acc.plus(face[f]));
                }
            }
            for (int i = 0; i < pos.size(); i++) {
                V mine = own.getOrDefault(i, new V(0, 1, 0));
                V shared = byKey.getOrDefault(keys[i], mine);
                // where surfaces meet at an angle (a shell's rim), keep the vertex's own normal
                n[i] = shared.unit().dot(mine.unit()) > 0.5 ? shared.unit() : mine.unit();
            }
            return n;
        }

        void write(Path file, String name, String comment) throws IOException {
            V[] n = normals();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("# " + comment + "\n");
                w.write("# Generated by assets/tools/GenerateShirtMeshes.java; CC0 1.0 (see assets/LICENSE.md).\n");
                w.write("# Units: mm, y up, z towards the viewer; uv in metres of surface.\n");
                w.write("o " + name + "\n");
                for (V p : pos) {
                    w.write(String.format(Locale.ROOT, "v %.2f %.2f %.2f%n", p.x(), p.y(), p.z()));
                }
                for (double[] t : uv) {
                    w.write(String.format(Locale.ROOT, "vt %.4f %.4f%n", t[0], t[1]));
                }
                for (V v : n) {
                    w.write(String.format(Locale.ROOT, "vn %.4f %.4f %.4f%n", v.x(), v.y(), v.z()));
                }
                for (int[] t : tris) {
                    int a = t[0] + 1;
                    int b = t[1] + 1;
                    int c = t[2] + 1;
                    w.write("f " + a + "/" + a + "/" + a + " " + b + "/" + b + "/" + b + " " + c + "/" + c + "/" + c
                            + "\n");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ profiles

    /** A smooth curve through keyframes (y → value), clamped at the ends. */
    static DoubleUnaryOperator curve(double... yv) {
        int n = yv.length / 2;
        double[] ys = new double[n];
        double[] vs = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = yv[2 * i];
            vs[i] = yv[2 * i + 1];
        }
        // keyframes are given top (largest y) first
        return y -> {
            if (y >= ys[0]) {
                return vs[0];
            }
            if (y <= ys[n - 1]) {
                return vs[n - 1];
            }
            int i = 0;
            while (!(y <= ys[i] && y >= ys[i + 1])) {
                i++;
            }
            double t = (ys[i] - y) / (ys[i] - ys[i + 1]);
            double p0 = vs[Math.max(0, i - 1)];
            double p1 = vs[i];
            double p2 = vs[i + 1];
            double p3 = vs[Math.min(n - 1, i + 2)];
            double t2 = t * t;
            double t3 = t2 * t;
            return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
        };
    }

    /** Horizontal cross-sections of a body: half width, half depth, forward offset, superellipse exponent. */
    record Profile(DoubleUnaryOperator a, DoubleUnaryOperator b, DoubleUnaryOperator zc, double exponent) {

        /** The point at height y in direction phi (0 = front, +pi/2 = +x). */
        V at(double y, double phi) {
            double s = Math.sin(phi);
            double c = Math.cos(phi);
            double e = 2 / exponent;
            double x = a.applyAsDouble(y) * Math.signum(s) * Math.pow(Math.abs(s), e);
            double z = b.applyAsDouble(y) * Math.signum(c) * Math.pow(Math.abs(c), e) + zc.applyAsDouble(y);
            return new V(x, y, z);
        }

        /** Distance from the axis at height y in the horizontal direction phi. */
        double radius(double y, double phi) {
            V dir = new V(Math.sin(phi), 0, Math.cos(phi));
            // search the section for the point whose direction is closest (sections are star-shaped)
            double best = 0;
            double bestDot = -2;
            for (int i = 0; i < 720; i++) {
                double t = i * Math.PI * 2 / 720;
                V p = at(y, t);
                V d = new V(p.x(), 0, p.z());
                double dot = d.unit().dot(dir);
                if (dot > bestDot) {
                    bestDot = dot;
                    best = d.length();
                }
            }
            return best;
        }
    }

    static final Profile BODY = new Profile(
            curve(150, 52, 60, 56, 30, 60, 15, 64, 5, 95, 0, 128, -20, 165, -40, 182, -110, 176, -250, 172,
                    -420, 148, -600, 168, -700, 160),
            curve(150, 52, 60, 54, 30, 58, 15, 62, 5, 78, 0, 90, -40, 108, -110, 122, -250, 128, -420, 108,
                    -600, 118, -700, 112),
            curve(150, 10, 30, 10, 0, 0, -250, 10, -420, 0, -700, -5),
            2.6);

    /** The shirt's neckline height (top of the body), where the collar band sits. */
    static final double NECKLINE = 14;

    static final Profile SHIRT = new Profile(
            curve(14, 74, 8, 100, 0, 140, -20, 185, -40, 212, -110, 198, -250, 189, -420, 176, -600, 186,
                    -800, 190),
            curve(14, 70, 8, 86, 0, 104, -40, 124, -110, 136, -250, 142, -420, 130, -600, 136, -800, 138),
            curve(14, 10, 0, 2, -250, 12, -420, 6, -800, 4),
            2.6);

    /** A body-of-revolution-like loft: rows from y top to y bottom (yOf), columns around phi. */
    static V[][] loft(Profile p, int rows, int cols, java.util.function.BiFunction<Integer, Double, Double> yOf) {
        V[][] g = new V[rows][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c <= cols; c++) {
                // columns start at the back (phi = pi) so the UV seam is at the back
                double phi = Math.PI + c * 2 * Math.PI / cols;
                g[r][c] = p.at(yOf.apply(r, phi), phi);
            }
        }
        return g;
    }

    static V[] ring(V[][] g, int row) {
        return g[row];
    }

    // ------------------------------------------------------------------------------------------ arms

    static final V SHOULDER = new V(192, -62, 0);
    static final V WRIST = new V(246, -640, 12);
    static final double ARM_LENGTH = WRIST.minus(SHOULDER).length();

    /** A tube along the arm axis from t0 to t1 mm, radius r(t); the right arm (+x). */
    static V[][] armTube(double t0, double t1, DoubleUnaryOperator r, int rows, int cols, double squash) {
        V d = WRIST.minus(SHOULDER).unit();
        V side = new V(0, 0, 1).cross(d).unit();
        V front = d.cross(side).unit();
        V[][] g = new V[rows][cols + 1];
        for (int i = 0; i < rows; i++) {
            double t = t0 + (t1 - t0) * i / (rows - 1);
            V c = SHOULDER.plus(d.times(t));
            double rad = r.applyAsDouble(t);
            for (int k = 0; k <= cols; k++) {
                double phi = Math.PI + k * 2 * Math.PI / cols;
                g[i][k] = c.plus(side.times(Math.sin(phi) * rad)).plus(front.times(Math.cos(phi) * rad * squash));
            }
        }
        return g;
    }

    /** A rounded cap over the shoulder end (t = 0) of an arm tube: rings from the pole down to the rim. */
    static V[][] armCap(double radius, double height, int rows, int cols, double squash) {
        return armCap(0, radius, -height, rows, cols, squash);
    }

    /**
     * A rounded cap on an arm tube at {@code t}: rows from the pole to the rim, the pole {@code height} mm along the
     * arm from t (negative: towards the shoulder).
     */
    static V[][] armCap(double t, double radius, double height, int rows, int cols, double squash) {
        V d = WRIST.minus(SHOULDER).unit();
        V side = new V(0, 0, 1).cross(d).unit();
        V front = d.cross(side).unit();
        V base = SHOULDER.plus(d.times(t));
        V[][] g = new V[rows][cols + 1];
        for (int i = 0; i < rows; i++) {
            int row = height < 0 ? i : rows - 1 - i;
            double a = (Math.PI / 2) * (1 - (double) row / (rows - 1)); // pi/2 at the pole, 0 at the rim
            double rad = radius * Math.cos(a);
            V c = base.plus(d.times(height * Math.sin(a)));
            for (int k = 0; k <= cols; k++) {
                double phi = Math.PI + k * 2 * Math.PI / cols;
                g[i][k] = c.plus(side.times(Math.sin(phi) * rad)).plus(front.times(Math.cos(phi) * rad * squash));
            }
        }
        return g;
    }

    static Mesh bothSides(Mesh right) {
        Mesh m = new Mesh();
        m.add(right);
        m.add(right.mirrored());
        return m;
    }

    /** An upright ellipsoid (hands, buttons) around c. */
    static Mesh ellipsoid(V c, double rx, double ry, double rz, int rows, int cols) {
        V[][] g = new V[rows][cols + 1];
        for (int i = 0; i < rows; i++) {
            double lat = Math.PI / 2 - Math.PI * i / (rows - 1);
            for (int k = 0; k <= cols; k++) {
                double phi = Math.PI + k * 2 * Math.PI / cols;
                g[i][k] = c.plus(new V(rx * Math.cos(lat) * Math.sin(phi), ry * Math.sin(lat),
                        rz * Math.cos(lat) * Math.cos(phi)));
            }
        }
        Mesh m = new Mesh();
        m.grid(g, false);
        return m;
    }

    /** A flat disc (button) of radius r lying on a surface at p with normal n, thickness t. */
    static Mesh button(V p, V n, double r, double t) {
        V nn = n.unit();
        V a = Math.abs(nn.y()) < 0.9 ? new V(0, 1, 0).cross(nn).unit() : new V(1, 0, 0).cross(nn).unit();
        V b = nn.cross(a).unit();
        int cols = 16;
        V[][] side = new V[2][cols + 1];
        V[] top = new V[cols + 1];
        for (int k = 0; k <= cols; k++) {
            double phi = k * 2 * Math.PI / cols;
            V off = a.times(Math.cos(phi) * r).plus(b.times(Math.sin(phi) * r));
            side[0][k] = p.plus(nn.times(t)).plus(off);
            side[1][k] = p.plus(off);
            top[k] = side[0][k];
        }
        Mesh m = new Mesh();
        m.grid(side, true);
        m.cap(top, p.plus(nn.times(t)), true);
        return m;
    }

    // ------------------------------------------------------------------------------------------ parts

    static Mesh mannequin() {
        Mesh m = new Mesh();
        int rows = 70;
        V[][] body = loft(BODY, rows, 64, (r, phi) -> 150 - 850.0 * r / (rows - 1));
        m.grid(body, true);
        m.cap(ring(body, 0), new V(0, 150, 10), false);
        m.cap(ring(body, rows - 1), new V(0, -700, -5), true);
        Mesh arm = new Mesh();
        arm.grid(armTube(0, ARM_LENGTH, t -> 50 - 8 * smooth(t / 300) - 12 * smooth((t - 280) / 300), 40, 28, 0.9),
                true);
        arm.grid(armCap(50, 38, 8, 28, 0.9), true);
        // arms end at the wrist in a rounded cap, as on a display form
        arm.grid(armCap(ARM_LENGTH, 30, 18, 8, 28, 0.9), true);
        m.add(bothSides(arm));
        // stand: a pole and a round foot on the floor at y = -1450
        V[][] pole = new V[2][25];
        for (int k = 0; k <= 24; k++) {
            double phi = Math.PI + k * 2 * Math.PI / 24;
            pole[0][k] = new V(14 * Math.sin(phi), -690, 14 * Math.cos(phi));
            pole[1][k] = new V(14 * Math.sin(phi), -1430, 14 * Math.cos(phi));
        }
        m.grid(pole, true);
        V[][] foot = new V[2][49];
        V[] footTop = new V[49];
        for (int k = 0; k <= 48; k++) {
            double phi = Math.PI + k * 2 * Math.PI / 48;
            foot[0][k] = new V(170 * Math.sin(phi), -1430, 170 * Math.cos(phi));
            foot[1][k] = new V(170 * Math.sin(phi), -1450, 170 * Math.cos(phi));
            footTop[k] = foot[0][k];
        }
        m.grid(foot, true);
        m.cap(footTop, new V(0, -1430, 0), false);
        return m;
    }

    static double smooth(double t) {
        double x = Math.max(0, Math.min(1, t));
        return x * x * (3 - 2 * x);
    }

    /** The shirt's hem: lower at front and back (tails) than at the sides. */
    static double hemY(double phi) {
        return -735 - 55 * Math.pow(Math.abs(Math.cos(phi)), 1.5);
    }

    static Mesh torso() {
        Mesh m = new Mesh();
        int rows = 64;
        double top = NECKLINE;
        V[][] body = loft(SHIRT, rows, 72, (r, phi) -> {
            double s = (double) r / (rows - 1);
            // denser rows over the shoulders
            double k = Math.max(0, Math.min(1, (s < 0.12 ? 0.5 * s * s / 0.12 : s - 0.06) / 0.94));
            return top + (hemY(phi) - top) * k;
        });
        m.grid(body, true);
        return m;
    }

    /** The front placket: a raised strip down the centre front, on the shirt's surface. */
    static Mesh placket() {
        Mesh placket = new Mesh();
        int prow = 48;
        V[][] strip = new V[prow][7];
        for (int r = 0; r < prow; r++) {
            double bottom = hemY(0) + 8;
            double y = 10 + (bottom - 10) * r / (prow - 1);
            for (int c = 0; c < 7; c++) {
                double x = -17 + 34.0 * c / 6;
                strip[r][c] = onShirt(x, y, 1.8);
            }
        }
        placket.grid(strip, false);
        return placket.twoSided(1.2);
    }

    /** Where sleeves start along the arm: a little above the shoulder joint, under the torso's shoulder. */
    static final double SLEEVE_TOP = -12;
    /** How far the rounded sleeve head rises above its rim. */
    static final double SLEEVE_HEAD = 26;

    static Mesh sleeve(double length, DoubleUnaryOperator radius) {
        Mesh right = new Mesh();
        right.grid(armTube(SLEEVE_TOP, length, radius, 36, 32, 0.92), true);
        right.grid(armCap(SLEEVE_TOP, radius.applyAsDouble(SLEEVE_TOP), -SLEEVE_HEAD, 10, 32, 0.92), true);
        return bothSides(right);
    }

    static Mesh sleeveLong() {
        return sleeve(ARM_LENGTH - 50, t -> 70 - 15 * smooth(t / 380) - 8 * smooth((t - 330) / 200));
    }

    static Mesh sleeveShort() {
        Mesh right = new Mesh();
        DoubleUnaryOperator r = t -> 70 - 3 * smooth(t / 200);
        right.grid(armTube(SLEEVE_TOP, 240, r, 14, 32, 0.92), true);
        // a hem turned up inside the opening
        right.grid(armTube(240, 215, t -> r.applyAsDouble(t) - 2.5, 2, 32, 0.92), true);
        right.grid(armCap(SLEEVE_TOP, r.applyAsDouble(SLEEVE_TOP), -SLEEVE_HEAD, 10, 32, 0.92), true);
        return bothSides(right);
    }

    static Mesh cuff(double length, double radius, boolean french) {
        double t0 = ARM_LENGTH - 62;
        Mesh right = new Mesh();
        right.grid(armTube(t0, t0 + length, t -> radius, 8, 32, 0.92), true);
        right.grid(armTube(t0 + length, t0 + length - 6, t -> radius - 3, 2, 32, 0.92), true);
        if (french) {
            // the folded-back half of a double cuff
            right.grid(armTube(t0 + length * 0.1, t0 + length * 0.55, t -> radius + 3.5, 6, 32, 0.92), true);
        }
        return bothSides(right);
    }

    /** A collar: band (stand) plus, unless {@code pointLength} is 0, a turned-down leaf with points. */
    static Mesh collar(double bandHeight, double pointLength, double spread, double leafDepth, boolean wingOnly,
                       boolean buttonDown) {
        Mesh m = new Mesh();
        double gap = 0.09;
        int cols = 64;
        int bandRows = 6;
        V[][] band = new V[bandRows][cols + 1];
        for (int r = 0; r < bandRows; r++) {
            for (int c = 0; c <= cols; c++) {
                double s = (double) c / cols;
                double phi = gap + s * (2 * Math.PI - 2 * gap);
                double dip = 14 * Math.pow((1 + Math.cos(phi)) / 2, 3);
                double y0 = NECKLINE - 4 - dip;
                double y = y0 + bandHeight * r / (bandRows - 1);
                double rad = 70 - 4.0 * r / (bandRows - 1);
                // round the front corners of the band
                double edge = Math.min(s, 1 - s) * (2 * Math.PI - 2 * gap) * rad;
                double corner = 10;
                if (edge < corner && r == bandRows - 1) {
                    y -= (corner - edge) * 0.6;
                }
                band[r][c] = new V(rad * Math.sin(phi), y, rad * Math.cos(phi) + 10);
            }
        }
        m.grid(band, false);
        Mesh out = m.twoSided(2.5);
        if (pointLength <= 0) {
            return out;
        }
        int leafRows = 10;
        double foldY = NECKLINE - 4 + bandHeight + 3;
        List<double[]> ranges = new ArrayList<>();
        if (wingOnly) {
            ranges.add(new double[]{0, 0.07});
            ranges.add(new double[]{0.93, 1});
        } else {
            ranges.add(new double[]{0, 1});
        }
        for (double[] range : ranges) {
            int rc = (int) Math.max(6, Math.round(cols * (range[1] - range[0])));
            V[][] leaf = new V[leafRows][rc + 1];
            for (int r = 0; r < leafRows; r++) {
                double v = (double) r / (leafRows - 1);
                for (int c = 0; c <= rc; c++) {
                    double s = range[0] + (range[1] - range[0]) * c / rc;
                    double inner = gap + 0.03 + s * (2 * Math.PI - 2 * gap - 0.06);
                    double outer = spread + s * (2 * Math.PI - 2 * spread);
                    double end = Math.min(s, 1 - s);
                    double point = Math.pow(Math.max(0, 1 - end / 0.16), 1.6);
                    if (wingOnly) {
                        point = Math.max(0, 1 - end / 0.07);
                        outer = inner + (s < 0.5 ? 1 : -1) * spread * (1 - end / 0.07);
                    }
                    double phi = inner + (outer - inner) * v;
                    double drop = leafDepth + (pointLength - leafDepth) * point;
                    double y = foldY - drop * Math.pow(v, 0.9);
                    double rad0 = 73;
                    double onBody = SHIRT.radius(Math.min(y, 20), phi) + 3.5;
                    // the leaf hugs the neck; towards the points it lies on the chest
                    double rad1 = rad0 + 20 + (Math.max(rad0 + 20, onBody) - rad0 - 20) * Math.min(1, point * 1.5);
                    double rad = rad0 + (rad1 - rad0) * Math.pow(v, 0.8);
                    leaf[r][c] = new V(rad * Math.sin(phi), y + 2 * Math.sin(Math.PI * v), rad * Math.cos(phi)
                            + 10 * (1 - v));
                }
            }
            Mesh l = new Mesh();
            l.grid(leaf, true);
            out.add(l.twoSided(2.5));
            if (buttonDown) {
                for (int side = -1; side <= 1; side += 2) {
                    double s = side < 0 ? 0.03 : 0.97;
                    V tip = leaf[leafRows - 2][(int) Math.round(s * rc)];
                    V n = new V(tip.x(), 0, tip.z()).unit();
                    out.add(button(tip.plus(n.times(1.5)), n, 4.5, 2));
                }
            }
        }
        return out;
    }

    /** A pocket on the wearer's left chest (+x), following the shirt's surface. */
    static Mesh pocket(boolean flap) {
        Mesh m = new Mesh();
        double cx = 92;
        double top = -175;
        double w = 116;
        double h = 138;
        int rows = 14;
        int cols = 10;
        V[][] g = new V[rows][cols + 1];
        for (int r = 0; r < rows; r++) {
            double v = (double) r / (rows - 1);
            for (int c = 0; c <= cols; c++) {
                double u = (double) c / cols;
                double x = cx - w / 2 + w * u;
                // pointed bottom: the middle reaches 12 mm lower than the corners
                double y = top - h * v - 12 * v * v * (1 - Math.abs(2 * u - 1));
                g[r][c] = onShirt(x, y, 2.2);
            }
        }
        m.grid(g, false);
        Mesh out = m.twoSided(1.5);
        if (flap) {
            int fr = 6;
            V[][] f = new V[fr][cols + 1];
            for (int r = 0; r < fr; r++) {
                double v = (double) r / (fr - 1);
                for (int c = 0; c <= cols; c++) {
                    double u = (double) c / cols;
                    double x = cx - (w + 8) / 2 + (w + 8) * u;
                    double y = top + 6 - 44 * v - 16 * v * (1 - Math.abs(2 * u - 1));
                    f[r][c] = onShirt(x, y, 5);
                }
            }
            Mesh fm = new Mesh();
            fm.grid(f, false);
            out.add(fm.twoSided(1.5));
            V b = onShirt(cx, top - 44, 6.5);
            out.add(button(b, new V(b.x(), 0, b.z() - 10).unit(), 5, 2));
        }
        return out;
    }

    static V onShirt(double x, double y, double lift) {
        double phi = Math.atan2(x, SHIRT.radius(y, 0));
        for (int i = 0; i < 4; i++) {
            double r = SHIRT.radius(y, phi);
            phi = Math.asin(Math.max(-1, Math.min(1, x / r)));
        }
        double r = SHIRT.radius(y, phi) + lift;
        double zc = SHIRT.zc().applyAsDouble(y);
        return new V(r * Math.sin(phi), y, r * Math.cos(phi) + zc * 0);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/meshes/shirt");
        Files.createDirectories(out);
        write(out, "mannequin", mannequin(), "Dress-form mannequin with arms and a stand (floor at y = -1450)");
        write(out, "torso", torso(), "Shirt body (without placket and buttons)");
        write(out, "sleeve-long", sleeveLong(), "Long sleeves, both arms");
        write(out, "sleeve-short", sleeveShort(), "Short sleeves, both arms");
        write(out, "collar-kent", collar(34, 78, 0.42, 46, false, false), "Kent collar");
        write(out, "collar-cutaway", collar(34, 70, 0.95, 46, false, false), "Cutaway collar");
        write(out, "collar-button-down", collar(32, 84, 0.38, 46, false, true), "Button-down collar");
        write(out, "collar-mandarin", collar(34, 0, 0, 0, false, false), "Mandarin (band) collar");
        write(out, "collar-wing", collar(40, 26, 0.30, 0, true, false), "Wing collar");
        write(out, "cuff-barrel-1", cuff(64, 49, false), "Barrel cuffs (one button), both wrists");
        write(out, "cuff-barrel-2", cuff(76, 49, false), "Barrel cuffs (two buttons), both wrists");
        write(out, "cuff-french", cuff(92, 50, true), "French (double) cuffs, both wrists");
        write(out, "pocket-patch", pocket(false), "Patch pocket, wearer's left chest");
        write(out, "pocket-flap", pocket(true), "Pocket with buttoned flap, wearer's left chest");
        write(out, "placket", placket(), "Front placket strip down the centre front");
        hints();
    }

    /** Numbers a catalog needs to place buttons and monograms on the shirt's surface (natural frame). */
    static void hints() {
        for (int i = 0; i < 7; i++) {
            double y = -75 - i * 105;
            System.out.printf(Locale.ROOT, "button %d: y %.0f, front surface z %.1f%n", i + 1, y,
                    SHIRT.radius(y, 0));
        }
        V chest = onShirt(95, -215, 0);
        V chestL = onShirt(60, -215, 0);
        V chestR = onShirt(130, -215, 0);
        double angle = Math.toDegrees(Math.atan2(chestR.z() - chestL.z(), chestR.x() - chestL.x()));
        System.out.printf(Locale.ROOT, "chest monogram centre: (%.1f, %.1f, %.1f), surface turned %.1f deg about y%n",
                chest.x(), chest.y(), chest.z(), -angle);
        V d = WRIST.minus(SHOULDER).unit();
        V side = new V(0, 0, 1).cross(d).unit();
        V front = d.cross(side).unit();
        double t = ARM_LENGTH - 62 + 32;
        V c = SHOULDER.plus(d.times(t)).plus(front.times(49 * 0.92));
        System.out.printf(Locale.ROOT, "left cuff front centre (wearer's left, +x): (%.1f, %.1f, %.1f)%n",
                c.x(), c.y(), c.z());
    }

    static void write(Path dir, String name, Mesh m, String comment) throws IOException {
        m.write(dir.resolve(name + ".obj"), name, comment);
        V lo = new V(1e9, 1e9, 1e9);
        V hi = new V(-1e9, -1e9, -1e9);
        for (V p : m.pos) {
            lo = new V(Math.min(lo.x(), p.x()), Math.min(lo.y(), p.y()), Math.min(lo.z(), p.z()));
            hi = new V(Math.max(hi.x(), p.x()), Math.max(hi.y(), p.y()), Math.max(hi.z(), p.z()));
        }
        System.out.printf(Locale.ROOT, "%-20s %6d triangles  min (%.0f, %.0f, %.0f)  size (%.0f, %.0f, %.0f)%n",
                name + ".obj", m.tris.size(), lo.x(), lo.y(), lo.z(), hi.x() - lo.x(), hi.y() - lo.y(),
                hi.z() - lo.z());
    }
}
