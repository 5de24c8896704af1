// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk.controls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A touch-friendly stepper for a numeric parameter (width, chest): big minus and plus buttons around the value and
 * a slider below. It offers only the {@link #getValues() values} it is given (the kiosk passes the available ones,
 * so unavailable values are skipped). Choosing a value calls {@link #onChooseProperty()}; the shown value changes
 * when the owner sets {@link #valueProperty()}.
 * <p>
 * Keys: Left/Down/Minus step down, Right/Up/Plus step up, Home/End jump to the ends.
 *
 * <p>CSS: style class {@code .value-stepper} (stylesheet {@code value-stepper.css}); substructure
 * {@code .stepper-minus}, {@code .stepper-plus}, {@code .stepper-value}, {@code .stepper-range},
 * {@code .stepper-slider}. Pseudo-classes {@code :chosen} (the person chose the value), {@code :empty} (no values).
 */
public class ValueStepper extends Control {

    private static final String STYLESHEET = Objects.requireNonNull(
            ValueStepper.class.getResource("value-stepper.css"), "value-stepper.css").toExternalForm();
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final ObservableList<String> values = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<String> valuesView = FXCollections.unmodifiableObservableList(values);
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    // One wrapper, kept: a fresh unmodifiable view per call listens weakly and can lose its listeners.
    private final ObservableList<String> labelsView = FXCollections.unmodifiableObservableList(labels);
    private final StringProperty value = new SimpleStringProperty(this, "value");
    private final StringProperty valueText = new SimpleStringProperty(this, "valueText", "");
    private final StringProperty decreaseText = new SimpleStringProperty(this, "decreaseText", "\u2212");
    private final StringProperty increaseText = new SimpleStringProperty(this, "increaseText", "+");
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(CHOSEN, get());
        }
    };
    private final ObjectProperty<Consumer<String>> onChoose = new SimpleObjectProperty<>(this, "onChoose");

    public ValueStepper() {
        getStyleClass().add("value-stepper");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SPINNER);
        values.addListener((javafx.collections.ListChangeListener<String>) c -> {
            pseudoClassStateChanged(EMPTY, values.isEmpty());
            updateText();
        });
        value.addListener((obs, was, now) -> updateText());
        labels.addListener((javafx.collections.ListChangeListener<String>) c -> updateText());
        pseudoClassStateChanged(EMPTY, true);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.LEFT || k == KeyCode.DOWN || k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
                decrement();
                e.consume();
            } else if (k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.PLUS || k == KeyCode.ADD
                    || k == KeyCode.EQUALS) {
                increment();
                e.consume();
            } else if (k == KeyCode.HOME && !values.isEmpty()) {
                choose(values.get(0));
                e.consume();
            } else if (k == KeyCode.END && !values.isEmpty()) {
                choose(values.get(values.size() - 1));
                e.consume();
            }
        });
    }

    /**
     * Sets what the stepper offers.
     *
     * @param ids    value ids in ascending order ({@code 75}, {@code 100})
     * @param words  the values in words ({@code 75 cm}), parallel to {@code ids}
     */
    public void setChoices(List<String> ids, List<String> words) {
        if (ids.size() != words.size()) {
            throw new IllegalArgumentException("ids and words differ in size");
        }
        // Words first: whoever follows the values reads the words of the new values.
        if (!words.equals(labels)) {
            labels.setAll(words);
        }
        if (!ids.equals(values)) {
            values.setAll(ids);
        }
    }

    /** The next value above the current one, chosen; nothing at the top. */
    public void increment() {
        int i = position();
        if (values.isEmpty()) {
            return;
        }
        int next = i < 0 ? firstAbove(false) : i + 1;
        if (next >= 0 && next < values.size()) {
            choose(values.get(next));
        }
    }

    /** The next value below the current one, chosen; nothing at the bottom. */
    public void decrement() {
        int i = position();
        if (values.isEmpty()) {
            return;
        }
        int next = i < 0 ? firstAbove(true) : i - 1;
        if (next >= 0 && next < values.size()) {
            choose(values.get(next));
        }
    }

    /** Index of the current value among the offered ones, or -1. */
    public int position() {
        return value.get() == null ? -1 : values.indexOf(value.get());
    }

    private int firstAbove(boolean below) {
        if (value.get() == null) {
            return below ? values.size() - 1 : 0;
        }
        BigDecimal current = new BigDecimal(value.get());
        for (int k = 0; k < values.size(); k++) {
            int idx = below ? values.size() - 1 - k : k;
            int cmp = new BigDecimal(values.get(idx)).compareTo(current);
            if (below ? cmp < 0 : cmp > 0) {
                return idx;
            }
        }
        return -1;
    }

    /** Chooses an offered value (calls the handler; the owner then updates {@link #valueProperty()}). */
    public void choose(String id) {
        if (isDisabled() || !values.contains(id) || Objects.equals(id, value.get()) && chosen.get()) {
            return;
        }
        Consumer<String> handler = onChoose.get();
        if (handler != null) {
            handler.accept(id);
        }
    }

    private void updateText() {
        int i = position();
        String text = i >= 0 && i < labels.size() ? labels.get(i) : value.get() == null ? "" : value.get();
        valueText.set(text);
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            String title = getAccessibleText() == null ? "" : getAccessibleText() + ": ";
            return title + valueText.get();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT -> increment();
            case DECREMENT -> decrement();
            default -> super.executeAccessibleAction(action, parameters);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ValueStepperSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** The offered value ids, ascending. */
    public ObservableList<String> getValues() {
        return valuesView;
    }

    /** The offered values in words. */
    public ObservableList<String> getLabels() {
        return labelsView;
    }

    /** The shown value id (chosen, forced or suggested), or null. */
    public StringProperty valueProperty() {
        return value;
    }

    public String getValue() {
        return value.get();
    }

    public void setValue(String v) {
        value.set(v);
    }

    /** The shown value in words. */
    public StringProperty valueTextProperty() {
        return valueText;
    }

    /** Accessible names of the minus and plus buttons. */
    public StringProperty decreaseTextProperty() {
        return decreaseText;
    }

    public StringProperty increaseTextProperty() {
        return increaseText;
    }

    /** Whether the person chose the shown value. */
    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public void setChosen(boolean v) {
        chosen.set(v);
    }

    /** Receives the value the person picked. */
    public ObjectProperty<Consumer<String>> onChooseProperty() {
        return onChoose;
    }

    public void setOnChoose(Consumer<String> handler) {
        onChoose.set(handler);
    }
}
