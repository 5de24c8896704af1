// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

/**
 * The result of complete propagation: the state of every value of every variable.
 * <p>
 * For an unselected variable a value is {@link ValueState#AVAILABLE} iff some complete valid configuration
 * extends the selections with it. For a selected variable the selected value is available and another value is
 * available iff replacing the selection with it keeps the selections consistent (so a tile can switch in one
 * tap). {@link ValueState#IMPOSSIBLE} values are excluded by the model alone.
 */
public interface Propagation {

    /** The selections this result is for. */
    Assignment selections();

    /** False if the selections themselves are inconsistent (then nothing is available). */
    boolean consistent();

    ValueState state(int variable, int value);

    /** The value this variable must take (chosen or forced), or {@link Assignment#UNSET}. */
    int fixedValue(int variable);

    /** True when every variable has exactly one available value (chosen or forced). */
    boolean complete();
}
