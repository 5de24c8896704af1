// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A price list: currency, tax and validity. Amounts in price rules are in the catalog's base price list; another
 * list converts them with {@code factor} unless a rule names an explicit amount for it.
 *
 * @param id                id, e.g. {@code eur-de}
 * @param label             display name
 * @param currency          ISO 4217 code
 * @param taxRate           e.g. 0.19
 * @param pricesIncludeTax  whether amounts are gross (consumer lists) or net (trade lists)
 * @param factor            multiplier applied to base amounts (1 for the base list)
 * @param rounding          smallest unit totals are rounded to, e.g. 0.01 or 1 (half-up)
 * @param validFrom         first day (inclusive), may be null
 * @param validTo           last day (inclusive), may be null
 */
public record PriceList(String id, LocalizedText label, String currency, BigDecimal taxRate, boolean pricesIncludeTax,
                        BigDecimal factor, BigDecimal rounding, LocalDate validFrom, LocalDate validTo) {

    public PriceList {
        Ids.require(id, "price list");
        Objects.requireNonNull(label, "label");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("price list " + id + ": currency must be an ISO code, was " + currency);
        }
        Objects.requireNonNull(taxRate, "taxRate");
        if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("price list " + id + ": taxRate must be in [0, 1)");
        }
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("price list " + id + ": factor must be > 0");
        }
        Objects.requireNonNull(rounding, "rounding");
        if (rounding.signum() <= 0) {
            throw new IllegalArgumentException("price list " + id + ": rounding must be > 0");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("price list " + id + ": validTo before validFrom");
        }
    }

    /** Whether the list applies on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
