// SPDX-License-Identifier: Apache-2.0

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;

/**
 * Generates the procedural textures of the shipped catalogs (wood, lacquer, glass, mirror, shirt fabrics) as
 * seamless 512 x 512 PNGs in {@code assets/textures/}. Every pattern is periodic in the tile size (noise lattices and
 * stripe periods divide 512), so tiles repeat without seams. Deterministic: the same files every run.
 * <p>
 * Run from the repository root: {@code java assets/tools/GenerateTextures.java} (optionally with an output folder).
 */
public final class GenerateTextures {

    static final int N = 512;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "assets/textures");
        if (!out.isDirectory() && !out.mkdirs()) {
            throw new IOException("cannot create " + out);
        }
        write(out, "wood-oak", wood(11, rgb(0xDDBF95), rgb(0xA97C50), 20, 0.85));
        write(out, "wood-walnut", wood(12, rgb(0x80593F), rgb(0x3A2519), 14, 1.1));
        write(out, "wood-black-brown", wood(13, rgb(0x4C3C33), rgb(0x271D18), 24, 0.75));
        write(out, "lacquer-white", lacquer(21, rgb(0xF2F1EC), 0.012));
        write(out, "lacquer-grey", lacquer(22, rgb(0x8C9093), 0.018));
        write(out, "glass-frosted", frosted(31, rgb(0xDCE7E9)));
        write(out, "mirror", mirror(32));
        write(out, "fabric-poplin-white", plainWeave(41, rgb(0xF7F7F4), rgb(0xF7F7F4), 4, 0.05));
        write(out, "fabric-poplin-sky", plainWeave(42, rgb(0xBFD6EC), rgb(0xC9DCEF), 4, 0.06));
        write(out, "fabric-oxford-blue", oxford(43, rgb(0x8FAACB), rgb(0xF3F4F2)));
        write(out, "fabric-end-on-end-pink", endOnEnd(44, rgb(0xE2A9B1), rgb(0xFAF5F3)));
        write(out, "fabric-twill-navy", twill(45, rgb(0x2C3A57), rgb(0x35456A)));
        write(out, "fabric-linen-white", linen(46, rgb(0xEEEAE0)));
        write(out, "fabric-bengal-stripe", stripes(47, rgb(0x6E8FC4), rgb(0xF6F7F5), 32));
        write(out, "fabric-gingham", gingham(48, rgb(0x2F3E66), rgb(0xF6F6F3), 32));
        write(out, "fabric-flannel-grey", flannel(49, rgb(0x8F9194)));
    }

    // ------------------------------------------------------------------------------------------------ patterns

    /** Vertical boards: rings bent by periodic noise, plus fine pores stretched along the grain. */
    static double[][][] wood(long seed, double[] light, double[] dark, int rings, double contrast) {
        Noise warp = new Noise(seed, 4, 2);
        Noise warpFine = new Noise(seed + 1, 16, 4);
        Noise pores = new Noise(seed + 2, 256, 4);
        Noise tone = new Noise(seed + 3, 8, 2);
        double[][][] img = new double[N][N][];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double u = (double) x / N;
                double v = (double) y / N;
                double t = u * rings + 0.55 * warp.at(u, v) + 0.12 * warpFine.at(u, v);
                double ring = t - Math.floor(t);
                double late = Math.pow(smooth(0.6, 1.0, ring), 1.3);
                double fibre = 0.5 + 0.5 * Math.sin(2 * Math.PI * (u * rings * 6 + 0.3 * warpFine.at(u, v)));
                double grain = clamp(contrast * (0.55 * late + 0.18 * pores.at(u, v) + 0.1 * fibre
                        + 0.17 * tone.at(u, v)));
                img[y][x] = mix(light, dark, grain);
            }
        }
        return img;
    }

    /** A smooth painted surface: the colour with a faint orange-peel noise. */
    static double[][][] lacquer(long seed, double[] base, double amount) {
        Noise n = new Noise(seed, 64, 64);
        Noise m = new Noise(seed + 1, 8, 8);
        double[][][] img = new double[N][N][];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double u = (double) x / N;
                double v = (double) y / N;
                img[y][x] = shade(base, 1 + amount * (2 * n.at(u, v) - 1) + amount * 0.5 * (2 * m.at(u, v) - 1));
            }
        }
        return img;
    }

    static double[][][] frosted(long seed, double[] base) {
        Noise fine = new Noise(seed, 256, 256);
        Noise cloud = new Noise(seed + 1, 8, 8);
        double[][][] img = new double[N][N][];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double u = (double) x / N;
                double v = (double) y / N;
                img[y][x] = shade(base, 0.97 + 0.05 * fine.at(u, v) + 0.03 * cloud.at(u, v));
            }
        }
        return img;
    }

    /** Silvered glass: a cool grey with soft diagonal sheen bands (periodic) and very little noise. */
    static double[][][] mirror(long seed) {
        Noise n = new Noise(seed, 32, 32);
        double[] base = rgb(0xC9D1D5);
        double[][][] img = new double[N][N][];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double u = (double) x / N;
                double v = (double) y / N;
                double band = 0.5 + 0.5 * Math.sin(2 * Math.PI * (u + v));
                img[y][x] = shade(base, 0.9 + 0.16 * band + 0.02 * n.at(u, v));
            }
        }
        return img;
    }

    /** Plain weave: each crossing shows warp or weft on top, shaded across the thread. */
    static double[][][] plainWeave(long seed, double[] warp, double[] weft, int thread, double slub) {
        Noise irregular = new Noise(seed, 64, 8);
        Noise irregularWeft = new Noise(seed + 1, 8, 64);
        double[][][] img = new double[N][N][];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int tx = x / thread;
                int ty = y / thread;
                boolean warpOnTop = ((tx + ty) & 1) == 0;
                double across = warpOnTop ? (x % thread + 0.5) / thread : (y % thread + 0.5) / thread;
                double round = 0.88 + 0.12 * Math.sin(Math.PI * across);
                double u = (double) x / N;
                double v = (double) y / N;
                double vary = 1 + slub * (2 * (warpOnTop ? irregular.at(u, v) : irregularWeft.at(u, v)) - 1);
                img[y][x] = shade(warpOnTop ? warp : weft, round * vary);
            }
        }
        return img;
    }

    /** Oxford: a coloured warp and a white weft in a 2-by-1 basket weave. */
    static double[][][] oxford(long seed, double[] warp, double[] weft) {
        Noise n = new Noise(seed, 128, 16);
        double[][][] img = new double[N][N][];
        int t = 4;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int tx = x / t;
                int ty = y / t;
                boolean warpOnTop = (((tx / 2) + ty) & 1) == 0;
                double across = warpOnTop ? (x % (2 * t) + 0.5) / (2 * t) : (y % t + 0.5) / t;
                double round = 0.86 + 0.14 * Math.sin(Math.PI * across);
                double vary = 0.95 + 0.1 * n.at((double) x / N, (double) y / N);
                img[y][x] = shade(warpOnTop ? warp : weft, round * vary);
            }
        }
        return img;
    }

    /** End-on-end: warp threads alternate colour and white, white weft, plain weave: a fine chambray look. */
    static double[][][] endOnEnd(long seed, double[] colour, double[] white) {
        Noise n = new Noise(seed, 64, 8);
        double[][][] img = new double[N][N][];
        int t = 4;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int tx = x / t;
                int ty = y / t;
                boolean warpOnTop = ((tx + ty) & 1) == 0;
                double[] c = warpOnTop ? ((tx & 1) == 0 ? colour : white) : white;
                double across = warpOnTop ? (x % t + 0.5) / t : (y % t + 0.5) / t;
                double round = 0.9 + 0.1 * Math.sin(Math.PI * across);
                img[y][x] = shade(c, round * (0.97 + 0.06 * n.at((double) x / N, (double) y / N)));
            }
        }
        return img;
    }

    /** 2/2 twill: floats step one thread per row, drawing fine diagonal ribs. */
    static double[][][] twill(long seed, double[] warp, double[] weft) {
        Noise n = new Noise(seed, 64, 64);
        double[][][] img = new double[N][N][];
        int t = 4;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int tx = x / t;
                int ty = y / t;
                boolean warpOnTop = Math.floorMod(tx + ty, 4) < 2;
                double across = (Math.floorMod(x + y, 2 * t) + 0.5) / (2 * t);
                double rib = 0.84 + 0.16 * Math.sin(Math.PI * across);
                img[y][x] = shade(warpOnTop ? warp : weft, rib * (0.96 + 0.08 * n.at((double) x / N, (double) y / N)));
            }
        }
        return img;
    }

    /** Linen: a loose plain weave with uneven, slubby threads. */
    static double[][][] linen(long seed, double[] base) {
        double[][][] img = plainWeave(seed, base, shade(base, 0.97), 5, 0.12);
        Noise slubs = new Noise(seed + 7, 128, 4);
        Noise slubsWeft = new Noise(seed + 8, 4, 128);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double u = (double) x / N;
                double v = (double) y / N;
                double s = Math.max(smooth(0.75, 1, slubs.at(u, v)), smooth(0.75, 1, slubsWeft.at(u, v)));
                img[y][x] = shade(img[y][x], 1 - 0.08 * s);
            }
        }
        return img;
    }

    /** Bengal stripe: equal coloured and white stripes on a poplin ground. */
    static double[][][] stripes(long seed, double[] colour, double[] white, int period) {
        double[][][] ground = plainWeave(seed, white, white, 4, 0.04);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                if (x % period < period / 2) {
                    ground[y][x] = multiply(ground[y][x], colour, white);
                }
            }
        }
        return ground;
    }

    /** Gingham: coloured and white stripes in warp and weft; where two coloured stripes cross it is darkest. */
    static double[][][] gingham(long seed, double[] colour, double[] white, int period) {
        double[][][] ground = plainWeave(seed, white, white, 4, 0.04);
        double[] half = mix(white, colour, 0.55);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                boolean vx = x % period < period / 2;
                boolean vy = y % period < period / 2;
                if (vx && vy) {
                    ground[y][x] = multiply(ground[y][x], colour, white);
                } else if (vx || vy) {
                    ground[y][x] = multiply(ground[y][x], half, white);
                }
            }
        }
        return ground;
    }

    /** Flannel: heathered fibres of light and dark grey, brushed soft over a faint twill. */
    static double[][][] flannel(long seed, double[] base) {
        double[][][] img = twill(seed, base, shade(base, 1.04));
        Noise heather = new Noise(seed + 3, 256, 256);
        Noise soft = new Noise(seed + 4, 32, 32);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double u = (double) x / N;
                double v = (double) y / N;
                double h = 0.86 + 0.28 * heather.at(u, v);
                double[] fuzz = shade(base, h * (0.95 + 0.1 * soft.at(u, v)));
                img[y][x] = mix(img[y][x], fuzz, 0.7);
            }
        }
        return img;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Value noise on a periodic lattice ({@code cellsX} x {@code cellsY} cells over the tile): seamless. */
    static final class Noise {
        private final int cx;
        private final int cy;
        private final double[] lattice;

        Noise(long seed, int cellsX, int cellsY) {
            if (N % cellsX != 0 || N % cellsY != 0) {
                throw new IllegalArgumentException("cells must divide " + N);
            }
            cx = cellsX;
            cy = cellsY;
            lattice = new double[cx * cy];
            Random r = new Random(seed);
            for (int i = 0; i < lattice.length; i++) {
                lattice[i] = r.nextDouble();
            }
        }

        /** Noise in 0..1 at tile coordinates u, v in 0..1. */
        double at(double u, double v) {
            double x = u * cx;
            double y = v * cy;
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            double fx = fade(x - x0);
            double fy = fade(y - y0);
            double a = get(x0, y0);
            double b = get(x0 + 1, y0);
            double c = get(x0, y0 + 1);
            double d = get(x0 + 1, y0 + 1);
            return (a + (b - a) * fx) * (1 - fy) + (c + (d - c) * fx) * fy;
        }

        private double get(int x, int y) {
            return lattice[Math.floorMod(y, cy) * cx + Math.floorMod(x, cx)];
        }

        private static double fade(double t) {
            return t * t * (3 - 2 * t);
        }
    }

    static double[] rgb(int hex) {
        return new double[]{((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0};
    }

    static double[] mix(double[] a, double[] b, double t) {
        return new double[]{a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
    }

    static double[] shade(double[] c, double f) {
        return new double[]{c[0] * f, c[1] * f, c[2] * f};
    }

    /** Dyes a white-based pixel: keeps its shading relative to {@code white}, takes the colour {@code c}. */
    static double[] multiply(double[] pixel, double[] c, double[] white) {
        return new double[]{pixel[0] / white[0] * c[0], pixel[1] / white[1] * c[1], pixel[2] / white[2] * c[2]};
    }

    static double smooth(double e0, double e1, double x) {
        double t = clamp((x - e0) / (e1 - e0));
        return t * t * (3 - 2 * t);
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static void write(File dir, String name, double[][][] img) throws IOException {
        BufferedImage bi = new BufferedImage(N, N, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double[] c = img[y][x];
                int r = (int) Math.round(clamp(c[0]) * 255);
                int g = (int) Math.round(clamp(c[1]) * 255);
                int b = (int) Math.round(clamp(c[2]) * 255);
                bi.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        File f = new File(dir, name + ".png");
        if (!ImageIO.write(bi, "png", f)) {
            throw new IOException("no PNG writer");
        }
        System.out.println("wrote " + f);
    }
}
