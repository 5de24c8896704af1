// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Step;
import dev.atelier.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The guided configurator: step indicator on top, the large 3D preview and the step's choices side by side
 * (stacked in portrait), and the price bar with undo, redo, start over, "finish for me", snapshots and the way to
 * the review at the bottom.
 */
final class ConfiguratorView implements ScreenView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");

    private final KioskViewModel kiosk;
    private final ConfiguratorViewModel vm;
    private final Overlays overlays;
    private final Messages texts;
    private final BorderPane root = new BorderPane();
    private final PreviewFrame preview;
    private final StepItemsPane itemsPane;
    private final HBox stepBar = new HBox();
    private final HBox tabs = new HBox();
    private final Label stepTitle = Ui.text("", "step-title");
    private final Label stepCount = Ui.text("", "step-count");
    private final Label total = Ui.text("", "price-total");
    private final Label totalNote = Ui.text("", "price-note");
    private final VBox notes = new VBox();
    private final HBox snapshotChips = new HBox();
    private final Button next;
    private final Button back;
    private final HBox body = new HBox();
    private final VBox bodyPortrait = new VBox();
    private final StackPane previewPane;
    private final VBox panel;
    private final List<Runnable> cleanup = new ArrayList<>();
    private final VBox priceBar = new VBox(10);
    private Node barPrice;
    private Node barActions;
    private Node barSnaps;
    private Node barReview;
    private RepairPanel repairPanel;
    private ComparePanel comparePanel;

    ConfiguratorView(KioskViewModel kiosk, ConfiguratorViewModel vm, Overlays overlays) {
        this.kiosk = kiosk;
        this.vm = vm;
        this.overlays = overlays;
        this.texts = kiosk.words().texts();
        root.getStyleClass().add("configurator");
        root.setId("configurator");

        // ---- create parts
        preview = new PreviewFrame(kiosk.preview(), true, vm.previewProperty());
        Label productName = Ui.text(vm.product().label(kiosk.i18n().getLocale()), "preview-title");
        // Bottom left: the preview's own toolbar sits at the top.
        StackPane.setAlignment(productName, Pos.BOTTOM_LEFT);
        previewPane = new StackPane(preview, productName);
        previewPane.getStyleClass().add("preview-pane");
        previewPane.setId("preview-pane");

        itemsPane = new StepItemsPane(vm, texts, kiosk.i18n()::getLocale);
        ScrollPane scroll = new ScrollPane(itemsPane);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("items-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        tabs.getStyleClass().add("instance-tabs");
        notes.getStyleClass().add("restore-notes");
        notes.setId("restore-notes");

        back = Ui.button(texts, "step-back", "nav.back", Material2AL.ARROW_BACK, this::back, "nav-back");
        next = Ui.button(texts, "step-next", "nav.next", Material2AL.ARROW_FORWARD, this::next, "accent-dark");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        HBox nav = new HBox(12, back, Ui.grow(), next);
        nav.getStyleClass().add("step-nav");
        VBox heading = new VBox(2, stepCount, stepTitle);
        panel = new VBox(14, heading, tabs, notes, scroll, nav);
        panel.getStyleClass().add("step-panel");

        stepBar.getStyleClass().add("step-bar");
        stepBar.setId("step-bar");

        // ---- lay out
        HBox.setHgrow(previewPane, Priority.ALWAYS);
        body.getStyleClass().add("configurator-body");
        root.setTop(stepBar);
        root.setBottom(priceBar());
        layout(false);

        // ---- bind
        listen(vm.stepIndexProperty(), o -> updateStep());
        listen(vm.instanceProperty(), o -> updateTabs());
        ListChangeListener<String> tabsListener = c -> updateTabs();
        vm.instances().addListener(tabsListener);
        cleanup.add(() -> vm.instances().removeListener(tabsListener));
        listen(vm.quoteProperty(), o -> updatePrice());
        listen(vm.shownTapProperty(), o -> time(vm.shownTapProperty().get()));
        listen(kiosk.i18n().localeProperty(), o -> {
            productName.setText(vm.product().label(kiosk.i18n().getLocale()));
            updateStep();
            updatePrice();
            itemsPane.update();
            updateSnapshots();
        });
        listen(vm.proposalProperty(), o -> updateProposal());
        listen(vm.comparisonProperty(), o -> updateComparison());
        ListChangeListener<DesignSnapshot> snapshotsListener = c -> updateSnapshots();
        vm.snapshots().addListener(snapshotsListener);
        cleanup.add(() -> vm.snapshots().removeListener(snapshotsListener));
        ListChangeListener<String> notesListener = c -> updateNotes();
        kiosk.restoreNotes().addListener(notesListener);
        cleanup.add(() -> kiosk.restoreNotes().removeListener(notesListener));
        InvalidationListener resize = o -> layout(root.getHeight() > root.getWidth() * 1.05);
        root.widthProperty().addListener(resize);
        root.heightProperty().addListener(resize);
        updateStep();
        updatePrice();
        updateSnapshots();
        updateNotes();
    }

    /**
     * Times a tap whose result was just applied: once the frame showing tiles and price is laid out, and once the
     * 3D view has attached every new mesh and that frame is laid out too.
     */
    private void time(TapLatency.Tap tap) {
        Scene scene = root.getScene();
        if (scene == null || tap == null) {
            return;
        }
        long appliedAt = System.nanoTime();
        watchFrames(scene);
        long tappedAt = tap.tappedAt();
        TapLatency latency = kiosk.tapLatency();
        latency.computed().record(tap.computedAt() - tappedAt);
        PreviewPort.Viewer viewer = preview.viewer();
        afterLayout(scene, () -> {
            long now = System.nanoTime();
            latency.shown().record(now - tappedAt);
            if (framesBegun > 0) {
                recordFrame(latency, tappedAt, appliedAt, now);
            }
            if (!viewer.busy().get()) {
                latency.drawn().record(now - tappedAt);
                return;
            }
            viewer.busy().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (!viewer.busy().get()) {
                        viewer.busy().removeListener(this);
                        afterLayout(scene, () -> latency.drawn().record(System.nanoTime() - tappedAt));
                    }
                }
            });
        });
    }

    /** When the last frames began (before their CSS and layout), for {@link #time}; FX thread. */
    private final long[] frameStarts = new long[4];
    private long framesBegun;
    private Scene watched;

    /**
     * The tap's work (until its result was applied, plus this frame's CSS and layout) and how many frames began
     * between the tap and this one; called after the layout of the frame that shows the tap.
     */
    private void recordFrame(TapLatency latency, long tappedAt, long appliedAt, long now) {
        long frameBegan = frameStarts[(int) ((framesBegun - 1) % frameStarts.length)];
        latency.work().record(appliedAt - tappedAt + now - frameBegan);
        int earlier = 0;
        for (int i = 2; i <= Math.min(framesBegun, frameStarts.length); i++) {
            if (frameStarts[(int) ((framesBegun - i) % frameStarts.length)] > tappedAt) {
                earlier++;
            }
        }
        latency.recordFrame(earlier);
    }

    private void watchFrames(Scene scene) {
        if (watched == scene) {
            return;
        }
        Runnable began = () -> frameStarts[(int) (framesBegun++ % frameStarts.length)] = System.nanoTime();
        scene.addPreLayoutPulseListener(began);
        cleanup.add(() -> scene.removePreLayoutPulseListener(began));
        watched = scene;
    }

    private static void afterLayout(Scene scene, Runnable r) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                r.run();
            }
        });
        Platform.requestNextPulse();
    }

    private void listen(Observable o, InvalidationListener l) {
        o.addListener(l);
        cleanup.add(() -> o.removeListener(l));
    }

    private boolean portrait;

    private void layout(boolean portraitNow) {
        if (root.getCenter() != null && portraitNow == portrait) {
            return;
        }
        portrait = portraitNow;
        root.pseudoClassStateChanged(PORTRAIT, portrait);
        arrangePriceBar(portrait);
        body.getChildren().clear();
        bodyPortrait.getChildren().clear();
        if (portrait) {
            VBox.setVgrow(panel, Priority.ALWAYS);
            previewPane.prefHeightProperty().bind(root.heightProperty().multiply(0.42));
            bodyPortrait.getChildren().addAll(previewPane, panel);
            bodyPortrait.getStyleClass().setAll("configurator-body", "portrait");
            root.setCenter(bodyPortrait);
        } else {
            previewPane.prefHeightProperty().unbind();
            previewPane.setPrefHeight(-1);
            panel.prefWidthProperty().bind(root.widthProperty().multiply(0.40));
            body.getChildren().addAll(previewPane, panel);
            root.setCenter(body);
        }
    }

    private VBox priceBar() {
        total.setId("price-total");
        VBox price = new VBox(0, Ui.label(texts, "price.yours", "price-caption"), total, totalNote);
        price.getStyleClass().add("price-block");
        Button undo = Ui.iconButton(texts, "undo", "action.undo", Material2MZ.UNDO, vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = Ui.iconButton(texts, "redo", "action.redo", Material2MZ.REDO, vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button startOver = Ui.button(texts, "start-over", "action.startOver", Material2MZ.REFRESH, vm::startOver,
                "flat");
        Button finish = Ui.button(texts, "finish-for-me", "action.finish", Material2AL.AUTORENEW,
                vm::finishForMe, "flat");
        Button keep = Ui.button(texts, "snapshot-take", "snapshot.take", Material2AL.BOOKMARK_BORDER, () -> {
            vm.takeSnapshot();
        }, "flat");
        snapshotChips.getStyleClass().add("snapshot-chips");
        snapshotChips.setAlignment(Pos.CENTER_LEFT);
        Button review = Ui.button(texts, "to-review", "action.review", Material2AL.ARROW_FORWARD, kiosk::review,
                "accent-dark");
        review.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        HBox actions = new HBox(8, undo, redo, startOver, finish);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("bar-actions");
        HBox snaps = new HBox(8, keep, snapshotChips);
        snaps.setAlignment(Pos.CENTER_LEFT);
        barPrice = price;
        barActions = actions;
        barSnaps = snaps;
        barReview = review;
        priceBar.getStyleClass().add("price-bar");
        priceBar.setId("price-bar");
        arrangePriceBar(false);
        return priceBar;
    }

    /**
     * One row in landscape; in portrait (1080 px wide) the labelled actions do not fit beside the price and the
     * review button, so they get a second row instead of being cut to "Finish f…".
     */
    private void arrangePriceBar(boolean twoRows) {
        HBox first = new HBox(20);
        first.setAlignment(Pos.CENTER_LEFT);
        if (twoRows) {
            HBox second = new HBox(20, barActions, Ui.grow(), barSnaps);
            second.setAlignment(Pos.CENTER_LEFT);
            first.getChildren().setAll(barPrice, Ui.grow(), barReview);
            priceBar.getChildren().setAll(first, second);
        } else {
            first.getChildren().setAll(barPrice, barActions, Ui.grow(), barSnaps, barReview);
            priceBar.getChildren().setAll(first);
        }
    }

    private void back() {
        if (!vm.previousStep()) {
            kiosk.toGallery();
        }
    }

    private void next() {
        if (!vm.nextStep()) {
            kiosk.review();
        }
    }

    private void updateStep() {
        Locale l = kiosk.i18n().getLocale();
        List<Step> steps = vm.steps();
        int current = vm.stepIndexProperty().get();
        stepTitle.setText(steps.get(current).label().get(l));
        stepCount.setText(texts.get("step.count", current + 1, steps.size()));
        List<Node> chips = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            Button chip = new Button((i + 1) + "  " + steps.get(i).label().get(l));
            chip.setId("step-" + steps.get(i).id());
            chip.getStyleClass().add("step-chip");
            chip.pseudoClassStateChanged(CURRENT, i == current);
            chip.setAccessibleText(texts.get("step.accessible", i + 1, steps.size(), steps.get(i).label().get(l)));
            chip.setOnAction(e -> vm.goToStep(index));
            chip.setMinHeight(48);
            chips.add(chip);
        }
        Button review = new Button((steps.size() + 1) + "  " + texts.get("step.review"));
        review.setId("step-review");
        review.getStyleClass().add("step-chip");
        review.setOnAction(e -> kiosk.review());
        review.setMinHeight(48);
        chips.add(review);
        stepBar.getChildren().setAll(chips);
        Ui.caption(back, texts.get(current == 0 ? "nav.products" : "nav.back"));
        Ui.caption(next, texts.get(current + 1 >= steps.size() ? "nav.review" : "nav.next"));
        updateTabs();
    }

    private void updateTabs() {
        List<Node> nodes = new ArrayList<>();
        for (String path : vm.instances()) {
            Button tab = new Button(vm.instanceLabel(path));
            tab.setId("tab-" + path.replace("[", "").replace("]", "").replace('.', '-'));
            tab.getStyleClass().add("instance-tab");
            tab.pseudoClassStateChanged(CURRENT, path.equals(vm.instanceProperty().get()));
            tab.setOnAction(e -> vm.selectInstance(path));
            tab.setMinHeight(48);
            nodes.add(tab);
        }
        tabs.getChildren().setAll(nodes);
        Ui.show(tabs, nodes.size() > 1);
    }

    private void updatePrice() {
        Quote q = vm.quoteProperty().get();
        Locale l = kiosk.i18n().getLocale();
        if (q == null) {
            total.setText(texts.get("price.unknown"));
            totalNote.setText("");
            return;
        }
        total.setText(KioskWords.money(q.total(), q.currency(), l));
        totalNote.setText(texts.get(q.taxIncluded() ? "price.inclTax" : "price.exclTax"));
        total.setAccessibleText(texts.get("price.accessible", total.getText()));
    }

    private void updateSnapshots() {
        List<Node> chips = new ArrayList<>();
        List<DesignSnapshot> list = vm.snapshots();
        for (DesignSnapshot s : list) {
            Button chip = new Button(s.name());
            chip.setId("snapshot-" + s.name());
            chip.getStyleClass().add("snapshot-chip");
            chip.setAccessibleText(texts.get("snapshot.restore", s.name()));
            chip.setOnAction(e -> vm.restoreSnapshot(s));
            chip.setMinSize(48, 48);
            chips.add(chip);
        }
        if (list.size() >= 2) {
            Button compare = Ui.button(texts, "snapshot-compare", "snapshot.compare", Material2MZ.VIEW_COLUMN,
                    () -> vm.compare(list.get(list.size() - 2), list.get(list.size() - 1)), "flat");
            chips.add(compare);
        }
        snapshotChips.getChildren().setAll(chips);
    }

    private void updateNotes() {
        notes.getChildren().clear();
        for (String n : kiosk.restoreNotes()) {
            notes.getChildren().add(Ui.text(n, "restore-note"));
        }
        if (!kiosk.restoreNotes().isEmpty()) {
            Button ok = Ui.button(texts, "notes-ok", "restore.ok", Material2AL.CHECK,
                    () -> kiosk.restoreNotes().clear(), "flat");
            notes.getChildren().add(ok);
        }
        Ui.show(notes, !kiosk.restoreNotes().isEmpty());
    }

    private void updateProposal() {
        ChangeProposal p = vm.proposalProperty().get();
        if (repairPanel != null) {
            overlays.hide(repairPanel);
            repairPanel.dispose();
            repairPanel = null;
        }
        if (p != null) {
            repairPanel = new RepairPanel(kiosk, vm, p);
            overlays.show(repairPanel, vm::dismissProposal);
        }
    }

    private void updateComparison() {
        ConfiguratorViewModel.Comparison c = vm.comparisonProperty().get();
        if (comparePanel != null) {
            overlays.hide(comparePanel);
            comparePanel.dispose();
            comparePanel = null;
        }
        if (c != null) {
            comparePanel = new ComparePanel(kiosk, vm, c);
            overlays.show(comparePanel, vm::closeComparison);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        cleanup.forEach(Runnable::run);
        cleanup.clear();
        itemsPane.dispose();
        preview.dispose();
        if (repairPanel != null) {
            overlays.hide(repairPanel);
            repairPanel.dispose();
        }
        if (comparePanel != null) {
            overlays.hide(comparePanel);
            comparePanel.dispose();
        }
    }
}
