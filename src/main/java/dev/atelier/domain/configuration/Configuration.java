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
 * @param texts  free-text entries by id ({@code monogram.initials}; same id scheme as variables)
 */
public record Configuration(ProductSpace space, Map<String, String> values, Set<String> chosen,
                            Map<String, String> texts) {

    public Configuration {
        Objects.requireNonNull(space, "space");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        chosen = Collections.unmodifiableSet(new LinkedHashSet<>(chosen));
        texts = Map.copyOf(texts);
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

    public Configuration(ProductSpace space, Map<String, String> values, Set<String> chosen) {
        this(space, values, chosen, Map.of());
    }

    /**
     * Value lookup for the {@link dev.atelier.domain.rules.lang.Evaluator}: variable values and texts by id,
     * null when undecided.
     */
    public String lookup(String id) {
        String v = values.get(id);
        return v != null ? v : texts.get(id);
    }

    /** This configuration with a text entry set (empty text removes it). */
    public Configuration withText(String textId, String text) {
        Map<String, String> t = new LinkedHashMap<>(texts);
        if (text == null || text.isEmpty()) {
            t.remove(textId);
        } else {
            t.put(textId, text);
        }
        return new Configuration(space, values, chosen, t);
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
        return new Configuration(space, v, c, texts);
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
