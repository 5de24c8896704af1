// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.catalog.Product;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of one product's configuration: a value for each decided variable (chosen by the person
 * or forced by the rules), and which of them were chosen. Pricing, the bill of materials and the 3D preview read
 * it; undo, quote versions and UI diffs compare snapshots.
 *
 * @param space  the product's variable space
 * @param values value id per decided variable id ({@link ProductSpace#NA} for absent/hidden ones)
 * @param chosen ids of the variables the person chose (the rest were forced or completed)
 */
public record Configuration(ProductSpace space, Map<String, String> values, Set<String> chosen) {

    public Configuration {
        Objects.requireNonNull(space, "space");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        chosen = Collections.unmodifiableSet(new LinkedHashSet<>(chosen));
        for (Map.Entry<String, String> e : values.entrySet()) {
            ProductSpace.Var v = space.variable(e.getKey()).orElseThrow(() ->
                    new IllegalArgumentException("product " + space.product().id() + " has no '" + e.getKey() + "'"));
            if (!v.values().contains(e.getValue())) {
                throw new IllegalArgumentException("'" + e.getValue() + "' is not a value of " + e.getKey());
            }
        }
        if (!values.keySet().containsAll(chosen)) {
            throw new IllegalArgumentException("a chosen variable has no value");
        }
    }

    public Product product() {
        return space.product();
    }

    /** The value of a variable, if decided. */
    public Optional<String> value(String variableId) {
        return Optional.ofNullable(values.get(variableId));
    }

    /** Whether every variable of the product has a value. */
    public boolean isComplete() {
        return values.size() == space.variables().size();
    }

    /** This configuration with one more decided value. */
    public Configuration with(String variableId, String value, boolean byChoice) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(variableId, value);
        Set<String> c = new LinkedHashSet<>(chosen);
        if (byChoice) {
            c.add(variableId);
        } else {
            c.remove(variableId);
        }
        return new Configuration(space, v, c);
    }

    /** The chosen values only (what a saved design stores). */
    public Map<String, String> selections() {
        Map<String, String> s = new LinkedHashMap<>();
        for (String id : chosen) {
            s.put(id, values.get(id));
        }
        return s;
    }
}
