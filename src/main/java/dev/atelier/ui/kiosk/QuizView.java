// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.kiosk.controls.OptionTile;
import dev.atelier.ui.kiosk.controls.ValueStepper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The personalization quiz: one question per page, body measurements, then starting designs. CSS: {@code .quiz}. */
final class QuizView implements ScreenView {

    private final KioskViewModel kiosk;
    private final QuizViewModel vm;
    private final Messages texts;
    private final VBox root = new VBox();
    private final VBox page = new VBox();
    private final Label progress = Ui.text("", "quiz-progress");
    private final List<PreviewFrame> frames = new ArrayList<>();
    private final InvalidationListener refresh = o -> build();
    private final ListChangeListener<QuizViewModel.StartingDesign> designs = c -> build();

    QuizView(KioskViewModel kiosk, QuizViewModel vm) {
        this.kiosk = kiosk;
        this.vm = vm;
        this.texts = kiosk.words().texts();
        root.getStyleClass().add("quiz");
        root.setId("quiz");
        page.getStyleClass().add("quiz-page");
        VBox.setVgrow(page, Priority.ALWAYS);
        Button back = Ui.button(texts, "quiz-back", "nav.back", Material2AL.ARROW_BACK, this::back, "flat");
        Button skip = Ui.button(texts, "quiz-skip", "quiz.skipAll", null, vm::skip, "flat");
        HBox nav = new HBox(12, back, Ui.grow(), skip);
        nav.getStyleClass().add("step-nav");
        root.getChildren().addAll(progress, page, nav);
        vm.pageProperty().addListener(refresh);
        vm.busyProperty().addListener(refresh);
        vm.designs().addListener(designs);
        kiosk.i18n().localeProperty().addListener(refresh);
        build();
    }

    private void back() {
        if (vm.pageProperty().get() == 0) {
            kiosk.toGallery();
        } else {
            vm.back();
        }
    }

    private void build() {
        frames.forEach(PreviewFrame::dispose);
        frames.clear();
        int index = vm.pageProperty().get();
        progress.setText(vm.isProposalsPage(index) ? texts.get("quiz.progress.done")
                : texts.get("quiz.progress", index + 1, vm.pageCount() - 1));
        if (vm.isProposalsPage(index)) {
            page.getChildren().setAll(proposals());
        } else if (vm.isMeasurementsPage(index)) {
            page.getChildren().setAll(measurements());
        } else {
            page.getChildren().setAll(question(vm.questions().get(index)));
        }
    }

    private List<Node> question(QuizViewModel.Question q) {
        Label title = Ui.text(texts.get("quiz." + q.id() + ".title"), "screen-title");
        FlowPane answers = new FlowPane(16, 16);
        answers.getStyleClass().add("quiz-answers");
        for (String a : q.answers()) {
            OptionTile tile = new OptionTile();
            tile.getStyleClass().add("quiz-answer");
            tile.setId("answer-" + q.id() + "-" + a);
            tile.setLabel(texts.get("quiz." + q.id() + "." + a));
            tile.setDetail(texts.get("quiz." + q.id() + "." + a + ".detail"));
            tile.setSelected(a.equals(vm.answers().get(q.id())));
            tile.setOnAction(e -> vm.answer(q.id(), a));
            answers.getChildren().add(tile);
        }
        return List.of(title, answers);
    }

    private List<Node> measurements() {
        Label title = Ui.text(texts.get("quiz.measure.title"), "screen-title");
        Label how = Ui.text(texts.get("quiz.measure.how"), "screen-subtitle");
        MeasureIllustration drawing = new MeasureIllustration();
        javafx.scene.layout.GridPane steppers = new javafx.scene.layout.GridPane();
        steppers.setHgap(40);
        steppers.setVgap(18);
        int cell = 0;
        Locale l = kiosk.i18n().getLocale();
        for (ProductSpace.Var v : vm.measurements()) {
            ValueStepper s = new ValueStepper();
            s.setId("measure-" + v.id().replace('.', '-'));
            List<String> values = vm.measurementValues(v);
            s.setChoices(values, values.stream().map(x -> vm.measurementLabel(v, x)).toList());
            s.setValue(vm.measurementStart(v));
            s.setChosen(vm.measured().containsKey(v.id()));
            String name = vm.labels().name(v, l);
            s.setAccessibleText(name);
            s.setOnChoose(x -> {
                vm.measure(v.id(), x);
                s.setValue(x);
                s.setChosen(true);
            });
            s.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    drawing.highlight(v.id());
                }
            });
            s.setOnMouseEntered(e -> drawing.highlight(v.id()));
            VBox box = new VBox(6, Ui.text(name, "item-title"), s);
            javafx.scene.layout.GridPane.setHgrow(box, Priority.ALWAYS);
            steppers.add(box, cell % 2, cell / 2);
            cell++;
        }
        Button next = Ui.button(texts, "quiz-next", "nav.next", Material2AL.ARROW_FORWARD, vm::next, "accent-dark");
        HBox.setHgrow(steppers, Priority.ALWAYS);
        drawing.setScaleX(1.6);
        drawing.setScaleY(1.6);
        javafx.scene.Group scaled = new javafx.scene.Group(drawing);
        HBox row = new HBox(56, scaled, steppers);
        row.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(row);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("items-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return List.of(title, how, scroll, new HBox(Ui.grow(), next));
    }

    private List<Node> proposals() {
        Label title = Ui.text(texts.get("quiz.proposals.title"), "screen-title");
        if (vm.busyProperty().get() || vm.designs().isEmpty()) {
            return List.of(title, Ui.text(texts.get("quiz.proposals.working"), "screen-subtitle"));
        }
        Locale l = kiosk.i18n().getLocale();
        HBox cards = new HBox(24);
        cards.getStyleClass().add("proposal-cards");
        int i = 0;
        for (QuizViewModel.StartingDesign d : vm.designs()) {
            PreviewFrame f = PreviewFrame.still(kiosk.preview(), d.look());
            f.setPrefSize(420, 300);
            f.setMinHeight(220);
            frames.add(f);
            VBox because = new VBox(4);
            if (!d.because().isEmpty()) {
                because.getChildren().add(Ui.text(texts.get("quiz.because", String.join(" \u00B7 ", d.because())),
                        "proposal-because"));
            }
            Label price = Ui.text(d.quote() == null ? texts.get("price.unknown")
                    : KioskWords.money(d.quote().total(), d.quote().currency(), l), "card-from");
            Button use = Ui.button(texts, "proposal-" + i, "quiz.use", Material2AL.ARROW_FORWARD,
                    () -> vm.choose(d), "accent-dark");
            VBox card = new VBox(12, f, Ui.text(texts.get(d.titleKey()), "card-name"), price, because, Ui.grow(),
                    use);
            card.getStyleClass().add("proposal-card");
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
            i++;
        }
        cards.setAlignment(Pos.TOP_CENTER);
        return List.of(title, Ui.text(texts.get("quiz.proposals.subtitle"), "screen-subtitle"), cards);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        vm.pageProperty().removeListener(refresh);
        vm.busyProperty().removeListener(refresh);
        vm.designs().removeListener(designs);
        kiosk.i18n().localeProperty().removeListener(refresh);
        frames.forEach(PreviewFrame::dispose);
        frames.clear();
    }
}
