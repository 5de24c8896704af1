// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The price of one configuration on one price list and day: lines traceable to price rules and the totals.
 * <p>
 * Invariants (checked by the constructor): every amount is in the list's currency; the lines sum exactly to
 * {@link #gross()} when the list's prices include tax, else to {@link #net()}; and {@code net + tax = gross}
 * exactly. See {@link Pricer} for where rounding happens.
 *
 * @param priceListId      the price list
 * @param currency         its currency
 * @param day              the day the price was computed for
 * @param pricesIncludeTax whether the lines are gross amounts (consumer list) or net amounts (trade list)
 * @param taxRate          the list's tax rate, e.g. 0.19
 * @param lines            the lines in price-rule order, per-instance lines in instance order, percentages last
 * @param net              total without tax
 * @param tax              tax
 * @param gross            total with tax
 * @param undecided        price rules (as {@code ruleId} or {@code ruleId@instancePath}) left out because they
 *                         depend on choices not made yet; empty for a complete configuration
 */
public record PriceBreakdown(String priceListId, String currency, LocalDate day, boolean pricesIncludeTax,
                             BigDecimal taxRate, List<PriceLine> lines, Money net, Money tax, Money gross,
                             List<String> undecided) {

    public PriceBreakdown {
        Objects.requireNonNull(priceListId, "priceListId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(taxRate, "taxRate");
        lines = List.copyOf(lines);
        undecided = List.copyOf(undecided);
        for (Money m : List.of(net, tax, gross)) {
            if (!m.currency().equals(currency)) {
                throw new IllegalArgumentException("total " + m + " is not in " + currency);
            }
        }
        Money sum = Money.zero(currency);
        for (PriceLine l : lines) {
            sum = sum.plus(l.amount());
        }
        if (!net.plus(tax).equals(gross)) {
            throw new IllegalArgumentException("net " + net + " + tax " + tax + " is not gross " + gross);
        }
        Money basis = pricesIncludeTax ? gross : net;
        if (!sum.equals(basis)) {
            throw new IllegalArgumentException("the lines sum to " + sum + ", not to the "
                    + (pricesIncludeTax ? "gross" : "net") + " total " + basis);
        }
    }

    /** The total the lines add up to: gross for a list whose prices include tax, else net. */
    public Money total() {
        return pricesIncludeTax ? gross : net;
    }

    /** Whether every price rule could be decided (the configuration was complete enough). */
    public boolean isComplete() {
        return undecided.isEmpty();
    }
}
