// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.design.SavedDesign;
import dev.atelier.ui.common.Messages;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The hand-off: the design code, large, and its QR code ({@code atelier:design/CODE}). CSS: {@code .saved}. */
final class SavedView implements ScreenView {

    private final HBox root = new HBox();

    SavedView(KioskViewModel kiosk, SavedDesign design) {
        Messages texts = kiosk.words().texts();
        Locale l = kiosk.i18n().getLocale();
        root.getStyleClass().add("saved");
        root.setId("saved");
        Label eyebrow = Ui.label(texts, "saved.eyebrow", "saved-eyebrow");
        Label title = Ui.label(texts, "saved.title", "screen-title");
        Label code = Ui.text(design.code(), "design-code");
        code.setId("design-code");
        code.setAccessibleText(texts.get("saved.codeAccessible", String.join(" ", design.code().split(""))));
        Label how = Ui.label(texts, "saved.how", "saved-how");
        ConfiguratorViewModel vm = kiosk.getConfigurator();
        Quote q = vm == null ? null : vm.quoteProperty().get();
        Label price = Ui.text(q == null ? "" : texts.get("saved.price",
                KioskWords.money(q.total(), q.currency(), l)), "saved-price");
        Button back = Ui.button(texts, "saved-back", "saved.back", Material2AL.ARROW_BACK, kiosk::backToSteps, "flat");
        Button done = Ui.button(texts, "saved-done", "saved.done", Material2AL.CHECK, kiosk::newCustomer,
                "accent-dark");
        HBox actions = new HBox(12, back, done);
        VBox copy = new VBox(16, eyebrow, title, code, how, price, Ui.grow(), actions);
        copy.getStyleClass().add("saved-copy");

        ImageView qr = new ImageView(QrCodes.image(KioskViewModel.qrPayload(design.code()), 10));
        qr.setId("design-qr");
        qr.setPreserveRatio(true);
        qr.setFitWidth(360);
        qr.setAccessibleText(texts.get("saved.qrAccessible", design.code()));
        VBox qrBox = new VBox(12, qr, Ui.label(texts, "saved.scan", "saved-scan"));
        qrBox.getStyleClass().add("qr-box");
        qrBox.setAlignment(Pos.CENTER);
        root.getChildren().addAll(copy, qrBox);
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        // nothing outlives the screen
    }
}
