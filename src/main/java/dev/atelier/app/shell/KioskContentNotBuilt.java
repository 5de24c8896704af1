// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import dev.atelier.ui.common.DialogService;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the kiosk shows while this build has no kiosk screens: it says so plainly. The composition root wires
 * it in {@code AtelierApp}; replace it there with the real kiosk view once it exists.
 */
public final class KioskContentNotBuilt implements KioskContentFactory {

    private final Messages texts;

    /** @param i18n the language */
    public KioskContentNotBuilt(I18n i18n) {
        this.texts = i18n.messages(Shell.TEXTS);
    }

    @Override
    public Node create(DialogService dialogs) {
        Label headline = new Label();
        headline.textProperty().bind(texts.text("kiosk.pending.headline"));
        headline.getStyleClass().add("headline");
        Label message = new Label();
        message.textProperty().bind(texts.text("kiosk.pending.message"));
        message.setWrapText(true);
        Label hint = new Label();
        hint.textProperty().bind(texts.text("kiosk.pending.hint"));
        hint.setWrapText(true);
        VBox box = new VBox(headline, message, hint);
        box.setId("kiosk-not-built");
        box.getStyleClass().add("kiosk-pending");
        return box;
    }
}
