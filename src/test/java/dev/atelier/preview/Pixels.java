// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pixel measurements on snapshots. */
final class Pixels {

    private Pixels() {
    }

    /** The box [minX, minY, maxX, maxY] of pixels that differ from the corner colour, or null if none. */
    static int[] foreground(Image img) {
        PixelReader r = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 4; y < h - 4; y++) {
            Color bg = r.getColor(6, y);
            for (int x = 4; x < w - 4; x++) {
                if (distance(r.getColor(x, y), bg) > 0.08) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[]{minX, minY, maxX, maxY};
    }

    /** Average colour of a rectangle. */
    static Color average(Image img, int x0, int y0, int x1, int y1) {
        PixelReader r = img.getPixelReader();
        double red = 0;
        double green = 0;
        double blue = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = r.getColor(x, y);
                red += c.getRed();
                green += c.getGreen();
                blue += c.getBlue();
                n++;
            }
        }
        return Color.color(red / n, green / n, blue / n);
    }

    /** Share of pixels close to a colour. */
    static double share(Image img, Color c, double tolerance) {
        PixelReader r = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (distance(r.getColor(x, y), c) < tolerance) {
                    n++;
                }
            }
        }
        return (double) n / (w * h);
    }

    static double distance(Color a, Color b) {
        double dr = a.getRed() - b.getRed();
        double dg = a.getGreen() - b.getGreen();
        double db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    static void save(Image img, String name) {
        try {
            Path out = Path.of("target", "preview-images", name);
            Files.createDirectories(out.getParent());
            Files.write(out, ProductPreview.png((javafx.scene.image.WritableImage) img));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
