// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the kiosk screens share: translated labels and buttons with accessible texts. */
final class Ui {

    private Ui() {
    }

    /** A label bound to a translated text. */
    static Label label(Messages texts, String key, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(texts.text(key));
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A plain label with style classes. */
    static Label text(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A button with a translated caption (also its accessible text) and an optional icon.
     *
     * @param id   node id for tests and styling
     * @param key  message key of the caption
     * @param icon icon, or null
     */
    static Button button(Messages texts, String id, String key, Ikon icon, Runnable action, String... styleClasses) {
        Button b = new Button();
        b.setId(id);
        StringBinding caption = texts.text(key);
        b.textProperty().bind(caption);
        b.accessibleTextProperty().bind(caption);
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        b.setMinHeight(48);
        return b;
    }

    /** A round icon-only button whose translated text is its accessible text and tooltip. */
    static Button iconButton(Messages texts, String id, String key, Ikon icon, Runnable action, String... styleClasses) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        StringBinding caption = texts.text(key);
        b.accessibleTextProperty().bind(caption);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(caption);
        b.setTooltip(tip);
        b.getStyleClass().addAll("button-icon", "button-circle");
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        b.setMinSize(48, 48);
        return b;
    }

    /** Replaces a button's translated caption (and accessible text) by a fixed text. */
    static void caption(Button b, String text) {
        b.textProperty().unbind();
        b.accessibleTextProperty().unbind();
        b.setText(text);
        b.setAccessibleText(text);
    }

    static Region grow() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    /**
     * Makes {@code children} hold {@code wanted}, in order, touching only what differs: a node that is removed and
     * added again is styled from scratch (a full CSS match of its subtree), which for a row of tiles is most of a
     * tap's frame. Nodes are compared by identity.
     */
    static void syncChildren(List<Node> children, List<? extends Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        java.util.Set<Node> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        for (int i = 0; i < wanted.size(); i++) {
            Node w = wanted.get(i);
            if (i < children.size() && children.get(i) == w) {
                continue;
            }
            // Moved or new: only this node is (re)added.
            children.remove(w);
            children.add(i, w);
        }
    }

    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
