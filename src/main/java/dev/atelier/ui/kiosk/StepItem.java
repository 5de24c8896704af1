// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.rules.engine.ValueState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One thing to decide on a step, as the configurator screen shows it. Immutable; rebuilt on every state. */
public sealed interface StepItem {

    /** Stable key (variable, group or text id) for reusing nodes between states. */
    String key();

    /** Title in the current language ("Door", "Section 2 · Door"). */
    String title();

    /**
     * A one-of choice (option group or component count) shown as tiles.
     *
     * @param variableId the variable
     */
    record Choice(String key, String title, String variableId, List<Tile> tiles) implements StepItem {
        public Choice {
            tiles = List.copyOf(tiles);
        }
    }

    /** A many-of group: one toggle tile per option (each option is a yes/no variable). */
    record Toggles(String key, String title, List<Tile> tiles) implements StepItem {
        public Toggles {
            tiles = List.copyOf(tiles);
        }
    }

    /**
     * A numeric parameter shown as a stepper over its available values.
     *
     * @param values    the values the stepper offers (available ones), smallest first
     * @param labels    the values in words ("75 cm"), parallel to {@code values}
     * @param current   the value shown (chosen, forced or suggested), or null
     * @param chosen    whether the person chose {@code current}
     * @param unit      the unit
     */
    record Numeric(String key, String title, String variableId, List<String> values, List<String> labels,
                   String current, boolean chosen, String unit) implements StepItem {
        public Numeric {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
        }
    }

    /**
     * A free text (monogram).
     *
     * @param textId    the text's id
     * @param text      the current text ("" when empty)
     * @param maxLength most characters
     * @param pattern   what the text must match
     */
    record Text(String key, String title, String textId, String text, int maxLength, String pattern)
            implements StepItem {
    }

    /**
     * One tile.
     *
     * @param variableId the variable a tap changes
     * @param value      the value a tap chooses ({@code yes} for toggles)
     * @param label      the value's name
     * @param detail     a short description, or ""
     * @param swatch     a colour {@code #RRGGBB} for finishes and fabrics, or null
     * @param imageUrl   a picture, or null
     * @param state      available, needs change or impossible
     * @param selected   whether the value is decided (chosen or forced)
     * @param chosen     whether the person chose it (else forced or only suggested)
     * @param suggested  whether it is not decided but shown in the completed product
     * @param delta      price difference against the shown product, or null if unknown
     */
    record Tile(String variableId, String value, String label, String detail, String swatch, String imageUrl,
                ValueState state, boolean selected, boolean chosen, boolean suggested, BigDecimal delta) {
        public Tile {
            Objects.requireNonNull(variableId, "variableId");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(state, "state");
        }
    }
}
