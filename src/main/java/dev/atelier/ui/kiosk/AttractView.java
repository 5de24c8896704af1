// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The attract screen: brand, promise, "Touch to start", and the products' pictures (or their 3D designs) cycling.
 * A touch anywhere starts. CSS: {@code .attract}.
 */
final class AttractView implements ScreenView {

    private final KioskViewModel kiosk;
    private final StackPane root = new StackPane();
    private final StackPane stage = new StackPane();
    private final Label caption = Ui.text("", "attract-caption");
    private final List<Node> pictures = new ArrayList<>();
    private final List<PreviewFrame> frames = new ArrayList<>();
    private final Timeline cycle;
    private final ListChangeListener<ProductCard> productsListener = c -> buildPictures();
    private int shown = -1;

    AttractView(KioskViewModel kiosk, Runnable openCode, Node languageSwitch) {
        this.kiosk = kiosk;
        Messages texts = kiosk.words().texts();
        root.getStyleClass().add("attract");
        root.setId("attract");

        Label brand = Ui.label(texts, "brand", "brand-mark");
        Label eyebrow = Ui.label(texts, "attract.eyebrow", "attract-eyebrow");
        Label headline = Ui.label(texts, "attract.headline", "attract-headline");
        Label subline = Ui.label(texts, "attract.subline", "attract-subline");
        Button start = Ui.button(texts, "touch-to-start", "attract.start", Material2AL.ARROW_FORWARD,
                kiosk::touchToStart, "touch-to-start");
        start.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Button code = Ui.button(texts, "attract-open-code", "code.open", Material2MZ.QR_CODE_SCANNER, openCode,
                "flat", "link-button");
        HBox foot = new HBox(18, code, Ui.grow(), languageSwitch);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox copy = new VBox(18, brand, Ui.grow(), eyebrow, headline, subline, start, Ui.grow(), foot);
        copy.getStyleClass().add("attract-copy");
        copy.setFillWidth(false);
        ((javafx.scene.layout.Region) foot).setMaxWidth(Double.MAX_VALUE);
        copy.setFillWidth(true);
        start.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        stage.getStyleClass().add("attract-stage");
        StackPane.setAlignment(caption, Pos.BOTTOM_LEFT);
        StackPane.setMargin(caption, new javafx.geometry.Insets(0, 0, 28, 28));
        StackPane picture = new StackPane(stage, caption);
        picture.getStyleClass().add("attract-picture");
        HBox.setHgrow(picture, Priority.ALWAYS);
        copy.prefWidthProperty().bind(root.widthProperty().multiply(0.42));
        HBox split = new HBox(copy, picture);
        root.getChildren().add(split);

        // A touch anywhere but on the buttons starts.
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!e.isConsumed()) {
                kiosk.touchToStart();
            }
        });
        code.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        languageSwitch.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);

        cycle = new Timeline(new KeyFrame(Duration.seconds(5), e -> advance()));
        cycle.setCycleCount(Timeline.INDEFINITE);
        kiosk.products().addListener(productsListener);
        buildPictures();
        cycle.play();
    }

    private void buildPictures() {
        disposeFrames();
        pictures.clear();
        for (ProductCard card : kiosk.products()) {
            Node n;
            if (card.imageUrl() != null) {
                ImageView v = new ImageView(new Image(card.imageUrl(), 1200, 1000, true, true, true));
                v.setPreserveRatio(true);
                v.fitWidthProperty().bind(stage.widthProperty());
                v.fitHeightProperty().bind(stage.heightProperty());
                n = v;
            } else if (card.look() != null) {
                PreviewFrame f = PreviewFrame.still(kiosk.preview(), card.look());
                frames.add(f);
                n = f;
            } else {
                continue;
            }
            n.setUserData(card);
            pictures.add(n);
        }
        shown = -1;
        advance();
    }

    private void advance() {
        if (pictures.isEmpty()) {
            stage.getChildren().clear();
            caption.setText("");
            return;
        }
        shown = (shown + 1) % pictures.size();
        Node n = pictures.get(shown);
        if (!stage.getChildren().contains(n)) {
            stage.getChildren().setAll(n);
        }
        ProductCard card = (ProductCard) n.getUserData();
        caption.setText(card.product().label(kiosk.i18n().getLocale()));
        FadeTransition fade = new FadeTransition(Duration.millis(700), n);
        fade.setFromValue(0.2);
        fade.setToValue(1);
        fade.play();
    }

    private void disposeFrames() {
        frames.forEach(PreviewFrame::dispose);
        frames.clear();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        cycle.stop();
        kiosk.products().removeListener(productsListener);
        disposeFrames();
    }
}
