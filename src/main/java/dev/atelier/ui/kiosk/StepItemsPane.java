// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.kiosk.controls.OptionTile;
import dev.atelier.ui.kiosk.controls.ValueStepper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The items of the current step: tiles for choices, toggle tiles for many-of options, steppers for numbers and a
 * monogram input with an on-screen letter pad. Nodes are kept by item key (and tiles by value) for as long as the
 * pane lives, so neither a tap nor going back to a step rebuilds controls: new controls cost a skin and a full CSS
 * match each, which on a kiosk's CPU is most of a frame. CSS: {@code .step-items}, {@code .step-item}, {@code .item-title}, {@code .tiles}.
 */
final class StepItemsPane extends VBox {

    private final ConfiguratorViewModel vm;
    private final Messages texts;
    private final Supplier<Locale> locale;
    private final Map<String, Image> images = new HashMap<>();
    private final Map<String, Color> swatches = new HashMap<>();
    private final ListChangeListener<StepItem> listener = c -> update();
    private final List<ItemNode> nodes = new ArrayList<>();
    /** Every item node made so far, shown or not, by item key. */
    private final Map<String, ItemNode> made = new HashMap<>();

    StepItemsPane(ConfiguratorViewModel vm, Messages texts, Supplier<Locale> locale) {
        this.vm = vm;
        this.texts = texts;
        this.locale = locale;
        getStyleClass().add("step-items");
        vm.items().addListener(listener);
        update();
    }

    void dispose() {
        vm.items().removeListener(listener);
    }

    void update() {
        List<StepItem> items = vm.items();
        boolean same = items.size() == nodes.size();
        for (int i = 0; same && i < items.size(); i++) {
            same = nodes.get(i).accepts(items.get(i));
        }
        if (!same) {
            nodes.clear();
            for (StepItem item : items) {
                ItemNode node = made.get(item.key());
                if (node == null || !node.accepts(item)) {
                    node = create(item);
                    made.put(item.key(), node);
                }
                nodes.add(node);
            }
            Ui.syncChildren(getChildren(), nodes.stream().map(ItemNode::node).toList());
        }
        for (int i = 0; i < items.size(); i++) {
            nodes.get(i).update(items.get(i));
        }
    }

    private ItemNode create(StepItem item) {
        if (item instanceof StepItem.Choice || item instanceof StepItem.Toggles) {
            return new TilesNode(item);
        }
        if (item instanceof StepItem.Numeric n) {
            return new NumericNode(n);
        }
        return new TextNode((StepItem.Text) item);
    }

    private interface ItemNode {
        Node node();

        boolean accepts(StepItem item);

        void update(StepItem item);
    }

    private static VBox block(String key, Label title, Node body) {
        VBox box = new VBox(10, title, body);
        box.getStyleClass().add("step-item");
        box.setId("item-" + key);
        return box;
    }

    // ---------------------------------------------------------------------------------------------- tiles

    private final class TilesNode implements ItemNode {
        private final String key;
        private final Label title = Ui.text("", "item-title");
        private final FlowPane flow = new FlowPane(12, 12);
        private final VBox box;
        private final Map<String, OptionTile> tiles = new HashMap<>();
        private List<String> tileKeys = List.of();

        TilesNode(StepItem item) {
            this.key = item.key();
            flow.getStyleClass().add("tiles");
            box = block(key, title, flow);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public boolean accepts(StepItem item) {
            return (item instanceof StepItem.Choice || item instanceof StepItem.Toggles) && item.key().equals(key);
        }

        @Override
        public void update(StepItem item) {
            title.setText(item.title());
            List<StepItem.Tile> list = item instanceof StepItem.Choice c ? c.tiles() : ((StepItem.Toggles) item).tiles();
            boolean toggles = item instanceof StepItem.Toggles;
            List<String> keys = list.stream().map(t -> t.variableId() + "=" + (toggles ? "" : t.value())).toList();
            if (!keys.equals(tileKeys)) {
                // Tiles are kept by key: values that come back (after a change elsewhere) reuse their tile.
                List<Node> children = new ArrayList<>();
                for (String k : keys) {
                    OptionTile tile = tiles.get(k);
                    if (tile == null || tile.toggleProperty().get() != toggles) {
                        tile = new OptionTile();
                        tile.setToggle(toggles);
                        tile.setId("tile-" + k.replace('=', '-').replace("[", "").replace("]", "").replace('.', '-'));
                        tiles.put(k, tile);
                    }
                    children.add(tile);
                }
                Ui.syncChildren(flow.getChildren(), children);
                tileKeys = keys;
            }
            for (int i = 0; i < list.size(); i++) {
                StepItem.Tile t = list.get(i);
                OptionTile tile = tiles.get(keys.get(i));
                fill(tile, t, item.title());
            }
        }
    }

