// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finite-domain variable of a configuration model: one option group, one option of a many-of group,
 * one discretized parameter, or one variable of an imported XCSP instance.
 *
 * @param id     the model's own id ({@code frame.width}, {@code section[2].insert[1].type}, XCSP name)
 * @param values the domain, as value ids (option ids, decimal strings); order is the display order
 */
public record FdVariable(String id, List<String> values) {

    public FdVariable {
        Objects.requireNonNull(id, "id");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("variable " + id + " has an empty domain");
        }
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("variable " + id + " has duplicate values");
        }
    }

    public int size() {
        return values.size();
    }

    /** Index of {@code value} in the domain, or -1. */
    public int indexOf(String value) {
        return values.indexOf(value);
    }

    /** Value id to index, for callers that look up many values. */
    public Map<String, Integer> indexMap() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(values.get(i), i);
        }
        return m;
    }
}
