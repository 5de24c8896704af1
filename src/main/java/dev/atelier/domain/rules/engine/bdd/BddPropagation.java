// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.ValueState;

/**
 * An immutable propagation result: one state per variable and value, flattened into one array.
 * <p>
 * {@link #complete()} is true when every variable is selected or forced (has exactly one available value); a
 * selected variable counts as decided even if it could switch to other values.
 */
final class BddPropagation implements Propagation {

    private static final ValueState[] STATES = ValueState.values();

    private final Assignment selections;
    private final boolean consistent;
    private final int[] valueOffset;
    private final byte[] states;
    private final int[] fixed;
    private final boolean complete;

    /**
     * @param valueOffset per variable, where its values start in {@code states}; one more entry for the end
     * @param states      per variable and value, the {@link ValueState} ordinal
     */
    BddPropagation(Assignment selections, boolean consistent, int[] valueOffset, byte[] states) {
        this.selections = selections;
        this.consistent = consistent;
        this.valueOffset = valueOffset;
        this.states = states;
        int variables = valueOffset.length - 1;
        this.fixed = new int[variables];
        boolean all = consistent;
        for (int v = 0; v < variables; v++) {
            fixed[v] = selections.isSet(v) ? selections.get(v) : singleAvailable(v);
            all &= fixed[v] != Assignment.UNSET;
        }
        this.complete = all;
    }

    private int singleAvailable(int variable) {
        int found = Assignment.UNSET;
        for (int i = valueOffset[variable]; i < valueOffset[variable + 1]; i++) {
            if (states[i] == ValueState.AVAILABLE.ordinal()) {
                if (found != Assignment.UNSET) {
                    return Assignment.UNSET;
                }
                found = i - valueOffset[variable];
            }
        }
        return found;
    }

    @Override
    public Assignment selections() {
        return selections;
    }

    @Override
    public boolean consistent() {
        return consistent;
    }

    @Override
    public ValueState state(int variable, int value) {
        int index = valueOffset[variable] + value;
        if (value < 0 || index >= valueOffset[variable + 1]) {
            throw new IndexOutOfBoundsException("value #" + value + " of variable #" + variable);
        }
        return STATES[states[index]];
    }

    @Override
    public int fixedValue(int variable) {
        return fixed[variable];
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Propagation[selections=").append(selections)
                .append(", consistent=").append(consistent).append(", available=");
        for (int v = 0; v + 1 < valueOffset.length; v++) {
            text.append(v == 0 ? "[" : ", ");
            int count = 0;
            for (int i = valueOffset[v]; i < valueOffset[v + 1]; i++) {
                count += states[i] == ValueState.AVAILABLE.ordinal() ? 1 : 0;
            }
            text.append(count);
        }
        return text.append("]]").toString();
    }
}
