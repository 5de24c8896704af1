// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.preview.assets.AssetSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Assets for preview tests: the repository's {@code assets/}, plus a generated oak texture under target/. */
public final class TestAssets {

    private TestAssets() {
    }

    public static Path repositoryAssets() {
        return Path.of("assets").toAbsolutePath();
    }

    /** The repository's assets, falling back to {@code target/test-assets} (which gets {@code textures/oak.png}). */
    public static AssetSource source() {
        AssetSource repo = AssetSource.directory(repositoryAssets());
        AssetSource generated = AssetSource.directory(generated());
        return new AssetSource() {
            @Override
            public InputStream open(String path) throws IOException {
                return repo.exists(path) ? repo.open(path) : generated.open(path);
            }

            @Override
            public boolean exists(String path) {
                return repo.exists(path) || generated.exists(path);
            }

            @Override
            public String describe(String path) {
                return repo.exists(path) ? repo.describe(path) : generated.describe(path);
            }
        };
    }

    private static Path generated() {
        Path dir = Path.of("target", "test-assets").toAbsolutePath();
        Path oak = dir.resolve("textures/oak.png");
        try {
            if (!Files.exists(oak)) {
                Files.createDirectories(oak.getParent());
                ImageIO.write(wood(256), "png", oak.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A light oak grain running along x. */
    static BufferedImage wood(int n) {
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double t = 2 * Math.PI * x / n;
                double grain = Math.sin(y * 0.35 + 3 * Math.sin(t) + 1.5 * Math.sin(2 * t + y * 0.05));
                double fine = Math.sin(y * 1.7 + Math.sin(t * 3) * 2);
                double k = 0.82 + 0.1 * grain + 0.04 * fine;
                int r = (int) Math.min(255, 214 * k);
                int g = (int) Math.min(255, 176 * k);
                int b = (int) Math.min(255, 122 * k);
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }
}
