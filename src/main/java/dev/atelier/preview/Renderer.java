// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import atlantafx.base.theme.PrimerLight;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders a configuration to a PNG without a window, for the command line
 * ({@code atelier render DESIGN.json --png OUT.png --size 1600x1200 --view three-quarter}) and for quote documents.
 * Needs a running JavaFX toolkit with 3D: on a machine without a GPU, an X server (Xvfb) and
 * {@code -Dprism.order=es2,sw -Dprism.forceGPU=true} (see shared/recipes/javafx-ci.md); the CLI calls
 * {@link #startToolkit()} once and {@code Platform.exit()} when done. Call {@link #render} from any thread but the
 * JavaFX one.
 */
public final class Renderer {

    /**
     * What to render.
     *
     * @param width      pixels
     * @param height     pixels
     * @param view       camera direction (the product is fitted into the view)
     * @param locale     language of the dimension labels
     * @param dimensions whether to draw width, height and depth
     * @param exploded   whether to show the exploded view
     * @param ground     whether to draw the floor and shadow (off: a cut-out on a transparent background)
     */
    public record Request(int width, int height, PreviewView view, Locale locale, boolean dimensions,
                          boolean exploded, boolean ground) {
        public Request {
            if (width < 16 || height < 16 || width > 8192 || height > 8192) {
                throw new IllegalArgumentException("image size must be within 16..8192 pixels, was " + width + "x"
                        + height);
            }
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(locale, "locale");
        }

        /** A plain picture: three-quarter view with floor, no annotations. */
        public static Request of(int width, int height, PreviewView view) {
            return new Request(width, height, view, Locale.getDefault(), false, false, true);
        }

        /** Parses {@code 1600x1200}. */
        public static Request parse(String size, String view, Locale locale) {
            String[] wh = size.toLowerCase(Locale.ROOT).split("x");
            if (wh.length != 2) {
                throw new IllegalArgumentException("size must look like 1600x1200, was " + size);
            }
            try {
                return new Request(Integer.parseInt(wh[0].trim()), Integer.parseInt(wh[1].trim()),
                        PreviewView.of(view), locale, false, false, true);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("size must look like 1600x1200, was " + size, e);
            }
        }
    }

    private final PreviewResources resources;
    private final PreviewModelBuilder builder;
    private final long timeoutMillis;

    /** A renderer using (and filling) these resources; waits at most {@code timeoutMillis} for assets. */
    public Renderer(PreviewResources resources, PreviewModelBuilder builder, long timeoutMillis) {
        this.resources = Objects.requireNonNull(resources, "resources");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.timeoutMillis = timeoutMillis;
    }

    /** Starts the JavaFX toolkit if it is not running yet (for command-line use). */
    public static void startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.join();
    }

    /** PNG bytes of the configuration's preview. */
    public byte[] renderPng(Configuration configuration, Request request) {
        return ProductPreview.png(render(configuration, request));
    }

    /** The configuration's preview as an image. */
    public WritableImage render(Configuration configuration, Request request) {
        return render(builder.build(configuration, request.locale()), request);
    }

    /** A preview model as an image. */
    public WritableImage render(PreviewModel model, Request request) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("render waits for assets: call it off the JavaFX thread");
        }
        try {
            ProductPreview preview = onFx(() -> {
                if (Application.getUserAgentStylesheet() == null) {
                    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                }
                ProductPreview p = new ProductPreview(resources);
                p.setAnimated(false);
                p.setToolbarVisible(false);
                p.setLocale(request.locale());
                p.setGroundVisible(request.ground());
                p.setDimensionsVisible(request.dimensions());
                p.setExploded(request.exploded());
                StackPane root = new StackPane(p);
                new Scene(root, request.width(), request.height());
                p.setModel(model);
                p.showView(request.view());
                root.applyCss();
                root.layout();
                return p;
            });
            preview.whenIdle().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return onFx(() -> {
                preview.showView(request.view());
                return preview.snapshot(request.width(), request.height());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("rendering failed: " + e.getMessage(), e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws InterruptedException, ExecutionException {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
