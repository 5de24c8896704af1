// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

/** What the engine says about one value of one variable, given the current selections. */
public enum ValueState {
    /** Some complete valid configuration contains this value together with the other selections. */
    AVAILABLE,
    /** Excluded by the current selections; an explanation and a repair are one call away. */
    NEEDS_CHANGE,
    /** Excluded by the model alone: no valid configuration contains it. */
    IMPOSSIBLE
}
