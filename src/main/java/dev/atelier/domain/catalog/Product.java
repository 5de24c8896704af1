// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A configurable product: a root component (whose groups and parameters have unprefixed paths), rules, prices
 * and kiosk steps.
 *
 * @param id          id, unique in the catalog
 * @param kind        furniture or clothing
 * @param label       display name
 * @param description a sentence for the gallery
 * @param image       gallery picture under {@code assets/}
 * @param unit        unit for dimensions shown to people ({@code cm})
 * @param root        the product's own component (id = product id, exactly one instance)
 * @param derived     named derived values
 * @param rules       rules in the rule language
 * @param prices      price rules
 * @param steps       kiosk steps, in order
 */
public record Product(String id, ProductKind kind, LocalizedText label, LocalizedText description, String image,
                      String unit, Component root, List<Derived> derived, List<Rule> rules, List<PriceRule> prices,
                      List<Step> steps) {

    public Product {
        Ids.require(id, "product");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        description = description == null ? LocalizedText.EMPTY : description;
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(root, "root");
        if (root.min() != 1 || root.max() != 1) {
            throw new IllegalArgumentException("product " + id + ": the root component has exactly one instance");
        }
        derived = List.copyOf(derived);
        rules = List.copyOf(rules);
        prices = List.copyOf(prices);
        steps = List.copyOf(steps);
    }
}
