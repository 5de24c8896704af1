// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a product's price: a base price, a surcharge, a formula over parameters, or a percentage.
 * Exactly one of {@code amount}, {@code formula} and {@code percent} is set.
 *
 * @param id        unique in its product; price breakdown lines name it
 * @param label     what the line says on a quote
 * @param when      condition (rule language) under which the line applies, or null for always
 * @param per       component path (e.g. {@code section}, {@code section.insert}): the line applies once per
 *                  present instance, evaluated in that instance's scope; null for once
 * @param amount    fixed amount in the base price list
 * @param formula   numeric expression giving the amount (e.g. {@code (width - 50) * 1.2}, {@code fabric-area * 38})
 * @param percent   percentage of the sum of all non-percentage lines (e.g. 15 for +15 %, -10 for a discount)
 * @param quantity  numeric expression multiplying the line (e.g. {@code quantity}), or null for 1
 * @param breaks    quantity breaks: from a quantity on, a percentage off this line
 * @param overrides explicit amounts per price list id (instead of converting with the list's factor)
 */
public record PriceRule(String id, LocalizedText label, String when, String per, BigDecimal amount, String formula,
                        BigDecimal percent, String quantity, List<QuantityBreak> breaks,
                        Map<String, BigDecimal> overrides) {

    public PriceRule {
        Ids.require(id, "price rule");
        Objects.requireNonNull(label, "label");
        int kinds = (amount != null ? 1 : 0) + (formula != null ? 1 : 0) + (percent != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("price rule " + id + ": give exactly one of amount, formula, percent");
        }
        breaks = List.copyOf(breaks);
        overrides = Map.copyOf(overrides);
    }

    /** From {@code minQuantity} on, {@code percentOff} percent off the line. */
    public record QuantityBreak(int minQuantity, BigDecimal percentOff) {
        public QuantityBreak {
            if (minQuantity < 1) {
                throw new IllegalArgumentException("quantity break: minQuantity must be >= 1");
            }
            Objects.requireNonNull(percentOff, "percentOff");
            if (percentOff.signum() < 0 || percentOff.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("quantity break: percentOff must be within 0..100");
            }
        }
    }
}
