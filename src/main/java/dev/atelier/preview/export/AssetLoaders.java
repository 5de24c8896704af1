// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.export;

import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.geometry.MeshData;
import dev.atelier.preview.geometry.ObjParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Mesh and texture lookups for the exporters, read from an {@link AssetSource} (each asset once). */
public final class AssetLoaders {

    private static final Logger LOG = Logger.getLogger(AssetLoaders.class.getName());

    private AssetLoaders() {
    }

    /** Parsed OBJ meshes by asset path; empty (and one warning) when missing or broken. */
    public static Function<String, Optional<MeshData>> meshes(AssetSource assets) {
        Map<String, Optional<MeshData>> cache = new HashMap<>();
        return path -> cache.computeIfAbsent(path, p -> {
            try (InputStream in = assets.open(p)) {
                return Optional.of(ObjParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), p));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "mesh {0} cannot be exported, using its box: {1}",
                        new Object[]{assets.describe(p), e.toString()});
                return Optional.empty();
            }
        });
    }

    /** Texture bytes by asset path; empty when missing. */
    public static Function<String, Optional<byte[]>> textures(AssetSource assets) {
        return path -> {
            if (!assets.exists(path)) {
                return Optional.empty();
            }
            try (InputStream in = assets.open(path)) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
