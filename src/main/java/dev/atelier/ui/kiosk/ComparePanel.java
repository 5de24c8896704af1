// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.ui.common.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** Two snapshots side by side: picture, price and what differs. CSS: {@code .compare-panel}. */
final class ComparePanel extends VBox {

    private final PreviewFrame left;
    private final PreviewFrame right;

    ComparePanel(KioskViewModel kiosk, ConfiguratorViewModel vm, ConfiguratorViewModel.Comparison c) {
        Messages texts = kiosk.words().texts();
        Locale locale = kiosk.i18n().getLocale();
        getStyleClass().addAll("overlay-card", "compare-panel");
        setId("compare-panel");
        left = PreviewFrame.still(kiosk.preview(), c.left().preview());
        right = PreviewFrame.still(kiosk.preview(), c.right().preview());
        HBox sides = new HBox(24, side(texts, vm, c.left(), left, locale), side(texts, vm, c.right(), right, locale));
        Label title = Ui.text(texts.get("compare.title", c.left().name(), c.right().name()), "card-title");
        VBox diffs = new VBox(4);
        List<String> lines = vm.differences(c.left(), c.right(), locale);
        diffs.getChildren().add(Ui.text(texts.get(lines.isEmpty() ? "compare.same" : "compare.differences"),
                "section-caption"));
        for (String l : lines.subList(0, Math.min(lines.size(), 8))) {
            diffs.getChildren().add(Ui.text(l, "compare-diff"));
        }
        Quote a = c.left().quote();
        Quote b = c.right().quote();
        if (a != null && b != null && a.differenceTo(b) != null) {
            BigDecimal d = a.differenceTo(b);
            diffs.getChildren().add(Ui.text(texts.get("compare.priceDelta", c.right().name(), c.left().name(),
                    KioskWords.delta(d, a.currency(), locale)), "compare-delta"));
        }
        Button close = Ui.button(texts, "compare-close", "compare.close", null, vm::closeComparison, "flat");
        close.setCancelButton(true);
        getChildren().addAll(title, sides, diffs, new HBox(Ui.grow(), close));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    private static VBox side(Messages texts, ConfiguratorViewModel vm, DesignSnapshot s, PreviewFrame frame,
                             Locale locale) {
        frame.setPrefSize(380, 300);
        frame.setMinSize(300, 240);
        Label name = Ui.text(s.name(), "compare-name");
        Label price = Ui.text(s.quote() == null ? texts.get("price.unknown")
                : KioskWords.money(s.quote().total(), s.quote().currency(), locale), "compare-price");
        Button use = Ui.button(texts, "compare-use-" + s.name(), "compare.use", Material2AL.CHECK,
                () -> vm.restoreSnapshot(s), "flat");
        Ui.caption(use, texts.get("compare.use", s.name()));
        HBox head = new HBox(12, name, price);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(10, head, frame, use);
        box.getStyleClass().add("compare-side");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    void dispose() {
        left.dispose();
        right.dispose();
    }
}