    private void fill(OptionTile tile, StepItem.Tile t, String itemTitle) {
        Locale l = locale.get();
        tile.setLabel(t.label());
        tile.setDetail(t.detail());
        // One Color per swatch: a property holding an equal but new Color would still redraw the tile each tap.
        tile.setSwatch(t.swatch() == null ? null : swatches.computeIfAbsent(t.swatch(), Color::web));
        tile.setImage(t.imageUrl() == null ? null : images.computeIfAbsent(t.imageUrl(),
                url -> new Image(url, 240, 144, true, true, true)));
        tile.setState(t.state());
        tile.setSelected(t.selected());
        tile.setSuggested(t.suggested());
        Quote q = vm.quoteProperty().get();
        boolean showDelta = t.delta() != null && q != null && !(t.selected() && !tile.toggleProperty().get());
        tile.setPriceText(showDelta ? KioskWords.delta(t.delta(), q.currency(), l) : "");
        tile.setHint(t.state() == ValueState.NEEDS_CHANGE ? texts.get("tile.needsChange") : "");
        String stateWord = texts.get(t.selected() ? "tile.state.selected" : switch (t.state()) {
            case AVAILABLE -> t.suggested() ? "tile.state.suggested" : "tile.state.available";
            case NEEDS_CHANGE -> "tile.state.needsChange";
            case IMPOSSIBLE -> "tile.state.impossible";
        });
        tile.setAccessibleHelp(itemTitle + ". " + stateWord + (tile.getPriceText().isEmpty() ? ""
                : ". " + tile.getPriceText()));
        tile.setOnAction(e -> vm.tap(t));
    }

    // ---------------------------------------------------------------------------------------------- numbers

    private final class NumericNode implements ItemNode {
        private final String key;
        private final Label title = Ui.text("", "item-title");
        private final ValueStepper stepper = new ValueStepper();
        private final VBox box;
        private String variableId;

        NumericNode(StepItem.Numeric item) {
            this.key = item.key();
            this.variableId = item.variableId();
            stepper.setId("stepper-" + key.replace("[", "").replace("]", "").replace('.', '-'));
            stepper.decreaseTextProperty().bind(texts.text("stepper.less"));
            stepper.increaseTextProperty().bind(texts.text("stepper.more"));
            stepper.setOnChoose(v -> vm.choose(variableId, v));
            box = block(key, title, stepper);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public boolean accepts(StepItem item) {
            return item instanceof StepItem.Numeric && item.key().equals(key);
        }

        @Override
        public void update(StepItem item) {
            StepItem.Numeric n = (StepItem.Numeric) item;
            variableId = n.variableId();
            title.setText(n.title());
            stepper.setChoices(n.values(), n.labels());
            stepper.setValue(n.current());
            stepper.setChosen(n.chosen());
            stepper.setAccessibleText(n.title());
            stepper.setAccessibleHelp(texts.get(n.chosen() ? "stepper.help.chosen" : "stepper.help.suggested"));
        }
    }

    // ---------------------------------------------------------------------------------------------- text

    private final class TextNode implements ItemNode {
        private final String key;
        private final Label title = Ui.text("", "item-title");
        private final TextField field = new TextField();
        private final Label feedback = Ui.text("", "text-feedback");
        private final VBox box;
        private String textId;
        private int maxLength;

        TextNode(StepItem.Text item) {
            this.key = item.key();
            this.textId = item.textId();
            field.setId("text-" + key.replace("[", "").replace("]", "").replace('.', '-'));
            field.getStyleClass().add("monogram-field");
            field.promptTextProperty().bind(texts.text("text.prompt"));
            field.textProperty().addListener((obs, was, now) -> send(now));
            GridPane pad = new GridPane();
            pad.getStyleClass().add("letter-pad");
            pad.setHgap(6);
            pad.setVgap(6);
            String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            for (int i = 0; i < letters.length(); i++) {
                String letter = letters.substring(i, i + 1);
                Button b = new Button(letter);
                b.getStyleClass().add("letter-key");
                b.setId("key-" + letter);
                b.setFocusTraversable(false);
                b.setOnAction(e -> {
                    if (field.getText().length() < maxLength) {
                        field.setText(field.getText() + letter);
                    }
                });
                pad.add(b, i % 9, i / 9);
            }
            Button back = new Button();
            back.setGraphic(new FontIcon(Material2AL.BACKSPACE));
            back.getStyleClass().add("letter-key");
            back.setId("key-back");
            back.accessibleTextProperty().bind(texts.text("text.backspace"));
            back.setFocusTraversable(false);
            back.setOnAction(e -> {
                String t = field.getText();
                if (!t.isEmpty()) {
                    field.setText(t.substring(0, t.length() - 1));
                }
            });
            pad.add(back, 8, 2);
            HBox row = new HBox(10, field, feedback);
            row.setAlignment(Pos.CENTER_LEFT);
            box = block(key, title, new VBox(10, row, pad));
        }

        private void send(String now) {
            String upper = now.toUpperCase(Locale.ROOT);
            if (!upper.equals(now)) {
                field.setText(upper);
                return;
            }
            if (vm.acceptsText(textId, upper)) {
                feedback.setText("");
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), false);
                vm.setText(textId, upper);
            } else {
                feedback.setText(texts.get("text.invalid", maxLength));
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
            }
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public boolean accepts(StepItem item) {
            return item instanceof StepItem.Text && item.key().equals(key);
        }

        @Override
        public void update(StepItem item) {
            StepItem.Text t = (StepItem.Text) item;
            textId = t.textId();
            maxLength = t.maxLength();
            title.setText(t.title());
            field.setAccessibleText(t.title());
            field.setAccessibleHelp(texts.get("text.help", t.maxLength()));
            if (!field.isFocused() && !field.getText().equals(t.text()) && vm.acceptsText(textId, field.getText())) {
                field.setText(t.text());
            }
        }
    }
}
