// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The default skin of {@link OptionTile}: visual (swatch or picture), label, detail, price difference, a check
 * badge when selected, a hint when the value needs changes, and the reason of an impossible value. All its
 * listeners and bindings are removed in {@link #dispose()}.
 */
public class OptionTileSkin extends SkinBase<OptionTile> {

    private double measuredWidth = Double.NaN;
    private double measuredHeight;
    private final StackPane visual = new StackPane();
    /** Made when first needed: every node of a tile is styled again when its state changes on a tap. */
    private Circle swatch;
    private ImageView picture;
    private final Label label = new Label();
    private final Label detail = new Label();
    private final Label price = new Label();
    private final Label hint = new Label();
    /** Made when first shown (a long press on an impossible value). */
    private Label reason;
    private final StackPane badge = new StackPane();
    private final StackPane root;

    public OptionTileSkin(OptionTile tile) {
        super(tile);
        visual.getStyleClass().add("tile-visual");

        label.getStyleClass().add("tile-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        price.getStyleClass().add("tile-price");
        hint.getStyleClass().add("tile-hint");
        hint.setGraphic(new FontIcon(Material2MZ.SYNC_ALT));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        FontIcon check = new FontIcon(Material2AL.CHECK);
        badge.getStyleClass().add("tile-badge");
        badge.getChildren().add(check);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);

        VBox content = new VBox(visual, label, detail, price, hint);
        content.getStyleClass().add("tile-content");
        root = new StackPane(content, badge);
        root.getStyleClass().add("tile-root");
        getChildren().add(root);

        label.textProperty().bind(tile.labelProperty());
        detail.textProperty().bind(tile.detailProperty());
        price.textProperty().bind(tile.priceTextProperty());
        hint.textProperty().bind(tile.hintProperty());
        registerChangeListener(tile.swatchProperty(), o -> updateVisual());
        registerChangeListener(tile.imageProperty(), o -> updateVisual());
        registerChangeListener(tile.detailProperty(), o -> updateTexts());
        registerChangeListener(tile.priceTextProperty(), o -> updateTexts());
        registerChangeListener(tile.hintProperty(), o -> updateTexts());
        registerChangeListener(tile.selectedProperty(), o -> updateTexts());
        registerChangeListener(tile.toggleProperty(), o -> updateTexts());
        registerChangeListener(tile.stateProperty(), o -> updateTexts());
        registerChangeListener(tile.reasonShowingProperty(), o -> updateTexts());
        updateVisual();
        updateTexts();
    }

    private void updateVisual() {
        OptionTile tile = getSkinnable();
        boolean hasImage = tile.imageProperty().get() != null;
        boolean hasSwatch = !hasImage && tile.swatchProperty().get() != null;
        if (hasImage && picture == null) {
            picture = new ImageView();
            picture.getStyleClass().add("picture");
            picture.setPreserveRatio(true);
            picture.setFitHeight(72);
            picture.setFitWidth(120);
            picture.setSmooth(true);
            visual.getChildren().add(picture);
        }
        if (picture != null) {
            picture.setImage(tile.imageProperty().get());
            show(picture, hasImage);
        }
        if (hasSwatch && swatch == null) {
            swatch = new Circle(26);
            swatch.getStyleClass().add("swatch");
            visual.getChildren().add(0, swatch);
        }
        if (swatch != null) {
            if (hasSwatch) {
                swatch.setFill(tile.swatchProperty().get());
            }
            show(swatch, hasSwatch);
        }
        show(visual, hasImage || hasSwatch);
    }

    private void updateTexts() {
        OptionTile tile = getSkinnable();
        show(detail, !tile.detailProperty().get().isEmpty());
        show(price, !tile.getPriceText().isEmpty());
        show(hint, !tile.hintProperty().get().isEmpty()
                && tile.getState() == dev.atelier.domain.rules.engine.ValueState.NEEDS_CHANGE);
        show(badge, tile.isSelected() || tile.toggleProperty().get());
        badge.getChildren().get(0).setVisible(tile.isSelected());
        boolean reasonShowing = tile.reasonShowingProperty().get();
        if (reasonShowing && reason == null) {
            reason = new Label();
            reason.getStyleClass().add("tile-reason");
            reason.setWrapText(true);
            reason.setMaxWidth(Double.MAX_VALUE);
            reason.textProperty().bind(tile.reasonProperty());
            StackPane.setAlignment(reason, Pos.BOTTOM_CENTER);
            root.getChildren().add(reason);
        }
        if (reason != null) {
            show(reason, reasonShowing);
        }
    }

    /**
     * Wrapped labels need the width: without one, measure at the tile's preferred width. A flow of tiles asks each
     * tile for its height at the same width many times per layout pass, and measuring wrapped text is the costly
     * part of a tap's frame: the answer is kept until the tile next requests layout (any change of text, state or
     * style does), as {@link javafx.scene.Parent} keeps its own preferred sizes.
     */
    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        double w = width >= 0 ? width : getSkinnable().prefWidth(-1);
        double inner = Math.max(0, w - leftInset - rightInset);
        if (inner != measuredWidth) {
            measuredHeight = root.prefHeight(inner);
            measuredWidth = inner;
        }
        return topInset + measuredHeight + bottomInset;
    }

    /** Forgets the measured height (called when the tile requests layout). */
    void forgetMeasurements() {
        measuredWidth = Double.NaN;
    }

    @Override
    protected double computeMinHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return computePrefHeight(width, topInset, rightInset, bottomInset, leftInset);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @Override
    public void dispose() {
        OptionTile tile = getSkinnable();
        if (tile == null) {
            return;
        }
        label.textProperty().unbind();
        detail.textProperty().unbind();
        price.textProperty().unbind();
        hint.textProperty().unbind();
        if (reason != null) {
            reason.textProperty().unbind();
        }
        unregisterChangeListeners(tile.swatchProperty());
        unregisterChangeListeners(tile.imageProperty());
        unregisterChangeListeners(tile.detailProperty());
        unregisterChangeListeners(tile.priceTextProperty());
        unregisterChangeListeners(tile.hintProperty());
        unregisterChangeListeners(tile.selectedProperty());
        unregisterChangeListeners(tile.toggleProperty());
        unregisterChangeListeners(tile.stateProperty());
        unregisterChangeListeners(tile.reasonShowingProperty());
        super.dispose();
    }
}
