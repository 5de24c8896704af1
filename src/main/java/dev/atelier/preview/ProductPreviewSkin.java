// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.preview.model.Bounds;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.RotateEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.transform.Rotate;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The skin of {@link ProductPreview}: a depth-buffered, antialiased {@link SubScene} with the studio, the product's
 * part nodes and the dimension lines, a 2D overlay for dimension labels and the optional toolbar. It diffs each new
 * model against the shown one by part key and touches only what changed.
 */
final class ProductPreviewSkin extends SkinBase<ProductPreview> {

    private static final javafx.css.PseudoClass SNAPSHOT = javafx.css.PseudoClass.getPseudoClass("snapshot");

    private final PreviewResources resources;
    private final CameraRig rig = new CameraRig();
    private final Group world = new Group();
    private final Group opaque = new Group();
    private final Group transparent = new Group();
    private final Group root3d = new Group();
    private final SubScene subScene;
    private final Studio studio;
    private final Pane overlay = new Pane();
    private final Dimensions dimensions = new Dimensions(overlay);
    private final HBox toolbar = new HBox();
    private final List<ToggleButton> toggles = new ArrayList<>();
    private final Map<String, PartNode> nodes = new LinkedHashMap<>();
    private final DoubleProperty explodeFactor = new SimpleDoubleProperty(0);
    private final DoubleProperty pop = new SimpleDoubleProperty(1);
    private final List<PartNode> popping = new ArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> completions = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final InvalidationListener labelLayout = o -> dimensions.layoutLabels();
    private final EventHandler<MouseEvent> mouseHandler = this::mouse;
    private final EventHandler<ScrollEvent> scrollHandler = this::scroll;
    private final EventHandler<ZoomEvent> zoomHandler = this::zoomGesture;
    private final EventHandler<RotateEvent> rotateHandler = this::rotateGesture;
    private final EventHandler<KeyEvent> keyHandler = this::key;
    private PreviewModel shown = PreviewModel.empty();
    private Map<String, Vec3> explodeOffsets = Map.of();
    private Timeline explodeAnimation;
    private Timeline popAnimation;
    private long generation;
    private int pending;
    private boolean fitted;
    private boolean userMoved;
    private double dragX;
    private double dragY;
    private PreviewStats stats = PreviewStats.NONE;
    private PreviewView view;

    ProductPreviewSkin(ProductPreview control) {
        super(control);
        this.resources = control.resources();
        this.view = control.takePendingView();
        world.getTransforms().add(new Rotate(180, Rotate.X_AXIS));
        studio = new Studio(rig.lightMount());
        world.getChildren().addAll(studio.ground(), opaque, dimensions.lines(), transparent);
        root3d.getChildren().addAll(world, rig.root(), studio.ambient());
        subScene = new SubScene(root3d, 1, 1, true, control.getAntialiasing());
        subScene.setFill(Color.TRANSPARENT);
        subScene.setCamera(rig.camera());
        subScene.setManaged(false);
        overlay.getStyleClass().add("preview-overlay");
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        buildToolbar();
        getChildren().addAll(subScene, overlay, toolbar);

        registerChangeListener(control.modelProperty(), o -> apply(control.getModel()));
        registerChangeListener(control.explodedProperty(), o -> explode(control.isExploded()));
        registerChangeListener(control.dimensionsVisibleProperty(), o -> showDimensions());
        registerChangeListener(control.highlightedPathProperty(), o -> highlight());
        registerChangeListener(control.toolbarVisibleProperty(), o -> toolbar.setVisible(control.isToolbarVisible()));
        registerChangeListener(control.groundVisibleProperty(), o -> studio.setGroundVisible(groundShown()));
        registerChangeListener(control.localeProperty(), o -> {
            buildToolbar();
            dimensions.update(shown.bounds(), shown.unit(), control.getLocale());
        });
        explodeFactor.addListener(o -> applyExplode());
        pop.addListener(o -> applyPop());
        for (DoubleProperty p : List.of(rig.yaw, rig.pitch, rig.distance, rig.targetX, rig.targetY, rig.targetZ)) {
            p.addListener(labelLayout);
        }
        control.addEventHandler(MouseEvent.ANY, mouseHandler);
        control.addEventHandler(ScrollEvent.SCROLL, scrollHandler);
        control.addEventHandler(ZoomEvent.ZOOM, zoomHandler);
        control.addEventHandler(RotateEvent.ROTATE, rotateHandler);
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        toolbar.setVisible(control.isToolbarVisible());
        apply(control.getModel());
        studio.setGroundVisible(groundShown());
        showDimensions();
        if (control.isExploded()) {
            explode(true);
        }
    }

