// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.Material;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.geometry.MeshData;
import dev.atelier.preview.geometry.ObjParser;
import dev.atelier.preview.geometry.Shapes;
import dev.atelier.preview.model.PreviewMaterial;
import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Meshes, textures and materials for 3D previews, built off the JavaFX thread on an injected {@link Executor} and
 * cached, so several previews (and the headless {@link Renderer}) share them and an option change rebuilds nothing
 * it has built before. Meshes of boxes and cylinders are cached by size and texture tile; OBJ meshes by asset path
 * (normalized to their natural size, the part's scale is a transform); textures by path.
 * <p>
 * A missing or broken asset logs one warning and yields a placeholder: a magenta-checker box of the part's size.
 * The executor is a plain {@link Executor} (the UI's {@code TaskExecutor} can be passed in; tests pass
 * {@code Runnable::run}). {@link PhongMaterial}s are made and changed on the JavaFX thread only.
 */
public final class PreviewResources {

    private static final Logger LOG = Logger.getLogger(PreviewResources.class.getName());
    /**
     * Memory that meshes kept for reuse may take, in bytes: their own points, normals, texture coordinates and faces
     * plus what JavaFX keeps for a mesh it has drawn ({@link #DRAWN_BYTES_PER_VERTEX}). A kiosk sees new part sizes
     * with nearly every customer, and a box costs microseconds to build, so the cache only needs to hold what one
     * customer's product reuses (a few hundred parts): 8 MiB is some 1,300 drawn boxes. Counted by entries, it grew
     * the heap by hundreds of megabytes over a day; counted by mesh data alone (16 MiB), a soak of 100 customers
     * still kept ~7,000 drawn boxes and ~55 MiB of heap with them (class histogram), and their native vertex buffers.
     */
    static final long MESH_BUDGET_BYTES = 8L * 1024 * 1024;
    /**
     * What JavaFX keeps per vertex of a mesh it has drawn, beyond the mesh's own arrays: its vertex buffer (9 floats)
     * and a map from each point to its places in that buffer (a boxed key, a map entry and an array: ~120 bytes), as
     * measured with a class histogram of the kiosk soak probe (JavaFX 21's {@code BaseMesh}).
     */
    static final long DRAWN_BYTES_PER_VERTEX = 160;
    private static final int MAX_TEXT_MATERIALS = 32;

    private final AssetSource assets;
    private final Executor executor;
    /** Least recently used first; guarded by itself, with {@link #meshBytes}. */
    private final LinkedHashMap<MeshKey, CompletableFuture<PartMesh>> meshes = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<MeshKey, Long> meshWeights = new HashMap<>();
    private long meshBytes;
    private final Map<String, CompletableFuture<MeshData>> objs = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Image>> images = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Map<PreviewMaterial, PhongMaterial> materials = new HashMap<>();
    private final Map<PreviewMaterial, PhongMaterial> highlighted = new HashMap<>();
    /** Texts drawn for parts (monograms), least recently used first and few: they are customers' words. */
    private final Map<String, PhongMaterial> textMaterials = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PhongMaterial> eldest) {
            return size() > MAX_TEXT_MATERIALS;
        }
    };
    private PhongMaterial placeholder;

    public PreviewResources(AssetSource assets, Executor executor) {
        this.assets = Objects.requireNonNull(assets, "assets");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public AssetSource assets() {
        return assets;
    }

    /**
     * A part's mesh and how to fit it: for a mesh asset, the size the mesh has (the node scales it to the part);
     * for boxes, cylinders and texts the mesh already has the part's size.
     *
     * @param mesh        the JavaFX mesh
     * @param naturalSize the mesh's own size (mm)
     * @param placeholder whether the asset was missing or broken and this is the placeholder box
     */
    record PartMesh(TriangleMesh mesh, Vec3 naturalSize, boolean placeholder) {
    }

    /** What a part's mesh depends on: parts with equal keys share one mesh. */
    record MeshKey(GeometryBinding.Shape shape, Vec3 size, double tileMm, String asset, String text) {
        static MeshKey of(PreviewPart p) {
            double tile = p.material().tileMm();
            return switch (p.shape()) {
                case BOX, CYLINDER -> new MeshKey(p.shape(), p.size(), tile, null, null);
                // a mesh is scaled by its node; its size is not part of the key
                case MESH -> new MeshKey(p.shape(), null, tile, p.asset(), null);
                case TEXT -> new MeshKey(p.shape(), p.size(), 0, null, null);
            };
        }
    }

    /** The mesh of a part, from the cache when built before, else built on the executor. */
    CompletableFuture<PartMesh> mesh(PreviewPart part) {
        MeshKey key = MeshKey.of(part);
        CompletableFuture<PartMesh> f;
        synchronized (meshes) {
            f = meshes.get(key);
        }
        if (f != null) {
            return f;
        }
        Vec3 size = part.size();
        CompletableFuture<PartMesh> created;
        if (part.shape() == GeometryBinding.Shape.MESH) {
            created = obj(part.asset()).handleAsync((data, error) -> {
                if (error != null) {
                    // a unit box tiled twice per face: the checker shows whatever the part's size
                    return new PartMesh(toFx(Shapes.box(new Vec3(1, 1, 1), 0.5)), new Vec3(1, 1, 1), true);
                }
                Vec3 natural = data.bounds().size();
                return new PartMesh(toFx(data.fittedTo(natural, 1000 / key.tileMm())), natural, false);
            }, executor);
        } else {
            created = CompletableFuture.supplyAsync(() -> {
                MeshData d = switch (part.shape()) {
                    case BOX -> Shapes.box(size, key.tileMm());
                    case CYLINDER -> Shapes.cylinder(size, key.tileMm());
                    default -> Shapes.quad(size.x(), size.y());
                };
                return new PartMesh(toFx(d), size, false);
            }, executor);
        }
        CompletableFuture<PartMesh> prior;
        synchronized (meshes) {
            prior = meshes.putIfAbsent(key, created);
        }
        if (prior != null) {
            return prior;
        }
        created.thenAccept(m -> weigh(key, created, m));
        return created;
    }

    /** Counts a built mesh against the budget and lets the least recently used ones go. */
    private void weigh(MeshKey key, CompletableFuture<PartMesh> built, PartMesh mesh) {
        TriangleMesh t = mesh.mesh();
        long bytes = weight(t);
        synchronized (meshes) {
            if (meshes.get(key) != built) {
                return;
            }
            meshWeights.put(key, bytes);
            meshBytes += bytes;
            var eldest = meshes.entrySet().iterator();
            while (meshBytes > MESH_BUDGET_BYTES && eldest.hasNext()) {
                var e = eldest.next();
                Long w = meshWeights.remove(e.getKey());
                if (w == null) {
                    continue; // still being built: kept, not yet counted
                }
                meshBytes -= w;
                eldest.remove();
            }
        }
    }

    /** The memory a mesh takes once drawn (see {@link #MESH_BUDGET_BYTES}). */
    static long weight(TriangleMesh t) {
        long own = 4L * (t.getPoints().size() + t.getNormals().size() + t.getTexCoords().size()
                + t.getFaces().size() + t.getFaceSmoothingGroups().size()) + 64;
        return own + DRAWN_BYTES_PER_VERTEX * (t.getPoints().size() / 3);
    }

    /** Bytes of mesh data kept for reuse now. */
    long cachedMeshBytes() {
        synchronized (meshes) {
            return meshBytes;
        }
    }

    /** The parsed OBJ of an asset (cached; failures are cached too and warned about once). */
    CompletableFuture<MeshData> obj(String asset) {
        return objs.computeIfAbsent(AssetSource.normalize(asset), path -> CompletableFuture.supplyAsync(() -> {
            try (InputStream in = assets.open(path)) {
                return ObjParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), path);
            } catch (IOException | RuntimeException e) {
                warnOnce(path, "3D asset " + assets.describe(path) + " cannot be used, showing a placeholder: "
                        + e);
                throw new IllegalStateException(e);
            }
        }, executor));
    }

    /** A texture image by asset path (cached; null result when missing or broken, warned about once). */
    CompletableFuture<Image> image(String texture) {
        return images.computeIfAbsent(AssetSource.normalize(texture), path -> CompletableFuture.supplyAsync(() -> {
            try (InputStream in = assets.open(path)) {
                Image img = new Image(in);
                if (img.isError() || img.getWidth() == 0) {
                    throw new IOException("not a readable image", img.getException());
                }
                return img;
            } catch (IOException | RuntimeException e) {
                warnOnce(path, "texture " + assets.describe(path) + " cannot be used, showing the plain colour: "
                        + e);
                return null;
            }
        }, executor));
    }

    /** An image of the text in the colour, for a text part of the size (mm); rendered with AWT off the FX thread. */
    CompletableFuture<Image> textImage(String text, String color, Vec3 size) {
        return CompletableFuture.supplyAsync(() -> renderText(text, color, size), executor);
    }

    /** The material of a part (made on first use; textures follow when loaded). FX thread only. */
    PhongMaterial material(PreviewMaterial m, boolean highlight) {
        Map<PreviewMaterial, PhongMaterial> cache = highlight ? highlighted : materials;
        PhongMaterial pm = cache.get(m);
        if (pm == null) {
            pm = Materials.create(m, highlight);
            cache.put(m, pm);
            if (m.textured()) {
                PhongMaterial target = pm;
                image(m.texture()).thenAccept(img -> {
                    if (img != null) {
                        fx(() -> Materials.applyTexture(target, img));
                    }
                });
            }
        }
        return pm;
    }

    /** The material of a text part: the text drawn in its colour on a transparent image. FX thread only. */
    PhongMaterial textMaterial(PreviewPart part, boolean highlight) {
        String key = part.text() + "|" + part.material().color() + "|" + part.size() + "|" + highlight;
        PhongMaterial pm = textMaterials.get(key);
        if (pm == null) {
            PhongMaterial created = Materials.create(new PreviewMaterial("text", "", "#ffffff", null, 0,
                    Material.Surface.FABRIC, 1), highlight);
            created.setDiffuseColor(Color.TRANSPARENT);
            pm = created;
            textMaterials.put(key, pm);
            textImage(part.text(), part.material().color(), part.size()).thenAccept(img -> fx(() -> {
                created.setDiffuseColor(Color.WHITE);
                created.setDiffuseMap(img);
            }));
        }
        return pm;
    }

    /** The magenta-and-black checker shown where an asset is missing. FX thread only. */
    PhongMaterial placeholderMaterial() {
        if (placeholder == null) {
            WritableImage img = new WritableImage(64, 64);
            PixelWriter w = img.getPixelWriter();
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    boolean on = ((x / 16) + (y / 16)) % 2 == 0;
                    w.setColor(x, y, on ? Color.MAGENTA : Color.rgb(30, 0, 30));
                }
            }
            placeholder = new PhongMaterial(Color.gray(0.3));
            placeholder.setDiffuseMap(img);
            // glows, so it reads as "missing" under any light
            placeholder.setSelfIlluminationMap(img);
            placeholder.setSpecularColor(Color.BLACK);
        }
        return placeholder;
    }

    /** Whether nothing is being built or loaded right now. */
    boolean idle() {
        synchronized (meshes) {
            for (CompletableFuture<PartMesh> f : meshes.values()) {
                if (!f.isDone()) {
                    return false;
                }
            }
        }
        return objs.values().stream().allMatch(CompletableFuture::isDone)
                && images.values().stream().allMatch(CompletableFuture::isDone);
    }

    /** Runs on the FX thread: at once when already there, else later. */
    static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private void warnOnce(String path, String message) {
        if (warned.add(path)) {
            LOG.log(Level.WARNING, message);
        }
    }

    /** Converts plain mesh arrays to a JavaFX mesh (safe off the FX thread: the mesh is not yet in a scene). */
    static TriangleMesh toFx(MeshData d) {
        TriangleMesh m = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        m.getPoints().setAll(d.points());
        m.getNormals().setAll(d.normals());
        m.getTexCoords().setAll(d.texCoords());
        m.getFaces().setAll(d.faces());
        return m;
    }

    private static Image renderText(String text, String color, Vec3 size) {
        int h = 128;
        int w = (int) Math.max(h, Math.min(2048, Math.round(h * size.x() / Math.max(1, size.y()))));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.decode(color));
            int fontSize = (int) (h * 0.8);
            Font font = new Font(Font.SERIF, Font.BOLD | Font.ITALIC, fontSize);
            FontMetrics fm = g.getFontMetrics(font);
            while (fm.stringWidth(text) > w * 0.95 && fontSize > 8) {
                fontSize -= 4;
                font = font.deriveFont((float) fontSize);
                fm = g.getFontMetrics(font);
            }
            g.setFont(font);
            int x = (w - fm.stringWidth(text)) / 2;
            int y = (h - fm.getHeight()) / 2 + fm.getAscent();
            g.drawString(text, x, y);
        } finally {
            g.dispose();
        }
        return SwingFXUtils.toFXImage(img, null);
    }
}
