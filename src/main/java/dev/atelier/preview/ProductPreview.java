// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.preview.model.PreviewModel;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

/**
 * A live 3D view of a configured product, fed an immutable {@link PreviewModel}. Setting a new model rebuilds only
 * the parts whose inputs changed (by part key); meshes and textures are built off the JavaFX thread by
 * {@link PreviewResources} and appear with a short scale transition.
 * <p>
 * People orbit by dragging (or one-finger scrolling on a touch screen), pan by dragging with the right or middle
 * button, zoom with the wheel or a pinch, turn with a rotate gesture; with the keyboard the arrows orbit, {@code +}
 * and {@code -} zoom and Home resets the view. Preset views, fit-to-view, an exploded view, dimension annotations and
 * the highlight of a component instance are properties and methods here, and buttons on an optional toolbar.
 * The accessible text is the model's description.
 * <p>
 * CSS: style class {@code product-preview} (stylesheet {@code product-preview.css}); children
 * {@code preview-toolbar} (with {@code view-button}s and {@code toggle-button}s), {@code preview-overlay},
 * {@code dimension-label} (also {@code width}, {@code height}, {@code depth}). Pseudo-classes: {@code :empty} (no
 * parts), {@code :busy} (meshes or textures loading), {@code :exploded}, {@code :dimensions} (annotations shown),
 * {@code :highlighting} (a component is highlighted), {@code :snapshot} (while an image is taken: no focus
 * ring), and {@code :focused} draws the focus ring.
 */
public class ProductPreview extends Control {

    public static final String STYLE_CLASS = "product-preview";

    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    private static final PseudoClass EXPLODED = PseudoClass.getPseudoClass("exploded");
    private static final PseudoClass DIMENSIONS = PseudoClass.getPseudoClass("dimensions");
    private static final PseudoClass HIGHLIGHTING = PseudoClass.getPseudoClass("highlighting");

    private final PreviewResources resources;

