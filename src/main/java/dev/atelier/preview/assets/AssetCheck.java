// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.assets;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Product;
import dev.atelier.preview.geometry.MeshData;
import dev.atelier.preview.geometry.ObjFormatException;
import dev.atelier.preview.geometry.ObjParser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the assets of a catalog that are missing or cannot be read (OBJ meshes, texture images), so the catalog
 * checker can warn before a kiosk shows a placeholder. Needs no JavaFX: meshes go through {@link ObjParser},
 * images through {@link ImageIO}.
 */
public final class AssetCheck {

    /**
     * One problem with an asset.
     *
     * @param path    the asset path as the catalog writes it
     * @param usedBy  where the catalog refers to it ({@code wardrobe: section.door}, {@code material oak})
     * @param message what is wrong
     */
    public record Problem(String path, String usedBy, String message) {
        @Override
        public String toString() {
            return path + " (" + usedBy + "): " + message;
        }
    }

    private final AssetSource assets;

    public AssetCheck(AssetSource assets) {
        this.assets = assets;
    }

    /** Every missing or unreadable asset of the catalog's meshes and material textures, each path once. */
    public List<Problem> check(Catalog catalog) {
        Map<String, String> uses = new LinkedHashMap<>();
        Map<String, Boolean> isMesh = new LinkedHashMap<>();
        for (Material m : catalog.materials()) {
            if (m.texture() != null && !m.texture().isBlank()) {
                uses.putIfAbsent(m.texture(), "material " + m.id());
                isMesh.putIfAbsent(m.texture(), false);
            }
        }
        for (Product p : catalog.products()) {
            collect(p.id() + ": ", "", p.root(), uses, isMesh);
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : uses.entrySet()) {
            String message = isMesh.get(e.getKey()) ? checkMesh(e.getKey()) : checkImage(e.getKey());
            if (message != null) {
                problems.add(new Problem(e.getKey(), e.getValue(), message));
            }
        }
        return problems;
    }

    private void collect(String product, String prefix, Component c, Map<String, String> uses,
                         Map<String, Boolean> isMesh) {
        for (GeometryBinding b : c.geometry()) {
            if (b.shape() == GeometryBinding.Shape.MESH) {
                uses.putIfAbsent(b.asset(), product + prefix + b.id());
                isMesh.putIfAbsent(b.asset(), true);
            }
        }
        for (Component child : c.children()) {
            collect(product, prefix + child.id() + ".", child, uses, isMesh);
        }
    }

    /** Null if the mesh reads, else why not. */
    public String checkMesh(String path) {
        if (!assets.exists(path)) {
            return "missing: " + assets.describe(path);
        }
        try (InputStream in = assets.open(path)) {
            MeshData mesh = ObjParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), path);
            if (mesh.bounds().isEmpty()) {
                return "the mesh has no extent";
            }
            return null;
        } catch (ObjFormatException | IllegalArgumentException e) {
            return "not a readable OBJ mesh: " + e.getMessage();
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }

    /** Null if the image reads, else why not. */
    public String checkImage(String path) {
        if (!assets.exists(path)) {
            return "missing: " + assets.describe(path);
        }
        try (InputStream in = assets.open(path)) {
            BufferedImage img = ImageIO.read(in);
            return img == null || img.getWidth() == 0 ? "not a readable image (PNG or JPEG)" : null;
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
    }
}
