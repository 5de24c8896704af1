// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.ValueState;

import java.util.BitSet;

/**
 * An immutable propagation result: the available values as a bit set over flat value indices, every other value
 * is {@link ValueState#IMPOSSIBLE} if the model alone excludes it, else {@link ValueState#NEEDS_CHANGE}.
 * {@link #complete()} is true when every variable is determined (chosen or forced) and the selections are
 * consistent.
 */
final class SatPropagation implements Propagation {

    private final Assignment selections;
    private final boolean consistent;
    private final ValueIndex values;
    private final BitSet available;
    private final BitSet impossible;
    private final int[] fixed;
    private final boolean complete;

    /**
     * @param available  available values (not retained: copied); empty when inconsistent
     * @param impossible values no valid configuration contains (shared, never modified)
     */
    SatPropagation(Assignment selections, boolean consistent, ValueIndex values, BitSet available,
                   BitSet impossible) {
        this.selections = selections;
        this.consistent = consistent;
        this.values = values;
        this.available = (BitSet) available.clone();
        this.impossible = impossible;
        this.fixed = new int[values.variables()];
        boolean determined = consistent;
        for (int x = 0; x < fixed.length; x++) {
            fixed[x] = selections.isSet(x) ? selections.get(x) : forcedValue(x);
            determined &= fixed[x] != Assignment.UNSET;
        }
        this.complete = determined;
    }

    private int forcedValue(int x) {
        int first = available.nextSetBit(values.offset(x));
        int end = values.offset(x) + values.domainSize(x);
        if (first < 0 || first >= end) {
            return Assignment.UNSET;
        }
        int second = available.nextSetBit(first + 1);
        return second >= 0 && second < end ? Assignment.UNSET : first - values.offset(x);
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
        if (value < 0 || value >= values.domainSize(variable)) {
            throw new IndexOutOfBoundsException("value #" + value + " of variable #" + variable);
        }
        int index = values.index(variable, value);
        if (available.get(index)) {
            return ValueState.AVAILABLE;
        }
        return impossible.get(index) ? ValueState.IMPOSSIBLE : ValueState.NEEDS_CHANGE;
    }

    @Override
    public int fixedValue(int variable) {
        return fixed[variable];
    }

    @Override
    public boolean complete() {
        return complete;
    }

    /** True iff {@code variable = value} is available (no bounds check). */
    boolean isAvailable(int variable, int value) {
        return available.get(values.index(variable, value));
    }

    @Override
    public String toString() {
        return "SatPropagation[selections=" + selections + ", consistent=" + consistent + ", available="
                + available.cardinality() + "/" + values.totalValues() + ", complete=" + complete + "]";
    }
}
