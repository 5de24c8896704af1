// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk.controls;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The default skin of {@link ValueStepper}: minus, value, plus, and a slider over the offered values with the
 * smallest and largest at its ends. Listeners are removed in {@link #dispose()}.
 */
public class ValueStepperSkin extends SkinBase<ValueStepper> {

    private final Button minus = new Button();
    private final Button plus = new Button();
    private final Label value = new Label();
    private final Label low = new Label();
    private final Label high = new Label();
    private final Slider slider = new Slider(0, 1, 0);
    private final ListChangeListener<String> valuesListener = c -> update();
    private final InvalidationListener sliderRelease;
    private boolean updating;

    public ValueStepperSkin(ValueStepper stepper) {
        super(stepper);
        minus.getStyleClass().addAll("stepper-minus", "button-circle");
        minus.setGraphic(new FontIcon(Material2MZ.REMOVE));
        minus.setFocusTraversable(false);
        minus.setOnAction(e -> stepper.decrement());
        plus.getStyleClass().addAll("stepper-plus", "button-circle");
        plus.setGraphic(new FontIcon(Material2AL.ADD));
        plus.setFocusTraversable(false);
        plus.setOnAction(e -> stepper.increment());
        value.getStyleClass().add("stepper-value");
        value.setMaxWidth(Double.MAX_VALUE);
        value.setAlignment(Pos.CENTER);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox row = new HBox(12, minus, value, plus);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("stepper-row");

        slider.getStyleClass().add("stepper-slider");
        slider.setFocusTraversable(false);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        low.getStyleClass().addAll("stepper-range", "stepper-low");
        high.getStyleClass().addAll("stepper-range", "stepper-high");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox range = new HBox(low, grow, high);
        VBox box = new VBox(8, row, slider, range);
        box.getStyleClass().add("stepper-box");
        getChildren().add(box);

        value.textProperty().bind(stepper.valueTextProperty());
        minus.accessibleTextProperty().bind(stepper.decreaseTextProperty());
        plus.accessibleTextProperty().bind(stepper.increaseTextProperty());
        stepper.getValues().addListener(valuesListener);
        registerChangeListener(stepper.valueProperty(), o -> update());
        registerChangeListener(stepper.disabledProperty(), o -> update());
        // Commit when the finger lifts (or a drag ends), not on every pixel of a drag.
        sliderRelease = o -> {
            if (!slider.isValueChanging()) {
                commitSlider();
            }
        };
        slider.valueChangingProperty().addListener(sliderRelease);
        slider.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> commitSlider());
        update();
    }

    private void commitSlider() {
        if (updating) {
            return;
        }
        ValueStepper s = getSkinnable();
        int i = (int) Math.round(slider.getValue());
        if (i >= 0 && i < s.getValues().size()) {
            s.choose(s.getValues().get(i));
        }
    }

    private void update() {
        ValueStepper s = getSkinnable();
        int n = s.getValues().size();
        int pos = s.position();
        updating = true;
        try {
            slider.setMax(Math.max(1, n - 1));
            slider.setValue(Math.max(pos, 0));
            slider.setDisable(n < 2);
        } finally {
            updating = false;
        }
        minus.setDisable(n == 0 || pos == 0);
        plus.setDisable(n == 0 || (pos >= 0 && pos == n - 1));
        boolean worded = n > 0 && s.getLabels().size() == n;
        low.setText(worded ? s.getLabels().get(0) : "");
        high.setText(worded ? s.getLabels().get(n - 1) : "");
    }

    @Override
    public void dispose() {
        ValueStepper s = getSkinnable();
        if (s == null) {
            return;
        }
        value.textProperty().unbind();
        minus.accessibleTextProperty().unbind();
        plus.accessibleTextProperty().unbind();
        s.getValues().removeListener(valuesListener);
        slider.valueChangingProperty().removeListener(sliderRelease);
        unregisterChangeListeners(s.valueProperty());
        unregisterChangeListeners(s.disabledProperty());
        super.dispose();
    }
}
