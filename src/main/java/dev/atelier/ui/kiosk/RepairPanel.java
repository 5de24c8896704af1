// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.ui.common.Messages;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The panel for a value that needs changes: the reason in plain words, "because you chose …", the smallest
 * change with its price difference and a small 3D picture of the result; one tap applies, one tap cancels.
 * CSS: {@code .repair-panel}.
 */
final class RepairPanel extends VBox {

    private final PreviewFrame preview;

    RepairPanel(KioskViewModel kiosk, ConfiguratorViewModel vm, ChangeProposal p) {
        Messages texts = kiosk.words().texts();
        Locale locale = kiosk.i18n().getLocale();
        ConfiguratorViewModel.ProposalText words = vm.describe(p, locale);
        getStyleClass().addAll("overlay-card", "repair-panel");
        setId("repair-panel");

        FontIcon icon = new FontIcon(Material2MZ.SYNC_ALT);
        icon.getStyleClass().add("card-icon");
        Label title = Ui.text(texts.get(p.repairable() ? "repair.title" : "repair.titleNever", words.wanted()),
                "card-title");
        HBox head = new HBox(12, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(head);

        VBox reasons = new VBox(6);
        for (String r : words.reasons()) {
            reasons.getChildren().add(Ui.text(r, "repair-reason"));
        }
        Label because = Ui.text(words.because(), "repair-because");
        because.setId("repair-because");
        reasons.getChildren().add(because);
        getChildren().add(reasons);

        if (p.repairable()) {
            VBox changes = new VBox(6);
            changes.getChildren().add(Ui.text(texts.get("repair.smallest"), "section-caption"));
            for (String c : words.changes()) {
                Label l = Ui.text(c, "repair-change");
                l.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
                changes.getChildren().add(l);
            }
            if (p.delta() != null && p.after() != null) {
                Label delta = Ui.text(texts.get("repair.delta",
                        KioskWords.delta(p.delta(), p.after().currency(), locale),
                        KioskWords.money(p.after().total(), p.after().currency(), locale)), "repair-delta");
                delta.setId("repair-delta");
                changes.getChildren().add(delta);
            }
            preview = PreviewFrame.still(kiosk.preview(), p.preview());
            preview.getStyleClass().add("repair-preview");
            preview.setPrefSize(300, 220);
            preview.setMinSize(300, 220);
            preview.setMaxSize(300, 220);
            HBox row = new HBox(20, changes, preview);
            HBox.setHgrow(changes, javafx.scene.layout.Priority.ALWAYS);
            getChildren().add(row);
            Button apply = Ui.button(texts, "repair-apply", "repair.apply", Material2AL.CHECK, vm::applyProposal,
                    "accent-dark");
            apply.setDefaultButton(true);
            Button keep = Ui.button(texts, "repair-cancel", "repair.cancel", null, vm::dismissProposal, "flat");
            keep.setCancelButton(true);
            getChildren().add(new HBox(12, Ui.grow(), keep, apply));
            apply.sceneProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    apply.requestFocus();
                }
            });
        } else {
            preview = null;
            Button ok = Ui.button(texts, "repair-cancel", "repair.ok", null, vm::dismissProposal, "accent-dark");
            ok.setCancelButton(true);
            getChildren().add(new HBox(12, Ui.grow(), ok));
        }
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    void dispose() {
        if (preview != null) {
            preview.dispose();
        }
    }
}
