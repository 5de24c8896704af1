// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.Objects;

/**
 * A named value computed from the configuration (fabric area from body measurements, total width), usable in
 * rules, prices, geometry and the bill of materials, so a designer states a fact once.
 *
 * @param id         id referenced in expressions
 * @param label      display name
 * @param unit       unit for display
 * @param expression numeric expression in the rule language
 */
public record Derived(String id, LocalizedText label, String unit, String expression) {

    public Derived {
        Ids.require(id, "derived value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(expression, "expression");
    }
}
