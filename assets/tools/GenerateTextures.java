// SPDX-License-Identifier: Apache-2.0
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the catalog textures procedurally (seamless tiles, deterministic): wood veneers, lacquers, glass and
 * mirror for the wardrobes; shirtings for the shirts. Each tile covers the material's {@code textureSizeMm}.
 * Run from the repository root: {@code java assets/tools/GenerateTextures.java [outputDir]} (default
 * {@code assets/textures}).
 */
public final class GenerateTextures {

    private GenerateTextures() {
    }

    /** Seamless value noise with period {@code period} cells over the tile. */
    static final class Noise {
        final int period;
        final double[] v;

        Noise(int period, long seed) {
            this.period = period;
            this.v = new double[period * period];
            Random r = new Random(seed);
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextDouble();
            }
        }

        /** u, v in tile units (0..1, wrapping). */
        double at(double u, double w) {
            double x = ((u % 1 + 1) % 1) * period;
            double y = ((w % 1 + 1) % 1) * period;
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            double fx = smooth(x - x0);
            double fy = smooth(y - y0);
            double a = get(x0, y0);
            double b = get(x0 + 1, y0);
            double c = get(x0, y0 + 1);
            double d = get(x0 + 1, y0 + 1);
            return (a + (b - a) * fx) + ((c + (d - c) * fx) - (a + (b - a) * fx)) * fy;
        }

        double get(int x, int y) {
            return v[Math.floorMod(y, period) * period + Math.floorMod(x, period)];
        }

