// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The product gallery: a card per product with picture, name, description and "from" price. CSS: {@code .gallery}. */
final class GalleryView implements ScreenView {

    private final KioskViewModel kiosk;
    private final Messages texts;
    private final VBox root = new VBox();
    private final FlowPane cards = new FlowPane();
    private final Label status = Ui.text("", "gallery-status");
    private final List<PreviewFrame> frames = new ArrayList<>();
    private final ListChangeListener<ProductCard> listener = c -> build();
    private final javafx.beans.InvalidationListener refresh = o -> build();

    GalleryView(KioskViewModel kiosk) {
        this.kiosk = kiosk;
        this.texts = kiosk.words().texts();
        root.getStyleClass().add("gallery");
        root.setId("gallery");
        Label title = Ui.label(texts, "gallery.title", "screen-title");
        Label sub = Ui.label(texts, "gallery.subtitle", "screen-subtitle");
        cards.getStyleClass().add("product-cards");
        cards.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("gallery-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, sub, status, scroll);
        kiosk.products().addListener(listener);
        kiosk.loadingProperty().addListener(refresh);
        kiosk.i18n().localeProperty().addListener(refresh);
        build();
    }

    private void build() {
        frames.forEach(PreviewFrame::dispose);
        frames.clear();
        Locale l = kiosk.i18n().getLocale();
        status.setText(switch (kiosk.loadingProperty().get()) {
            case LOADING -> texts.get("gallery.loading");
            case FAILED -> texts.get("gallery.failed");
            case READY -> kiosk.products().isEmpty() ? texts.get("gallery.empty") : "";
        });
        Ui.show(status, !status.getText().isEmpty());
        List<Node> nodes = new ArrayList<>();
        for (ProductCard card : kiosk.products()) {
            nodes.add(card(card, l));
        }
        cards.getChildren().setAll(nodes);
    }

    private Node card(ProductCard card, Locale l) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("card-picture");
        if (card.imageUrl() != null) {
            ImageView v = new ImageView(new Image(card.imageUrl(), 640, 480, true, true, true));
            v.setPreserveRatio(true);
            v.setFitWidth(420);
            v.setFitHeight(300);
            picture.getChildren().add(v);
        } else if (card.look() != null) {
            PreviewFrame f = PreviewFrame.still(kiosk.preview(), card.look());
            frames.add(f);
            picture.getChildren().add(f);
        }
        String key = card.product().product().id();
        Label name = Ui.text(card.product().label(l), "card-name");
        Label description = Ui.text(card.product().product().description().get(l), "card-description");
        Label from = Ui.text(card.from() == null ? texts.get("price.unknown")
                : texts.get("gallery.from", KioskWords.money(card.from().total(), card.from().currency(), l)),
                "card-from");
        Button design = Ui.button(texts, "design-" + key, "gallery.design", Material2AL.ARROW_FORWARD,
                () -> kiosk.configure(card), "accent-dark");
        design.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Button quiz = Ui.button(texts, "quiz-" + key, "gallery.quiz", Material2MZ.QUESTION_ANSWER, () -> kiosk.startQuiz(card),
                "flat");
        design.disableProperty().bind(kiosk.openingProperty());
        quiz.disableProperty().bind(kiosk.openingProperty());
        HBox actions = new HBox(10, design, quiz);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(8, name, description, from, actions);
        text.getStyleClass().add("card-text");
        VBox box = new VBox(picture, text);
        box.getStyleClass().add("product-card");
        box.setId("card-" + key);
        box.setAccessibleText(card.product().label(l));
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        kiosk.products().removeListener(listener);
        kiosk.loadingProperty().removeListener(refresh);
        kiosk.i18n().localeProperty().removeListener(refresh);
        frames.forEach(PreviewFrame::dispose);
        frames.clear();
    }
}
