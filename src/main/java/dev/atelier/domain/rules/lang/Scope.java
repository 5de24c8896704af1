// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an expression is evaluated: the component it belongs to ({@code context}, a template path such as
 * {@code section.insert}; {@code ""} for the product) and the instance numbers bound so far
 * ({@code section → 2}). Names resolve first in the context component, then in its ancestors.
 *
 * @param context template path of the component the expression is written in
 * @param indices bound instance numbers by template path of repeated components
 */
public record Scope(String context, Map<String, Integer> indices) {

    public static final Scope ROOT = new Scope("", Map.of());

    public Scope {
        Objects.requireNonNull(context, "context");
        indices = Map.copyOf(indices);
    }

    /** This scope with one more bound instance. */
    public Scope bind(String template, int index) {
        Map<String, Integer> m = new LinkedHashMap<>(indices);
        m.put(template, index);
        return new Scope(context, m);
    }

    /** This scope with another context component. */
    public Scope in(String template) {
        return new Scope(template, indices);
    }
}
