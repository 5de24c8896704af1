// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk.controls;

import dev.atelier.domain.rules.engine.ValueState;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * A tappable tile for one value of a choice: label, optional swatch or picture, optional detail line and price
 * difference. Its state comes from the rules engine and is shown to CSS as pseudo-classes. A tap (click, touch,
 * Enter or Space) fires {@link #onActionProperty()} unless the tile is {@link ValueState#IMPOSSIBLE}; an impossible
 * tile shows its {@link #reasonProperty() reason} while pressed long or focused instead.
 *
 * <p>CSS: style class {@code .option-tile} (stylesheet {@code option-tile.css}); substructure {@code .swatch},
 * {@code .picture}, {@code .tile-label}, {@code .tile-detail}, {@code .tile-price}, {@code .tile-badge},
 * {@code .tile-hint}, {@code .tile-reason}. Pseudo-classes {@code :available}, {@code :needs-change},
 * {@code :impossible}, {@code :selected}, {@code :suggested}, {@code :toggle} (a many-of option),
 * {@code :reason-showing}.
 */
public class OptionTile extends Control {

    private static final String STYLESHEET = Objects.requireNonNull(
            OptionTile.class.getResource("option-tile.css"), "option-tile.css").toExternalForm();
    private static final PseudoClass AVAILABLE = PseudoClass.getPseudoClass("available");
    private static final PseudoClass NEEDS_CHANGE = PseudoClass.getPseudoClass("needs-change");
    private static final PseudoClass IMPOSSIBLE = PseudoClass.getPseudoClass("impossible");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");
    private static final PseudoClass TOGGLE = PseudoClass.getPseudoClass("toggle");
    private static final PseudoClass REASON_SHOWING = PseudoClass.getPseudoClass("reason-showing");
    private static final long LONG_PRESS_NANOS = 550_000_000L;

    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final StringProperty priceText = new SimpleStringProperty(this, "priceText", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ObjectProperty<Color> swatch = new SimpleObjectProperty<>(this, "swatch");
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final BooleanProperty reasonShowing = new SimpleBooleanProperty(this, "reasonShowing") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(REASON_SHOWING, get());
        }
    };
    private final ObjectProperty<ValueState> state = new ObjectPropertyBase<>(ValueState.AVAILABLE) {
        @Override
        protected void invalidated() {
            ValueState s = get() == null ? ValueState.AVAILABLE : get();
            pseudoClassStateChanged(AVAILABLE, s == ValueState.AVAILABLE);
            pseudoClassStateChanged(NEEDS_CHANGE, s == ValueState.NEEDS_CHANGE);
            pseudoClassStateChanged(IMPOSSIBLE, s == ValueState.IMPOSSIBLE);
            if (s != ValueState.IMPOSSIBLE) {
                reasonShowing.set(false);
            }
        }

        @Override
        public Object getBean() {
            return OptionTile.this;
        }

        @Override
        public String getName() {
            return "state";
        }
    };
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SELECTED, get());
        }
    };
    private final BooleanProperty suggested = new SimpleBooleanProperty(this, "suggested") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SUGGESTED, get());
        }
    };
    private final BooleanProperty toggle = new SimpleBooleanProperty(this, "toggle") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(TOGGLE, get());
            setAccessibleRole(get() ? AccessibleRole.TOGGLE_BUTTON : AccessibleRole.BUTTON);
        }
    };
    private final ObjectProperty<EventHandler<ActionEvent>> onAction = new SimpleObjectProperty<>(this, "onAction") {
        @Override
        protected void invalidated() {
            setEventHandler(ActionEvent.ACTION, get());
        }
    };
    private long pressedAt;

    public OptionTile() {
        getStyleClass().add("option-tile");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        pseudoClassStateChanged(AVAILABLE, true);
        accessibleTextProperty().bind(label);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pressedAt = System.nanoTime();
                requestFocus();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            boolean longPress = System.nanoTime() - pressedAt > LONG_PRESS_NANOS;
            if (getState() == ValueState.IMPOSSIBLE || longPress && getState() != ValueState.AVAILABLE) {
                reasonShowing.set(getState() == ValueState.IMPOSSIBLE && !getReason().isEmpty());
                if (getState() == ValueState.IMPOSSIBLE) {
                    return;
                }
            }
            fire();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                fire();
                e.consume();
            }
        });
        focusedProperty().addListener((obs, was, now) ->
                reasonShowing.set(now && getState() == ValueState.IMPOSSIBLE && !getReason().isEmpty()));
    }

    /** Fires the action, unless the value is impossible (then its reason shows). */
    public void fire() {
        if (isDisabled()) {
            return;
        }
        if (getState() == ValueState.IMPOSSIBLE) {
            reasonShowing.set(!getReason().isEmpty());
            return;
        }
        fireEvent(new ActionEvent(this, this));
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    /** Also forgets the skin's measured height: something in the tile changed. */
    @Override
    public void requestLayout() {
        super.requestLayout();
        if (getSkin() instanceof OptionTileSkin s) {
            s.forgetMeasurements();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OptionTileSkin(this);
    }

    /** Labels wrap: the height depends on the width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** The value's name. */
    public StringProperty labelProperty() {
        return label;
    }

    public String getLabel() {
        return label.get();
    }

    public void setLabel(String value) {
        label.set(value);
    }

    /** A short description under the label, or "". */
    public StringProperty detailProperty() {
        return detail;
    }

    public void setDetail(String value) {
        detail.set(value);
    }

    /** The price difference in words ("+120 €"), or "". */
    public StringProperty priceTextProperty() {
        return priceText;
    }

    public String getPriceText() {
        return priceText.get();
    }

    public void setPriceText(String value) {
        priceText.set(value);
    }

    /** A hint shown on needs-change tiles ("Tap to see what changes"), or "". */
    public StringProperty hintProperty() {
        return hint;
    }

    public void setHint(String value) {
        hint.set(value);
    }

    /** Why an impossible value cannot be chosen, shown on long press or focus. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public String getReason() {
        return reason.get();
    }

    public void setReason(String value) {
        reason.set(value);
    }

    /** Whether the reason is showing. */
    public BooleanProperty reasonShowingProperty() {
        return reasonShowing;
    }

    /** A colour chip for finishes and fabrics, or null. */
    public ObjectProperty<Color> swatchProperty() {
        return swatch;
    }

    public void setSwatch(Color value) {
        swatch.set(value);
    }

    /** A picture of the option, or null (the swatch, if any, shows instead). */
    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    public void setImage(Image value) {
        image.set(value);
    }

    /** What the rules engine says about the value. */
    public ObjectProperty<ValueState> stateProperty() {
        return state;
    }

    public ValueState getState() {
        return state.get() == null ? ValueState.AVAILABLE : state.get();
    }

    public void setState(ValueState value) {
        state.set(value);
    }

    /** Whether the value is the decided one. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    /** Whether the value is not decided but shown in the completed product. */
    public BooleanProperty suggestedProperty() {
        return suggested;
    }

    public void setSuggested(boolean value) {
        suggested.set(value);
    }

    /** Whether the tile switches a many-of option on and off (shows a check box). */
    public BooleanProperty toggleProperty() {
        return toggle;
    }

    public void setToggle(boolean value) {
        toggle.set(value);
    }

    public ObjectProperty<EventHandler<ActionEvent>> onActionProperty() {
        return onAction;
    }

    public void setOnAction(EventHandler<ActionEvent> value) {
        onAction.set(value);
    }
}
