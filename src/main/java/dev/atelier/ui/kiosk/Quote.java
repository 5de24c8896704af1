// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A price as the kiosk shows it: the total and the lines it is made of.
 *
 * @param currency    ISO 4217 code
 * @param total       what the customer pays (gross for consumer lists)
 * @param tax         the tax contained in or added to the total
 * @param taxIncluded whether {@code total} includes tax
 * @param lines       the lines, in price-rule order; they sum to {@code total}
 * @param complete    whether every price line could be decided
 */
public record Quote(String currency, BigDecimal total, BigDecimal tax, boolean taxIncluded, List<Line> lines,
                    boolean complete) {

    public Quote {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(tax, "tax");
        lines = List.copyOf(lines);
    }

    /**
     * One line.
     *
     * @param label        what the line is (catalog text)
     * @param instancePath the component instance it belongs to ({@code section[2]}), or {@code ""}
     * @param quantity     how many
     * @param amount       the line's amount
     */
    public record Line(LocalizedText label, String instancePath, BigDecimal quantity, BigDecimal amount) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(instancePath, "instancePath");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** {@code other.total - this.total}, or null when the currencies differ. */
    public BigDecimal differenceTo(Quote other) {
        return other.currency.equals(currency) ? other.total.subtract(total) : null;
    }
}
