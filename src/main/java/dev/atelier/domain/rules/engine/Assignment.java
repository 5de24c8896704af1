// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import java.util.Arrays;

/**
 * An immutable partial assignment: a value index per variable, or {@link #UNSET}. This is what the user has
 * chosen (selections), or a complete configuration.
 */
public final class Assignment {

    public static final int UNSET = -1;

    private final int[] values;

    private Assignment(int[] values) {
        this.values = values;
    }

    public static Assignment empty(int variables) {
        int[] v = new int[variables];
        Arrays.fill(v, UNSET);
        return new Assignment(v);
    }

    public static Assignment of(int[] values) {
        return new Assignment(values.clone());
    }

    public int size() {
        return values.length;
    }

    public int get(int variable) {
        return values[variable];
    }

    public boolean isSet(int variable) {
        return values[variable] != UNSET;
    }

    public Assignment with(int variable, int value) {
        int[] v = values.clone();
        v[variable] = value;
        return new Assignment(v);
    }

    public Assignment without(int variable) {
        return with(variable, UNSET);
    }

    /** Number of set variables. */
    public int count() {
        int n = 0;
        for (int v : values) {
            if (v != UNSET) {
                n++;
            }
        }
        return n;
    }

    public boolean isComplete() {
        return count() == values.length;
    }

    /** A copy of the value array (UNSET for unset variables). */
    public int[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment a && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
