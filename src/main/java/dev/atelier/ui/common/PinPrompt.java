// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The keypad dialog of {@link OverlayDialogService#confirmWithPin}. Digits also come from the keyboard. */
final class PinPrompt extends VBox {

    static final int MAX_DIGITS = 8;
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final StringBuilder digits = new StringBuilder();
    private final Label dots = new Label();
    private final Label feedback = new Label();
    private final Messages texts;
    private final Predicate<String> submit;

    /**
     * @param submit receives the entered PIN; returns whether it was right (else the prompt says so and clears)
     * @param cancel runs when the person gives up
     */
    PinPrompt(Messages texts, String prompt, Predicate<String> submit, Runnable cancel) {
        this.texts = texts;
        this.submit = submit;

        FontIcon lock = new FontIcon(Material2OutlinedAL.LOCK);
        lock.getStyleClass().add("dialog-icon");
        Label title = new Label(prompt);
        title.getStyleClass().add("dialog-title");
        title.setWrapText(true);
        HBox head = new HBox(12, lock, title);
        head.setAlignment(Pos.CENTER_LEFT);

        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        dots.setMaxWidth(Double.MAX_VALUE);
        feedback.setId("pin-feedback");
        feedback.getStyleClass().add("pin-feedback");

        GridPane keys = new GridPane();
        keys.getStyleClass().add("pin-keys");
        for (int d = 1; d <= 9; d++) {
            keys.add(digitKey(d), (d - 1) % 3, (d - 1) / 3);
        }
        Button back = key("pin-back", new FontIcon(Material2OutlinedAL.BACKSPACE));
        back.setOnAction(e -> removeDigit());
        Button ok = key("pin-ok", new FontIcon(Material2OutlinedAL.CHECK));
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> confirm());
        keys.add(back, 0, 3);
        keys.add(digitKey(0), 1, 3);
        keys.add(ok, 2, 3);

        Button cancelButton = new Button();
        cancelButton.setId("pin-cancel");
        cancelButton.textProperty().bind(texts.text("dialog.cancel"));
        cancelButton.setCancelButton(true);
        cancelButton.getStyleClass().add("flat");
        cancelButton.setOnAction(e -> cancel.run());
        cancelButton.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(head, dots, feedback, keys, cancelButton);
        getStyleClass().addAll("dialog-card", "pin-dialog");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showDots();
    }

    private Button digitKey(int digit) {
        Button b = key("pin-key-" + digit, null);
        b.setText(Integer.toString(digit));
        b.setOnAction(e -> addDigit((char) ('0' + digit)));
        return b;
    }

    private static Button key(String id, FontIcon icon) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(icon);
        b.getStyleClass().add("pin-key");
        b.setFocusTraversable(false);
        return b;
    }

    private void onKey(KeyEvent e) {
        String text = e.getText();
        if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
            addDigit(text.charAt(0));
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE) {
            removeDigit();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            confirm();
            e.consume();
        }
    }

    private void addDigit(char digit) {
        if (digits.length() < MAX_DIGITS) {
            digits.append(digit);
            feedback.setText("");
            showDots();
        }
    }

    private void removeDigit() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
            showDots();
        }
    }

    private void confirm() {
        if (digits.length() == 0) {
            return;
        }
        String entered = digits.toString();
        digits.setLength(0);
        showDots();
        if (!submit.test(entered)) {
            feedback.setText(texts.get("pin.wrong"));
        }
    }

    private void showDots() {
        // Filled dots for typed digits; a hint when empty, so the field never collapses.
        dots.setText(digits.length() == 0 ? texts.get("pin.hint") : "\u25CF".repeat(digits.length()));
        dots.pseudoClassStateChanged(EMPTY, digits.length() == 0);
    }
}
