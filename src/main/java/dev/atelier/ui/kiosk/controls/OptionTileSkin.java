// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    private final Circle swatch = new Circle(26);
    private final ImageView picture = new ImageView();
    private final Label label = new Label();
    private final Label detail = new Label();
    private final Label price = new Label();
    private final Label hint = new Label();
    private final Label reason = new Label();
    private final StackPane badge = new StackPane();
    private final StackPane root;

    public OptionTileSkin(OptionTile tile) {
        super(tile);
        visual.getStyleClass().add("tile-visual");
        swatch.getStyleClass().add("swatch");
        picture.getStyleClass().add("picture");
        picture.setPreserveRatio(true);
        picture.setFitHeight(72);
        picture.setFitWidth(120);
        picture.setSmooth(true);
        visual.getChildren().addAll(swatch, picture);

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
        reason.getStyleClass().add("tile-reason");
        reason.setWrapText(true);
        reason.setMaxWidth(Double.MAX_VALUE);

        FontIcon check = new FontIcon(Material2AL.CHECK);
        badge.getStyleClass().add("tile-badge");
        badge.getChildren().add(check);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox foot = new HBox(6, price, grow);
        foot.getStyleClass().add("tile-foot");
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(visual, label, detail, foot, hint);
        content.getStyleClass().add("tile-content");
        StackPane.setAlignment(reason, Pos.BOTTOM_CENTER);
        root = new StackPane(content, badge, reason);
        root.getStyleClass().add("tile-root");
        getChildren().add(root);

        label.textProperty().bind(tile.labelProperty());
        detail.textProperty().bind(tile.detailProperty());
        price.textProperty().bind(tile.priceTextProperty());
        hint.textProperty().bind(tile.hintProperty());
        reason.textProperty().bind(tile.reasonProperty());
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
        picture.setImage(tile.imageProperty().get());
        show(picture, hasImage);
        if (hasSwatch) {
            swatch.setFill(tile.swatchProperty().get());
        }
        show(swatch, hasSwatch);
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
        show(reason, tile.reasonShowingProperty().get());
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
        reason.textProperty().unbind();
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
