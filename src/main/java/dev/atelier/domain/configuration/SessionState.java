// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.ValueState;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of a {@link ConfigurationSession}: what is decided, what each value's state is, and a
 * completed configuration for showing a whole product (price, 3D) while choices are still open.
 *
 * @param decided   chosen and forced values; {@link Configuration#chosen()} are the person's choices
 * @param completed {@code decided} filled up with defaults, then the cheapest consistent values; null when the
 *                  selections are inconsistent (cannot happen through the session's own operations)
 * @param complete  whether every variable is decided (chosen or forced)
 */
public record SessionState(Configuration decided, Configuration completed, boolean complete,
                           StateTable states) {

    public SessionState {
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(states, "states");
    }

    /** The state of one value of one variable. */
    public ValueState state(String variableId, String value) {
        return states.state(variableId, value);
    }

    /** Values of a variable in domain order with their states. */
    public Map<String, ValueState> states(String variableId) {
        return states.states(variableId);
    }

    /** Ids of the variables not decided yet, in catalog order. */
    public List<String> open() {
        return decided.space().variables().stream().map(ProductSpace.Var::id)
                .filter(id -> !decided.values().containsKey(id)).toList();
    }

    /** Value states by variable, backed by an engine {@link Propagation} (immutable). */
    public static final class StateTable {
        private final ProductSpace space;
        private final Map<String, Integer> index;
        private final Propagation propagation;

        StateTable(ProductSpace space, Map<String, Integer> index, Propagation propagation) {
            this.space = space;
            this.index = index;
            this.propagation = propagation;
        }

        public ValueState state(String variableId, String value) {
            Integer v = index.get(variableId);
            if (v == null) {
                throw new IllegalArgumentException("no variable " + variableId);
            }
            int val = space.variables().get(v).values().indexOf(value);
            if (val < 0) {
                throw new IllegalArgumentException(value + " is not a value of " + variableId);
            }
            return propagation.state(v, val);
        }

        public Map<String, ValueState> states(String variableId) {
            Integer v = index.get(variableId);
            if (v == null) {
                throw new IllegalArgumentException("no variable " + variableId);
            }
            Map<String, ValueState> m = new java.util.LinkedHashMap<>();
            List<String> values = space.variables().get(v).values();
            for (int i = 0; i < values.size(); i++) {
                m.put(values.get(i), propagation.state(v, i));
            }
            return m;
        }
    }
}
