// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.ui.common.Messages;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The review: the 3D design, a summary by component, the price breakdown, optional contact details (with
 * consent) and saving. CSS: {@code .review}.
 */
final class ReviewView implements ScreenView {

    private final KioskViewModel kiosk;
    private final ConfiguratorViewModel vm;
    private final Messages texts;
    private final HBox root = new HBox();
    private final PreviewFrame preview;
    private final VBox summary = new VBox();
    private final VBox breakdown = new VBox();
    private final Label contact = Ui.text("", "contact-status");
    private final InvalidationListener refresh = o -> update();

    ReviewView(KioskViewModel kiosk, ConfiguratorViewModel vm, Runnable askContact) {
        this.kiosk = kiosk;
        this.vm = vm;
        this.texts = kiosk.words().texts();
        root.getStyleClass().add("review");
        root.setId("review");
        preview = new PreviewFrame(kiosk.preview(), true, vm.previewProperty());
        preview.getStyleClass().add("review-preview");
        HBox.setHgrow(preview, Priority.ALWAYS);

        Label title = Ui.label(texts, "review.title", "screen-title");
        summary.getStyleClass().add("summary");
        summary.setId("summary");
        breakdown.getStyleClass().add("breakdown");
        breakdown.setId("breakdown");
        ScrollPane scroll = new ScrollPane(new VBox(24, summary, breakdown));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("items-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button edit = Ui.button(texts, "review-edit", "review.edit", Material2AL.EDIT, kiosk::backToSteps, "flat");
        Button addContact = Ui.button(texts, "review-contact", "review.contact", Material2MZ.PERSON_OUTLINE,
                askContact, "flat");
        Button save = Ui.button(texts, "review-save", "review.save", Material2MZ.SAVE, kiosk::save, "accent-dark");
        save.disableProperty().bind(kiosk.savingProperty());
        addContact.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox contactRow = new HBox(12, addContact, contact);
        contactRow.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(12, edit, Ui.grow(), save);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(18, title, scroll, contactRow, actions);
        side.getStyleClass().add("review-side");
        side.prefWidthProperty().bind(root.widthProperty().multiply(0.42));
        root.getChildren().addAll(preview, side);

        vm.stateProperty().addListener(refresh);
        vm.quoteProperty().addListener(refresh);
        kiosk.i18n().localeProperty().addListener(refresh);
        kiosk.consentProperty().addListener(refresh);
        kiosk.contactNameProperty().addListener(refresh);
        kiosk.contactEmailProperty().addListener(refresh);
        update();
    }

    private void update() {
        Locale l = kiosk.i18n().getLocale();
        summary.getChildren().clear();
        summary.getChildren().add(Ui.text(texts.get("review.summary"), "section-caption"));
        for (ConfiguratorViewModel.SummaryBlock b : vm.summary(l)) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("summary-grid");
            javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
            names.setPercentWidth(48);
            grid.getColumnConstraints().add(names);
            int row = 0;
            for (Map.Entry<String, String> line : b.lines()) {
                grid.add(Ui.text(line.getKey(), "summary-name"), 0, row);
                grid.add(Ui.text(line.getValue(), "summary-value"), 1, row);
                row++;
            }
            summary.getChildren().add(new VBox(6, Ui.text(b.title(), "summary-title"), grid));
        }
        breakdown.getChildren().clear();
        breakdown.getChildren().add(Ui.text(texts.get("review.price"), "section-caption"));
        Quote q = vm.quoteProperty().get();
        if (q == null) {
            breakdown.getChildren().add(Ui.text(texts.get("price.unknown"), "breakdown-line"));
        } else {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("breakdown-grid");
            javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
            names.setPercentWidth(70);
            grid.getColumnConstraints().add(names);
            int row = 0;
            for (Quote.Line line : q.lines()) {
                String label = line.label().get(l);
                if (!line.instancePath().isEmpty()) {
                    label = vm.instanceLabel(line.instancePath()) + " · " + label;
                }
                Label amount = Ui.text(KioskWords.money(line.amount(), q.currency(), l), "breakdown-amount");
                grid.add(Ui.text(label, "breakdown-name"), 0, row);
                grid.add(amount, 1, row);
                row++;
            }
            Label totalName = Ui.text(texts.get("review.total"), "breakdown-total-name");
            Label total = Ui.text(KioskWords.money(q.total(), q.currency(), l), "breakdown-total");
            total.setId("review-total");
            grid.add(totalName, 0, row);
            grid.add(total, 1, row);
            breakdown.getChildren().addAll(grid, Ui.text(texts.get(q.taxIncluded() ? "review.taxIncluded"
                    : "review.taxAdded", KioskWords.money(q.tax(), q.currency(), l)), "price-note"));
        }
        boolean any = !kiosk.contactNameProperty().get().isBlank() || !kiosk.contactEmailProperty().get().isBlank();
        contact.setText(any && kiosk.consentProperty().get() ? texts.get("review.contactAdded")
                : texts.get("review.contactNone"));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        vm.stateProperty().removeListener(refresh);
        vm.quoteProperty().removeListener(refresh);
        kiosk.i18n().localeProperty().removeListener(refresh);
        kiosk.consentProperty().removeListener(refresh);
        kiosk.contactNameProperty().removeListener(refresh);
        kiosk.contactEmailProperty().removeListener(refresh);
        preview.dispose();
    }
}