        static double smooth(double t) {
            return t * t * (3 - 2 * t);
        }
    }

    private static final java.util.Map<String, Noise> NOISES = new java.util.HashMap<>();

    static double fbm(long seed, double u, double w, int base, int octaves) {
        double sum = 0;
        double amp = 0.5;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            int period = base << o;
            long s = seed + o;
            Noise noise = NOISES.computeIfAbsent(period + "/" + s, k -> new Noise(period, s));
            sum += amp * noise.at(u, w);
            norm += amp;
            amp *= 0.5;
        }
        return sum / norm;
    }

    static int rgb(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    static int clamp(double c) {
        return (int) Math.max(0, Math.min(255, Math.round(c)));
    }

    static int mix(int[] a, int[] b, double t) {
        return rgb(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t);
    }

    /** Wood veneer: fine grain lines running along u, gently waving, with streaks and pores. */
    static BufferedImage wood(int n, long seed, int[] light, int[] dark, double rings) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        Noise warp = new Noise(3, seed);
        Noise streaks = new Noise(48, seed + 5);
        Noise fine = new Noise(160, seed + 9);
        Noise pores = new Noise(n / 2, seed + 3);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double u = (double) x / n;
                double w = (double) y / n;
                double bend = 0.018 * (warp.at(u, w) - 0.5);
                double t = (w + bend) * rings;
                double line = Math.pow(0.5 + 0.5 * Math.sin(2 * Math.PI * t), 12);
                double streak = streaks.at(0.3 * Math.sin(2 * Math.PI * u) + 0.5, w + bend);
                double grain = fine.at(0, w + bend * 2);
                double p = pores.at(u, w) > 0.9 ? 0.18 : 0;
                double k = Math.min(1, 0.35 * line + 0.35 * streak + 0.2 * grain + p);
                img.setRGB(x, y, mix(light, dark, k));
            }
        }
        return img;
    }

    /** Lacquer: an even colour with a faint orange-peel texture. */
    static BufferedImage lacquer(int n, long seed, int[] c) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double k = (fbm(seed, (double) x / n, (double) y / n, 16, 3) - 0.5) * 6;
                img.setRGB(x, y, rgb(c[0] + k, c[1] + k, c[2] + k));
            }
        }
        return img;
    }

    /** Mirror: a cool sheen with soft reflections of a room. */
    static BufferedImage mirror(int n) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double u = (double) x / n;
                double w = (double) y / n;
                double streak = 0.5 + 0.5 * Math.sin(2 * Math.PI * (u + w * 0.3));
                double k = 0.78 + 0.12 * streak + 0.06 * (fbm(5, u, w, 4, 2) - 0.5);
                img.setRGB(x, y, rgb(205 * k, 214 * k, 220 * k));
            }
        }
        return img;
    }

    /** Woven cloth: warp threads in one colour, weft in another, in a weave pattern of (x, y) → warp on top. */
    interface Weave {
        boolean warpUp(int x, int y);
    }

    static BufferedImage cloth(int n, int threadPx, long seed, int[] warp, int[] weft, Weave weave, double slub) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        double[] rowVar = new double[n];
        double[] colVar = new double[n];
        for (int i = 0; i < n; i++) {
            rowVar[i] = (r.nextDouble() - 0.5) * slub;
            colVar[i] = (r.nextDouble() - 0.5) * slub;
        }
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int tx = x / threadPx;
                int ty = y / threadPx;
                boolean up = weave.warpUp(tx, ty);
                int[] c = up ? warp : weft;
                double along = up ? (y % threadPx + 0.5) / threadPx : (x % threadPx + 0.5) / threadPx;
                double across = up ? (x % threadPx + 0.5) / threadPx : (y % threadPx + 0.5) / threadPx;
                double shade = 0.9 + 0.1 * Math.sin(Math.PI * across) + 0.03 * Math.sin(Math.PI * along);
                double v = 1 + (up ? colVar[x / threadPx * threadPx % n] : rowVar[y / threadPx * threadPx % n]);
                img.setRGB(x, y, rgb(c[0] * shade * v, c[1] * shade * v, c[2] * shade * v));
            }
        }
        return img;
    }

    /** Stripes or checks: colour per (x, y) in mm-sized bands, over a plain weave. */
    static BufferedImage pattern(int n, int[] base, int[] colour, double tileMm, double bandMm, boolean check) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        double bands = tileMm / bandMm;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean bx = ((int) Math.floor((double) x / n * bands)) % 2 == 0;
                boolean by = ((int) Math.floor((double) y / n * bands)) % 2 == 0;
                double k;
                if (check) {
                    k = (bx ? 0.5 : 0) + (by ? 0.5 : 0);
                } else {
                    k = bx ? 1 : 0;
                }
                double thread = 0.94 + 0.06 * (((x / 2) + (y / 2)) % 2);
                img.setRGB(x, y, rgb((base[0] + (colour[0] - base[0]) * k) * thread,
                        (base[1] + (colour[1] - base[1]) * k) * thread,
                        (base[2] + (colour[2] - base[2]) * k) * thread));
            }
        }
        return img;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/textures");
        Files.createDirectories(out);
        write(out, "wood-oak", wood(512, 1, new int[]{220, 186, 140}, new int[]{168, 124, 78}, 36));
        write(out, "wood-walnut", wood(512, 2, new int[]{120, 84, 60}, new int[]{62, 40, 28}, 28));
        write(out, "wood-black-brown", wood(512, 3, new int[]{72, 58, 50}, new int[]{38, 30, 26}, 40));
        write(out, "lacquer-white", lacquer(128, 4, new int[]{242, 241, 236}));
        write(out, "lacquer-grey", lacquer(128, 5, new int[]{140, 144, 147}));
        write(out, "glass-frosted", lacquer(128, 6, new int[]{226, 234, 236}));
        write(out, "mirror", mirror(256));
        Weave plain = (x, y) -> (x + y) % 2 == 0;
        Weave basket = (x, y) -> ((x / 2) + (y / 2)) % 2 == 0;
        Weave twill = (x, y) -> Math.floorMod(x - y, 4) < 2;
        int[] white = {247, 247, 244};
        write(out, "fabric-poplin-white", cloth(256, 2, 7, white, new int[]{240, 240, 236}, plain, 0.03));
        write(out, "fabric-poplin-sky", cloth(256, 2, 8, new int[]{184, 208, 234}, new int[]{200, 220, 240}, plain,
                0.03));
        write(out, "fabric-oxford-blue", cloth(256, 2, 9, new int[]{126, 158, 200}, new int[]{236, 238, 240}, basket,
                0.06));
        write(out, "fabric-end-on-end-pink", cloth(256, 2, 10, new int[]{226, 170, 180}, white, plain, 0.03));
        write(out, "fabric-twill-navy", cloth(256, 2, 11, new int[]{40, 54, 84}, new int[]{52, 66, 98}, twill, 0.04));
        write(out, "fabric-linen-white", cloth(256, 3, 12, new int[]{238, 234, 222}, new int[]{228, 222, 208}, plain,
                0.12));
        write(out, "fabric-flannel-grey", lacquer(256, 13, new int[]{143, 145, 148}));
        write(out, "fabric-bengal-stripe", pattern(256, new int[]{244, 246, 250}, new int[]{120, 150, 200}, 100, 6.25,
                false));
        write(out, "fabric-gingham", pattern(256, new int[]{244, 244, 246}, new int[]{44, 58, 100}, 100, 6.25, true));
    }

    static void write(Path dir, String name, BufferedImage img) throws IOException {
        ImageIO.write(img, "png", dir.resolve(name + ".png").toFile());
        System.out.println(name + ".png " + img.getWidth() + "x" + img.getHeight());
    }
}
