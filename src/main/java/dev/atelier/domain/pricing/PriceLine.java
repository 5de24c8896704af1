// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import dev.atelier.domain.catalog.Ids;
import dev.atelier.domain.catalog.LocalizedText;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a {@link PriceBreakdown}, traceable to the price rule it comes from. Amounts are in the price list's
 * currency and on the price list's basis (gross for a list whose prices include tax, else net).
 * <p>
 * For amount and formula lines: {@code amount = round(unitAmount × quantity × (1 − percentOff / 100))}; with no
 * quantity break and a whole quantity this is exactly {@code unitAmount × quantity}. For percentage lines:
 * {@code unitAmount = round(percent / 100 × base)} where base is the sum of all non-percentage lines, and
 * {@code amount = round(unitAmount × quantity)}.
 *
 * @param ruleId       id of the price rule
 * @param instancePath for a rule with {@code per}: the component instance ({@code section[2].insert[1]}); else
 *                     {@code ""}
 * @param label        the rule's label
 * @param kind         how the rule computes its amount
 * @param quantity     the rule's quantity (1 without a quantity expression)
 * @param unitAmount   price of one unit, rounded to the list's rounding unit
 * @param percent      for percentage lines the percentage (e.g. 15, or -10 for a discount); null otherwise
 * @param percentOff   quantity-break discount applied to this line in percent (0 if none)
 * @param amount       the line's amount, rounded to the list's rounding unit
 */
public record PriceLine(String ruleId, String instancePath, LocalizedText label, Kind kind, BigDecimal quantity,
                        Money unitAmount, BigDecimal percent, BigDecimal percentOff, Money amount) {

    /** How a line's amount is computed. */
    public enum Kind { AMOUNT, FORMULA, PERCENT }

    public PriceLine {
        Ids.require(ruleId, "price rule");
        Objects.requireNonNull(instancePath, "instancePath");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitAmount, "unitAmount");
        Objects.requireNonNull(percentOff, "percentOff");
        Objects.requireNonNull(amount, "amount");
        if ((kind == Kind.PERCENT) != (percent != null)) {
            throw new IllegalArgumentException("price line " + ruleId + ": a percentage exactly for PERCENT lines");
        }
        if (!unitAmount.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("price line " + ruleId + ": unit amount and amount in different"
                    + " currencies");
        }
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("price line " + ruleId + ": negative quantity");
        }
    }

    /** Whether the line belongs to one component instance (a rule with {@code per}). */
    public boolean perInstance() {
        return !instancePath.isEmpty();
    }

    /** Whether a quantity break reduced this line. */
    public boolean discounted() {
        return percentOff.signum() != 0;
    }
}