    private final ObjectProperty<PreviewModel> model = new SimpleObjectProperty<>(this, "model",
            PreviewModel.empty()) {
        @Override
        protected void invalidated() {
            PreviewModel m = get();
            pseudoClassStateChanged(EMPTY, m == null || m.parts().isEmpty());
            updateAccessibleText();
        }
    };
    private final BooleanProperty exploded = new SimpleBooleanProperty(this, "exploded") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(EXPLODED, get());
        }
    };
    private final BooleanProperty dimensionsVisible = new SimpleBooleanProperty(this, "dimensionsVisible") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(DIMENSIONS, get());
        }
    };
    private final StringProperty highlightedPath = new SimpleStringProperty(this, "highlightedPath") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(HIGHLIGHTING, get() != null);
        }
    };
    private final BooleanProperty toolbarVisible = new SimpleBooleanProperty(this, "toolbarVisible", true);
    private final BooleanProperty groundVisible = new SimpleBooleanProperty(this, "groundVisible", true);
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault()) {
        @Override
        protected void invalidated() {
            updateAccessibleText();
        }
    };
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(BUSY, get());
        }
    };
    private final ReadOnlyObjectWrapper<PreviewStats> lastUpdate = new ReadOnlyObjectWrapper<>(this, "lastUpdate",
            PreviewStats.NONE);
    private PreviewView pendingView = PreviewView.THREE_QUARTER;
    private javafx.scene.SceneAntialiasing antialiasing = javafx.scene.SceneAntialiasing.BALANCED;

    /** A preview drawing meshes and textures from {@code resources} (which may be shared between previews). */
    public ProductPreview(PreviewResources resources) {
        this.resources = Objects.requireNonNull(resources, "resources");
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        pseudoClassStateChanged(EMPTY, true);
        updateAccessibleText();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ProductPreviewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(ProductPreview.class.getResource("product-preview.css")).toExternalForm();
    }

    PreviewResources resources() {
        return resources;
    }

    /**
     * Antialiasing of the 3D view (default {@code BALANCED}); {@code DISABLED} renders much faster on software
     * OpenGL. Takes effect when the skin is created, so set it before the control is shown.
     */
    public void setAntialiasing(javafx.scene.SceneAntialiasing aa) {
        this.antialiasing = Objects.requireNonNull(aa, "antialiasing");
    }

    public javafx.scene.SceneAntialiasing getAntialiasing() {
        return antialiasing;
    }

    // ------------------------------------------------------------------------------------------ commands

    /** Turns the camera to a preset view and fits the product into it. */
    public void showView(PreviewView view) {
        Objects.requireNonNull(view, "view");
        if (getSkin() instanceof ProductPreviewSkin s) {
            s.showView(view, isAnimated());
        } else {
            pendingView = view;
        }
    }

    /** Keeps the camera's direction and moves it so the whole product is in view. */
    public void fitToView() {
        if (getSkin() instanceof ProductPreviewSkin s) {
            s.fitToView(isAnimated());
        }
    }

    /** Back to the three-quarter view, fitted. */
    public void resetView() {
        showView(PreviewView.THREE_QUARTER);
    }

    /** Orbits the camera by degrees (yaw to the right, pitch upwards). */
    public void orbit(double yawDegrees, double pitchDegrees) {
        if (getSkin() instanceof ProductPreviewSkin s) {
            s.rig().orbit(yawDegrees, pitchDegrees);
        }
    }

    /** Zooms in by a factor (&gt; 1 closer, &lt; 1 farther). */
    public void zoom(double factor) {
        if (getSkin() instanceof ProductPreviewSkin s) {
            s.rig().zoom(factor);
        }
    }

    /**
     * An image of the preview at the given size (annotations included; the toolbar left out). FX thread only; lays
     * the control out at that size for the snapshot and back afterwards.
     */
    public WritableImage snapshot(int width, int height) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("snapshot must be called on the JavaFX thread");
        }
        if (!(getSkin() instanceof ProductPreviewSkin)) {
            applyCss();
        }
        return ((ProductPreviewSkin) getSkin()).snapshot(width, height);
    }

    /** {@link #snapshot(int, int)} as PNG bytes. */
    public byte[] snapshotPng(int width, int height) {
        return png(snapshot(width, height));
    }

    /** PNG bytes of an image. */
    public static byte[] png(WritableImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Completes (on the FX thread) once every mesh and texture of the current model is built, loaded and shown; a
     * headless renderer waits for it before taking a snapshot.
     */
    public CompletableFuture<Void> whenIdle() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        PreviewResources.fx(() -> {
            if (getSkin() instanceof ProductPreviewSkin s) {
                s.whenIdle(f);
            } else {
                f.complete(null);
            }
        });
        return f;
    }

    PreviewView takePendingView() {
        return pendingView;
    }

    void setBusy(boolean b) {
        busy.set(b);
    }

    void setLastUpdate(PreviewStats stats) {
        lastUpdate.set(stats);
    }

    private void updateAccessibleText() {
        PreviewModel m = getModel();
        ResourceBundle b = ResourceBundle.getBundle("dev.atelier.preview.messages", getLocale());
        setAccessibleText(MessageFormat.format(b.getString("preview.accessible"),
                m == null ? "" : m.description()));
    }

    // ------------------------------------------------------------------------------------------ properties

    /** What to show; never null (an empty model shows nothing). */
    public final ObjectProperty<PreviewModel> modelProperty() {
        return model;
    }

    public final PreviewModel getModel() {
        return model.get();
    }

    public final void setModel(PreviewModel m) {
        model.set(m == null ? PreviewModel.empty() : m);
    }

    /** Whether parts are moved apart (animated). */
    public final BooleanProperty explodedProperty() {
        return exploded;
    }

    public final boolean isExploded() {
        return exploded.get();
    }

    public final void setExploded(boolean b) {
        exploded.set(b);
    }

    /** Whether width, height and depth are drawn beside the product, in the product's unit. */
    public final BooleanProperty dimensionsVisibleProperty() {
        return dimensionsVisible;
    }

    public final boolean isDimensionsVisible() {
        return dimensionsVisible.get();
    }

    public final void setDimensionsVisible(boolean b) {
        dimensionsVisible.set(b);
    }

    /** The component instance whose parts glow ({@code section[2]}); null for none, "" for the whole product. */
    public final StringProperty highlightedPathProperty() {
        return highlightedPath;
    }

    public final String getHighlightedPath() {
        return highlightedPath.get();
    }

    public final void setHighlightedPath(String path) {
        highlightedPath.set(path);
    }

    /** Whether the small view toolbar is shown. */
    public final BooleanProperty toolbarVisibleProperty() {
        return toolbarVisible;
    }

    public final boolean isToolbarVisible() {
        return toolbarVisible.get();
    }

    public final void setToolbarVisible(boolean b) {
        toolbarVisible.set(b);
    }

    /** Whether the floor and the contact shadow are drawn (off for cut-out product pictures). */
    public final BooleanProperty groundVisibleProperty() {
        return groundVisible;
    }

    public final boolean isGroundVisible() {
        return groundVisible.get();
    }

    public final void setGroundVisible(boolean b) {
        groundVisible.set(b);
    }

    /** Whether camera moves, explosions and part changes are animated (off for headless rendering). */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean b) {
        animated.set(b);
    }

    /** Language of the toolbar and the dimension labels' number format. */
    public final ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public final Locale getLocale() {
        return locale.get();
    }

    public final void setLocale(Locale l) {
        locale.set(l == null ? Locale.getDefault() : l);
    }

    /** Whether meshes or textures of the current model are still being built or loaded. */
    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public final boolean isBusy() {
        return busy.get();
    }

    /** Cost and effect of the latest model update (a frame-time probe). */
    public final ReadOnlyObjectProperty<PreviewStats> lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    public final PreviewStats getLastUpdate() {
        return lastUpdate.get();
    }
}
