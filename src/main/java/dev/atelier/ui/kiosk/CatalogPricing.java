// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.PriceLine;
import dev.atelier.domain.pricing.Pricer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The kiosk's prices from the catalog's {@link Pricer}: the store's price list (by id, else the catalog's first
 * list valid today), for today's date.
 */
public final class CatalogPricing implements KioskPricing {

    private final Pricer pricer;
    private final String priceListId;
    private final Clock clock;

    /**
     * @param pricer      prices configurations (thread-safe)
     * @param priceListId the store's price list, or null for each catalog's first valid one
     * @param clock       decides "today"
     */
    public CatalogPricing(Pricer pricer, String priceListId, Clock clock) {
        this.pricer = Objects.requireNonNull(pricer, "pricer");
        this.priceListId = priceListId;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Quote price(Configuration configuration) {
        LocalDate today = LocalDate.now(clock);
        Catalog catalog = configuration.space().catalog();
        if (catalog == null) {
            throw new IllegalArgumentException("product " + configuration.product().id() + " has no catalog to price");
        }
        PriceList list = (priceListId == null ? java.util.Optional.<PriceList>empty() : catalog.priceList(priceListId))
                .or(() -> catalog.priceLists().stream().filter(l -> l.validOn(today)).findFirst())
                .orElseThrow(() -> new IllegalStateException("catalog " + catalog.id() + " has no price list valid on "
                        + today));
        PriceBreakdown b = pricer.price(configuration, list, today);
        List<Quote.Line> lines = new ArrayList<>();
        for (PriceLine l : b.lines()) {
            lines.add(new Quote.Line(l.label(), l.instancePath(), l.quantity(), l.amount().amount()));
        }
        return new Quote(b.currency(), b.total().amount(), b.tax().amount(), b.pricesIncludeTax(), lines,
                b.isComplete());
    }
}
