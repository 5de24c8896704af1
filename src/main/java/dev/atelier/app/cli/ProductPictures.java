// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.configuration.Configuration;
import dev.atelier.preview.PreviewResources;
import dev.atelier.preview.Renderer;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.model.PreviewModelBuilder;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Pictures of configured products for the command line, through the 3D preview. Needs an X display with OpenGL
 * (a desktop, or {@code xvfb-run} with Mesa); starts the JavaFX toolkit on first use.
 */
final class ProductPictures implements AutoCloseable {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "render-assets");
        t.setDaemon(true);
        return t;
    });
    private final Renderer renderer;

    private ProductPictures(Path assets) {
        this.renderer = new Renderer(new PreviewResources(AssetSource.directory(assets), executor),
                new PreviewModelBuilder(), 30_000);
    }

    /**
     * Starts 3D rendering, or explains why it cannot run here.
     *
     * @param assets the assets folder
     */
    static ProductPictures start(Path assets) throws CliException {
        if (!Files.isDirectory(assets)) {
            throw new CliException(CliException.UNREADABLE, "no assets folder at " + assets + " (use --assets DIR)");
        }
        if (System.getenv("DISPLAY") == null && !"Monocle".equals(System.getProperty("glass.platform"))) {
            throw new CliException(CliException.INVALID, "3D pictures need a display (run on a desktop or under "
                    + "xvfb-run)");
        }
        // llvmpipe (Mesa) is refused by JavaFX unless forced; without it 3D falls back to a blank software pipeline
        System.setProperty("prism.order", System.getProperty("prism.order", "es2,sw"));
        System.setProperty("prism.forceGPU", System.getProperty("prism.forceGPU", "true"));
        Renderer.startToolkit();
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            throw new CliException(CliException.INVALID, "this display cannot draw 3D (no OpenGL)");
        }
        return new ProductPictures(assets);
    }

    byte[] png(Configuration configuration, String size, String view, Locale locale) throws CliException {
        Renderer.Request request;
        try {
            request = Renderer.Request.parse(size, view, locale);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.INVALID, e.getMessage());
        }
        return renderer.renderPng(configuration, request);
    }

    /** The assets folder for a catalogs location: {@code assets/} beside the catalogs folder. */
    static Path assetsFor(Path catalogs) {
        Path abs = catalogs.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(abs) ? abs : abs.getParent();
        Path parent = folder == null ? null : folder.getParent();
        return parent == null ? Path.of("assets") : parent.resolve("assets");
    }

    @Override
    public void close() {
        executor.shutdownNow();
        Platform.exit();
    }
}
