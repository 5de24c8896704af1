// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import atlantafx.base.controls.ModalPane;
import dev.atelier.ui.common.DialogService;
import dev.atelier.ui.common.ErrorTranslator;
import dev.atelier.ui.common.FirstFrame;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.common.OverlayDialogService;
import dev.atelier.ui.common.Theme;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The locked kiosk window's root: the kiosk content, a discreet staff exit (lock, top right) that asks for the
 * staff PIN, and the dialog layer. Root style classes {@code kiosk} and {@code kiosk-frame}; ids
 * {@code #kiosk-root}, {@code #kiosk-exit}.
 */
final class KioskFrame extends StackPane {

    private final DialogService dialogs;
    private final Messages texts;
    private final StaffPin pin;
    private final Runnable onExit;

    KioskFrame(I18n i18n, ErrorTranslator errors, KioskContentFactory content, StaffPin pin, Runnable onExit) {
        this.texts = i18n.messages(Shell.TEXTS);
        this.pin = Objects.requireNonNull(pin, "pin");
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        ModalPane modal = new ModalPane();
        this.dialogs = new OverlayDialogService(modal, i18n, errors);

        Button exit = new Button();
        exit.setId("kiosk-exit");
        exit.getStyleClass().add("kiosk-exit");
        exit.setGraphic(new FontIcon(Material2OutlinedAL.LOCK));
        exit.accessibleTextProperty().bind(texts.text("kiosk.exit"));
        exit.setOnAction(e -> requestExit());
        StackPane.setAlignment(exit, Pos.TOP_RIGHT);
        StackPane.setMargin(exit, new Insets(12));

        Node kiosk = content.create(dialogs);
        getChildren().addAll(kiosk, exit);
        // Not needed for the first frame, and costly on a cold JVM: the dialog layer (dialogs wait for it) and
        // the exit button's tooltip (for a mouse at a staff visit; a tooltip is a popup window).
        FirstFrame.after(this, () -> {
            getChildren().add(modal);
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(texts.text("kiosk.exit"));
            exit.setTooltip(tip);
        });
        setId("kiosk-root");
        getStyleClass().addAll(Theme.KIOSK, "kiosk-frame");
    }

    /** Asks for the staff PIN; leaves the kiosk if it is right. */
    void requestExit() {
        dialogs.confirmWithPin(texts.get("kiosk.exit.prompt"), pin::matches).thenAccept(right -> {
            if (right) {
                onExit.run();
            }
        });
    }

    DialogService dialogs() {
        return dialogs;
    }
}
