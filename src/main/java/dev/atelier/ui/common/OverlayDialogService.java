// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import atlantafx.base.controls.ModalPane;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * A {@link DialogService} that shows its dialogs inside the window, on an AtlantaFX {@link ModalPane}: no
 * extra window, so it works in the full-screen, undecorated kiosk and on touch screens.
 *
 * <p>CSS: {@code .dialog-card}, {@code .dialog-title}, {@code .dialog-message}; the PIN dialog adds
 * {@code .pin-dialog}, {@code .pin-dots}, {@code .pin-key}, {@code .pin-feedback}.
 */
public final class OverlayDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(OverlayDialogService.class.getName());

    private final ModalPane modal;
    private final Messages texts;
    private final ErrorTranslator translator;
    private final Deque<Node> waiting = new ArrayDeque<>();

    /**
     * @param modal      the pane the dialogs appear on; it must sit on top of the window's root StackPane
     * @param i18n       the language
     * @param translator explains the errors it knows
     */
    public OverlayDialogService(ModalPane modal, I18n i18n, ErrorTranslator translator) {
        this.modal = Objects.requireNonNull(modal, "modal");
        this.texts = i18n.messages("dev.atelier.ui.common.messages");
        this.translator = Objects.requireNonNull(translator, "translator");
        // One dialog at a time: the next waits until the current one has finished closing (ModalPane moves
        // itself to the back once its closing animation ends; showing earlier would be undone by that).
        modal.viewOrderProperty().addListener((obs, was, now) -> Platform.runLater(this::showNext));
        modal.skinProperty().addListener((obs, was, now) -> Platform.runLater(this::showNext));
    }

    private boolean idle() {
        return modal.getSkin() != null && !modal.isDisplay() && modal.getViewOrder() >= ModalPane.Z_BACK;
    }

    private void present(Node card) {
        waiting.add(card);
        showNext();
    }

    private void showNext() {
        if (idle() && !waiting.isEmpty()) {
            Node next = waiting.poll();
            modal.show(next);
            next.requestFocus();
        }
    }

    @Override
    public void showError(Throwable error) {
        LOG.log(Level.WARNING, "Showing an error to the user", error);
        String message;
        try {
            message = translator.translate(error).orElseGet(() -> texts.get("error.generic"));
        } catch (RuntimeException translatorFailure) {
            LOG.log(Level.WARNING, "The error translator failed", translatorFailure);
            message = texts.get("error.generic");
        }
        showError(message);
    }

    @Override
    public void showError(String message) {
        Objects.requireNonNull(message, "message");
        FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
        icon.getStyleClass().add("dialog-icon");
        Label title = new Label();
        title.textProperty().bind(texts.text("error.title"));
        title.getStyleClass().add("dialog-title");
        Label body = new Label(message);
        body.setId("dialog-message");
        body.getStyleClass().add("dialog-message");
        body.setWrapText(true);
        Button ok = new Button();
        ok.setId("dialog-ok");
        ok.textProperty().bind(texts.text("dialog.ok"));
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> modal.hide(true));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(12, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(16, head, body, new HBox(grow, ok));
        card.getStyleClass().addAll("dialog-card", "danger");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setFocusTraversable(true);
        present(card);
    }

    @Override
    public CompletionStage<Boolean> confirmWithPin(String prompt, Predicate<String> pinCheck) {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(pinCheck, "pinCheck");
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        PinPrompt pin = new PinPrompt(texts, prompt, entered -> {
            if (pinCheck.test(entered)) {
                result.complete(true);
                modal.hide(true);
                return true;
            }
            return false;
        }, () -> {
            result.complete(false);
            modal.hide(true);
        });
        // Esc or a click beside the dialog closes the pane: that counts as cancel.
        ChangeListener<Boolean> closed = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now && modal.getContent() == pin) {
                    modal.displayProperty().removeListener(this);
                    result.complete(false);
                }
            }
        };
        modal.displayProperty().addListener(closed);
        present(pin);
        return result;
    }
}