    CameraRig rig() {
        return rig;
    }

    @Override
    public void dispose() {
        ProductPreview control = getSkinnable();
        if (control == null) {
            return;
        }
        control.removeEventHandler(MouseEvent.ANY, mouseHandler);
        control.removeEventHandler(ScrollEvent.SCROLL, scrollHandler);
        control.removeEventHandler(ZoomEvent.ZOOM, zoomHandler);
        control.removeEventHandler(RotateEvent.ROTATE, rotateHandler);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        unregisterChangeListeners(control.modelProperty());
        unregisterChangeListeners(control.explodedProperty());
        unregisterChangeListeners(control.dimensionsVisibleProperty());
        unregisterChangeListeners(control.highlightedPathProperty());
        unregisterChangeListeners(control.toolbarVisibleProperty());
        unregisterChangeListeners(control.groundVisibleProperty());
        unregisterChangeListeners(control.localeProperty());
        for (ToggleButton t : toggles) {
            t.selectedProperty().unbindBidirectional(control.explodedProperty());
            t.selectedProperty().unbindBidirectional(control.dimensionsVisibleProperty());
        }
        rig.stop();
        stopAnimations();
        generation++;
        super.dispose();
    }

    // ------------------------------------------------------------------------------------------ layout

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        subScene.setLayoutX(x);
        subScene.setLayoutY(y);
        subScene.setWidth(Math.max(1, w));
        subScene.setHeight(Math.max(1, h));
        overlay.resizeRelocate(x, y, w, h);
        double tw = toolbar.prefWidth(-1);
        double th = toolbar.prefHeight(-1);
        toolbar.resizeRelocate(x + w - tw, y, tw, th);
        if (!fitted && !shown.parts().isEmpty() && w > 1 && h > 1) {
            fitted = true;
            showView(view, false);
        }
        dimensions.layoutLabels();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 480;
    }

    private double aspect() {
        double w = subScene.getWidth();
        double h = subScene.getHeight();
        return w > 1 && h > 1 ? w / h : 4.0 / 3;
    }

    // ------------------------------------------------------------------------------------------ camera

    void showView(PreviewView v, boolean animated) {
        view = v;
        if (subScene.getWidth() <= 1 || shown.parts().isEmpty()) {
            fitted = false;
            return;
        }
        fitted = true;
        moveCamera(() -> rig.look(v.yaw(), v.pitch(), viewBounds(), aspect(), animated));
    }

    void fitToView(boolean animated) {
        moveCamera(() -> rig.look(rig.yaw.get(), rig.pitch.get(), viewBounds(), aspect(), animated));
    }

    private void moveCamera(Runnable r) {
        r.run();
        userMoved = false;
    }

    /** What a view should show: the product, exploded if it is. */
    private Bounds viewBounds() {
        Bounds b = shown.bounds();
        if (getSkinnable().isExploded()) {
            for (PreviewPart p : shown.parts()) {
                Vec3 off = explodeOffsets.getOrDefault(p.key(), Vec3.ZERO);
                Bounds pb = p.bounds();
                b = b.union(new Bounds(pb.min().plus(off), pb.max().plus(off)));
            }
        }
        if (getSkinnable().isDimensionsVisible() && !b.isEmpty()) {
            double gap = Math.max(60, Math.max(b.width(), Math.max(b.height(), b.depth())) * 0.05) * 1.6;
            b = new Bounds(b.min(), b.max().plus(new Vec3(gap, 0, gap)));
        }
        return b.isEmpty() ? new Bounds(new Vec3(-500, 0, -500), new Vec3(500, 1000, 500)) : b;
    }

    // ------------------------------------------------------------------------------------------ model updates

    /** Shows {@code next}: removes, adds, moves or rebuilds part nodes by comparing with the shown model. */
    void apply(PreviewModel next) {
        long t0 = System.nanoTime();
        long gen = ++generation;
        PreviewModel previous = shown;
        shown = next;
        Map<String, PreviewPart> wanted = next.partsByKey();
        int added = 0;
        int changed = 0;
        int moved = 0;
        int removed = 0;
        int kept = 0;
        for (Iterator<Map.Entry<String, PartNode>> it = nodes.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, PartNode> e = it.next();
            if (!wanted.containsKey(e.getKey())) {
                PartNode n = e.getValue();
                ((Group) n.getParent()).getChildren().remove(n);
                popping.remove(n);
                it.remove();
                removed++;
            }
        }
        pending = 0;
        String highlight = getSkinnable().getHighlightedPath();
        for (PreviewPart part : next.parts()) {
            PartNode node = nodes.get(part.key());
            if (node != null && node.part().equals(part)) {
                kept++;
                continue;
            }
            boolean fresh = node == null;
            if (!fresh && sameMeshAndMaterial(node.part(), part) && node.hasMesh()) {
                node.place(part);
                moved++;
                continue;
            }
            if (fresh) {
                node = new PartNode(part);
                node.setVisible(false);
                nodes.put(part.key(), node);
                added++;
            } else {
                node.place(part);
                changed++;
            }
            Group target = layer(part);
            if (node.getParent() != target) {
                if (node.getParent() != null) {
                    ((Group) node.getParent()).getChildren().remove(node);
                }
                target.getChildren().add(node);
            }
            CompletableFuture<PreviewResources.PartMesh> mesh = resources.mesh(part);
            boolean lit = isHighlighted(part, highlight);
            if (mesh.isDone()) {
                attach(node, part, mesh.getNow(null), lit, !fresh);
            } else {
                pending++;
                PartNode n = node;
                mesh.thenAccept(m -> completed(() -> {
                    if (gen == generation || n.part() == part) {
                        if (nodes.get(part.key()) == n && n.part() == part) {
                            attach(n, part, m, isHighlighted(part, getSkinnable().getHighlightedPath()), true);
                        }
                    }
                    if (gen == generation) {
                        pending--;
                        getSkinnable().setBusy(pending > 0);
                    }
                }));
            }
        }
        if (!previous.bounds().equals(next.bounds()) || !previous.productId().equals(next.productId())) {
            boundsChanged(previous, next);
        }
        explodeOffsets = Explosion.offsets(next);
        for (PartNode n : nodes.values()) {
            n.setExplodeOffset(explodeOffsets.getOrDefault(n.part().key(), Vec3.ZERO));
            n.explode(explodeFactor.get());
        }
        getSkinnable().setBusy(pending > 0);
        stats = new PreviewStats(System.nanoTime() - t0, 0, added, changed, moved, removed, kept);
        getSkinnable().setLastUpdate(stats);
    }

    private void boundsChanged(PreviewModel previous, PreviewModel next) {
        studio.fit(next.bounds());
        studio.setGroundVisible(groundShown());
        dimensions.update(next.bounds(), next.unit(), getSkinnable().getLocale());
        dimensions.setVisible(getSkinnable().isDimensionsVisible() && !next.parts().isEmpty());
        boolean newProduct = !previous.productId().equals(next.productId()) || previous.parts().isEmpty();
        if (newProduct) {
            fitted = false;
            getSkinnable().requestLayout();
        } else if (!userMoved && fitted) {
            fitToView(getSkinnable().isAnimated());
        }
    }

    private boolean groundShown() {
        return getSkinnable().isGroundVisible() && !shown.parts().isEmpty();
    }

    private static boolean sameMeshAndMaterial(PreviewPart a, PreviewPart b) {
        return PreviewResources.MeshKey.of(a).equals(PreviewResources.MeshKey.of(b))
                && a.material().equals(b.material()) && Objects.equals(a.text(), b.text())
                && a.shape() == b.shape();
    }

    private Group layer(PreviewPart p) {
        return p.material().transparent() || p.shape() == GeometryBinding.Shape.TEXT ? transparent : opaque;
    }

    private void attach(PartNode node, PreviewPart part, PreviewResources.PartMesh mesh, boolean lit,
                        boolean animate) {
        node.setMesh(mesh, materialOf(part, lit), resources.placeholderMaterial());
        node.setVisible(true);
        if (getSkinnable().isAnimated()) {
            startPop(node, animate ? 0.96 : 0.82);
        }
    }

    private PhongMaterial materialOf(PreviewPart part, boolean lit) {
        return part.shape() == GeometryBinding.Shape.TEXT ? resources.textMaterial(part, lit)
                : resources.material(part.material(), lit);
    }

    /** Runs a background completion on the FX thread, batching many into one pulse. */
    private void completed(Runnable r) {
        if (Platform.isFxApplicationThread() && completions.isEmpty()) {
            long t0 = System.nanoTime();
            r.run();
            addAttachTime(System.nanoTime() - t0);
            return;
        }
        completions.add(r);
        if (flushScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::flush);
        }
    }

    private void flush() {
        flushScheduled.set(false);
        long t0 = System.nanoTime();
        Runnable r;
        while ((r = completions.poll()) != null) {
            if (getSkinnable() != null) {
                r.run();
            }
        }
        if (getSkinnable() != null) {
            addAttachTime(System.nanoTime() - t0);
        }
    }

    private void addAttachTime(long nanos) {
        stats = stats.plusAttach(nanos);
        getSkinnable().setLastUpdate(stats);
    }

    // ------------------------------------------------------------------------------------------ transitions

    private void startPop(PartNode node, double from) {
        node.getProperties().put("pop-from", from);
        if (!popping.contains(node)) {
            popping.add(node);
        }
        if (popAnimation != null) {
            popAnimation.stop();
        }
        pop.set(0);
        popAnimation = new Timeline(new KeyFrame(Duration.millis(220),
                new KeyValue(pop, 1, Interpolator.EASE_OUT)));
        popAnimation.setOnFinished(e -> popping.clear());
        popAnimation.play();
    }

    private void applyPop() {
        double t = pop.get();
        for (PartNode n : popping) {
            double from = (Double) n.getProperties().getOrDefault("pop-from", 1.0);
            n.setPop(from + (1 - from) * t);
        }
    }

    private void explode(boolean on) {
        if (explodeAnimation != null) {
            explodeAnimation.stop();
        }
        double to = on ? 1 : 0;
        Runnable refit = () -> {
            if (!userMoved && fitted) {
                fitToView(getSkinnable().isAnimated());
            }
        };
        if (!getSkinnable().isAnimated()) {
            explodeFactor.set(to);
            refit.run();
            return;
        }
        explodeAnimation = new Timeline(new KeyFrame(Duration.millis(450),
                new KeyValue(explodeFactor, to, Interpolator.EASE_BOTH)));
        explodeAnimation.play();
        refit.run();
    }

    private void applyExplode() {
        double f = explodeFactor.get();
        for (PartNode n : nodes.values()) {
            n.explode(f);
        }
    }

    private void stopAnimations() {
        if (explodeAnimation != null) {
            explodeAnimation.stop();
        }
        if (popAnimation != null) {
            popAnimation.stop();
        }
        popping.clear();
    }

    // ------------------------------------------------------------------------------------------ highlight, dims

    private static boolean isHighlighted(PreviewPart part, String path) {
        return path != null && part.belongsTo(path);
    }

    private void highlight() {
        String path = getSkinnable().getHighlightedPath();
        for (PartNode n : nodes.values()) {
            if (n.hasMesh()) {
                n.setMaterial(materialOf(n.part(), isHighlighted(n.part(), path)));
            }
        }
    }

    private void showDimensions() {
        boolean on = getSkinnable().isDimensionsVisible();
        dimensions.update(shown.bounds(), shown.unit(), getSkinnable().getLocale());
        dimensions.setVisible(on && !shown.parts().isEmpty());
        if (fitted && !userMoved) {
            fitToView(getSkinnable().isAnimated());
        }
        dimensions.layoutLabels();
    }

    // ------------------------------------------------------------------------------------------ snapshot

    WritableImage snapshot(int width, int height) {
        ProductPreview c = getSkinnable();
        double ow = c.getWidth();
        double oh = c.getHeight();
        boolean toolbarWasVisible = toolbar.isVisible();
        toolbar.setVisible(false);
        c.pseudoClassStateChanged(SNAPSHOT, true);
        c.applyCss();
        boolean resize = ow != width || oh != height;
        if (resize) {
            c.resize(width, height);
            c.layout();
        }
        dimensions.layoutLabels();
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        WritableImage img = c.snapshot(p, new WritableImage(width, height));
        toolbar.setVisible(toolbarWasVisible);
        c.pseudoClassStateChanged(SNAPSHOT, false);
        if (resize) {
            c.resize(ow, oh);
            c.layout();
            dimensions.layoutLabels();
        }
        return img;
    }

    void whenIdle(CompletableFuture<Void> done) {
        if (pending == 0 && completions.isEmpty() && resources.idle()) {
            // one more pulse: textures loaded in the background are applied through runLater
            Platform.runLater(() -> Platform.runLater(() -> done.complete(null)));
            return;
        }
        PauseTransition wait = new PauseTransition(Duration.millis(15));
        wait.setOnFinished(e -> whenIdle(done));
        wait.play();
    }

    // ------------------------------------------------------------------------------------------ input

    private void mouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            userMoved = true;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            dragX = e.getX();
            dragY = e.getY();
            getSkinnable().requestFocus();
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && !e.isSynthesized()) {
            double dx = e.getX() - dragX;
            double dy = e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
                rig.orbit(dx * 0.4, dy * 0.3);
            } else {
                rig.pan(dx, dy, subScene.getHeight());
            }
            e.consume();
        }
    }

    private void scroll(ScrollEvent e) {
        userMoved = true;
        if (e.getTouchCount() > 0 || e.isDirect()) {
            rig.orbit(e.getDeltaX() * 0.3, e.getDeltaY() * 0.2);
        } else if (e.getDeltaY() != 0) {
            rig.zoom(Math.pow(1.0018, e.getDeltaY()));
        }
        e.consume();
    }

    private void zoomGesture(ZoomEvent e) {
        userMoved = true;
        if (e.getZoomFactor() > 0) {
            rig.zoom(e.getZoomFactor());
        }
        e.consume();
    }

    private void rotateGesture(RotateEvent e) {
        userMoved = true;
        rig.orbit(-e.getAngle(), 0);
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> rig.orbit(-5, 0);
            case RIGHT, KP_RIGHT -> rig.orbit(5, 0);
            case UP, KP_UP -> rig.orbit(0, 5);
            case DOWN, KP_DOWN -> rig.orbit(0, -5);
            case PLUS, ADD, EQUALS -> rig.zoom(1.15);
            case MINUS, SUBTRACT -> rig.zoom(1 / 1.15);
            case HOME -> showView(PreviewView.THREE_QUARTER, getSkinnable().isAnimated());
            default -> {
                return;
            }
        }
        userMoved = e.getCode() != javafx.scene.input.KeyCode.HOME;
        e.consume();
    }

    // ------------------------------------------------------------------------------------------ toolbar

    private void buildToolbar() {
        ProductPreview c = getSkinnable();
        for (ToggleButton t : toggles) {
            t.selectedProperty().unbindBidirectional(c.explodedProperty());
            t.selectedProperty().unbindBidirectional(c.dimensionsVisibleProperty());
        }
        toggles.clear();
        ResourceBundle b = ResourceBundle.getBundle("dev.atelier.preview.messages", c.getLocale());
        toolbar.getChildren().clear();
        toolbar.getStyleClass().setAll("preview-toolbar");
        toolbar.setAlignment(Pos.TOP_RIGHT);
        for (PreviewView v : PreviewView.values()) {
            Button button = new Button(b.getString("view." + v.id()));
            button.getStyleClass().add("view-button");
            button.setFocusTraversable(false);
            button.setOnAction(e -> c.showView(v));
            toolbar.getChildren().add(button);
        }
        Button fit = new Button(b.getString("view.fit"));
        fit.getStyleClass().add("view-button");
        fit.setFocusTraversable(false);
        fit.setOnAction(e -> c.fitToView());
        ToggleButton explode = new ToggleButton(b.getString("view.explode"));
        explode.selectedProperty().bindBidirectional(c.explodedProperty());
        ToggleButton dims = new ToggleButton(b.getString("view.dimensions"));
        dims.selectedProperty().bindBidirectional(c.dimensionsVisibleProperty());
        for (ToggleButton t : List.of(explode, dims)) {
            t.setFocusTraversable(false);
            t.setTooltip(new Tooltip(t.getText()));
            toggles.add(t);
        }
        toolbar.getChildren().addAll(fit, explode, dims);
    }

    /** Parts shown now, by key (tests). */
    Map<String, PartNode> nodes() {
        return new HashMap<>(nodes);
    }
}
