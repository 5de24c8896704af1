// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the preview finds catalog assets (meshes, textures), by their path under {@code assets/}
 * ({@code meshes/shirt/torso.obj}; a leading {@code assets/} is accepted too). Implementations must be safe to call
 * from background threads.
 */
public interface AssetSource {

    /** Opens an asset; throws {@link NoSuchFileException} if there is none. */
    InputStream open(String path) throws IOException;

    /** Whether the asset exists. */
    boolean exists(String path);

    /** Where the asset is or would be, for messages. */
    String describe(String path);

    /** Assets in a folder (the catalog's {@code assets/}). Paths may not leave the folder. */
    static AssetSource directory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new AssetSource() {
            @Override
            public InputStream open(String path) throws IOException {
                return Files.newInputStream(resolve(path));
            }

            @Override
            public boolean exists(String path) {
                try {
                    return Files.isRegularFile(resolve(path));
                } catch (NoSuchFileException e) {
                    return false;
                }
            }

            @Override
            public String describe(String path) {
                try {
                    return resolve(path).toString();
                } catch (NoSuchFileException e) {
                    return path + " (outside " + base + ")";
                }
            }

            private Path resolve(String path) throws NoSuchFileException {
                Path p = base.resolve(normalize(path)).normalize();
                if (!p.startsWith(base)) {
                    throw new NoSuchFileException(path, null, "outside the assets folder");
                }
                return p;
            }

            @Override
            public String toString() {
                return "assets in " + base;
            }
        };
    }

    /** No assets at all (every mesh shows its placeholder). */
    static AssetSource none() {
        return new AssetSource() {
            @Override
            public InputStream open(String path) throws IOException {
                throw new NoSuchFileException(path);
            }

            @Override
            public boolean exists(String path) {
                return false;
            }

            @Override
            public String describe(String path) {
                return path + " (no asset folder)";
            }
        };
    }

    /** {@code path} without a leading {@code /} or {@code assets/}. */
    static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.startsWith("assets/")) {
            p = p.substring("assets/".length());
        }
        return p;
    }
}
