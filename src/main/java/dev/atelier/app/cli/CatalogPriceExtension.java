// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.domain.pricing.PricingException;
import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.io.pricing.PriceJson;
import dev.atelier.io.protocol.StateExtension;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code price} field of the engine protocol in catalog mode: the price of the decided values (chosen and
 * forced), in the same JSON as {@code atelier price --json}. For a complete state it equals what
 * {@code atelier price} says for the same selections; before that, lines that depend on open choices are left
 * out and listed under {@code undecided}.
 */
final class CatalogPriceExtension implements StateExtension {

    private final ProductSpace space;
    private final PriceList priceList;
    private final Pricer pricer = new Pricer();
    private final PriceJson json = new PriceJson(new ObjectMapper());

    CatalogPriceExtension(ProductSpace space, PriceList priceList) {
        this.space = space;
        this.priceList = priceList;
    }

    @Override
    public Map<String, Object> fields(Assignment selections, Propagation propagation) {
        if (!propagation.consistent()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> chosen = new LinkedHashSet<>();
        for (int v = 0; v < space.variables().size(); v++) {
            ProductSpace.Var var = space.variables().get(v);
            int fixed = selections.isSet(v) ? selections.get(v) : propagation.fixedValue(v);
            if (fixed != Assignment.UNSET) {
                values.put(var.id(), var.values().get(fixed));
            }
            if (selections.isSet(v)) {
                chosen.add(var.id());
            }
        }
        try {
            return Map.of("price", json.toJson(pricer.price(new Configuration(space, values, chosen), priceList,
                    LocalDate.now()), "en"));
        } catch (PricingException e) {
            return Map.of("priceError", e.getMessage());
        }
    }
}
