// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.PriceLine;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.domain.pricing.PricingException;
import dev.atelier.io.pricing.PriceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.time.LocalDate;

/** {@code atelier price DESIGN.json [--price-list ID] [--json]}: the price breakdown of a saved design. */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Prints the price breakdown of a saved design; exit 1 if the design is invalid or incomplete.")
public final class PriceCommand extends DesignCommand {

    @Option(names = "--price-list", paramLabel = "ID", description = "Price list id (default: the catalog's first).")
    String priceListId;

    @Option(names = "--json", description = "Print JSON: {\"total\",\"currency\",\"net\",\"tax\",\"lines\":[...]}.")
    boolean json;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Price on this day (default: today).")
    LocalDate date;

    @Override
    void run(DesignResolver.Resolved resolved, PrintWriter out) throws CliException {
        PriceBreakdown price = price(resolved, priceListId, date);
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            out.println(new PriceJson(mapper).toJson(price, language).toString());
            return;
        }
        NumberFormat money = NumberFormat.getNumberInstance(locale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        out.printf("%s — %s %s, %s%n", resolved.configuration().product().label().get(language),
                resolved.catalog().id(), resolved.catalog().version(), price.priceListId());
        for (PriceLine l : price.lines()) {
            String label = l.label().get(language) + (l.perInstance() ? " (" + l.instancePath() + ")" : "");
            out.printf("  %-56s %6s  %12s%n", label, l.quantity().stripTrailingZeros().toPlainString(),
                    money.format(l.amount().amount()));
        }
        boolean de = language.equals("de");
        out.printf("  %-56s %6s  %12s%n", de ? "Netto" : "Net", "", money.format(price.net().amount()));
        out.printf("  %-56s %6s  %12s%n", (de ? "MwSt. " : "Tax ") + price.taxRate().movePointRight(2)
                .stripTrailingZeros().toPlainString() + " %", "", money.format(price.tax().amount()));
        out.printf("  %-56s %6s  %12s %s%n", de ? "Gesamt" : "Total", "", money.format(price.total().amount()),
                price.currency());
    }

    /** Prices a resolved design, turning pricing problems into command errors. */
    static PriceBreakdown price(DesignResolver.Resolved resolved, String priceListId, LocalDate date)
            throws CliException {
        PriceList list = resolved.priceList(priceListId);
        try {
            return new Pricer().price(resolved.configuration(), list, date == null ? LocalDate.now() : date);
        } catch (PricingException e) {
            throw new CliException(CliException.INVALID, e.getMessage());
        }
    }
}
