// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.pdf;

import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.pricing.PriceBreakdown;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a quote PDF shows, except the picture (see {@link QuotePdfWriter}).
 *
 * @param company       the seller
 * @param customer      the customer, or null (kiosk design without a customer)
 * @param configuration the configured product
 * @param price         its price breakdown
 * @param designCode    the saved design's code, e.g. {@code K7M-3QX} (upper-case letters, digits, dashes)
 * @param date          date of the quote
 * @param validUntil    last day the quote is valid (not before {@code date})
 * @param terms         terms printed under the prices, or null for the default terms of the language
 * @param locale        language and number/date formats ({@code en}, {@code de}, {@code de-CH} …)
 */
public record QuoteDocument(CompanyProfile company, Customer customer, Configuration configuration,
                            PriceBreakdown price, String designCode, LocalDate date, LocalDate validUntil,
                            String terms, Locale locale) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public QuoteDocument {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(locale, "locale");
        if (designCode == null || designCode.length() > 40 || !CODE.matcher(designCode).matches()) {
            throw new IllegalArgumentException("design code must be upper-case letters and digits in dash-separated"
                    + " groups (e.g. K7M-3QX), was " + designCode);
        }
        if (validUntil.isBefore(date)) {
            throw new IllegalArgumentException("quote valid until " + validUntil + " is before its date " + date);
        }
    }
}
