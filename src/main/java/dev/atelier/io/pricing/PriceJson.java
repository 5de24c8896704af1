// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.PriceLine;

/**
 * The one JSON shape of a price breakdown, shared by {@code atelier price --json} and the engine protocol's
 * {@code price} field: {@code {"total":"1234.50","currency":"EUR","net":..,"tax":..,"gross":..,"priceList":..,
 * "lines":[{"rule":..,"instance":..,"label":..,"quantity":..,"unit":..,"amount":..}]}}. Amounts are decimal
 * strings, so no precision is lost.
 */
public final class PriceJson {

    private final ObjectMapper mapper;

    public PriceJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The breakdown as a JSON object; labels in {@code language} ({@code en}, {@code de}). */
    public ObjectNode toJson(PriceBreakdown price, String language) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", price.total().amount().toPlainString());
        o.put("currency", price.currency());
        o.put("net", price.net().amount().toPlainString());
        o.put("tax", price.tax().amount().toPlainString());
        o.put("gross", price.gross().amount().toPlainString());
        o.put("taxRate", price.taxRate().toPlainString());
        o.put("pricesIncludeTax", price.pricesIncludeTax());
        o.put("priceList", price.priceListId());
        ArrayNode lines = o.putArray("lines");
        for (PriceLine l : price.lines()) {
            ObjectNode line = lines.addObject();
            line.put("rule", l.ruleId());
            if (l.perInstance()) {
                line.put("instance", l.instancePath());
            }
            line.put("label", l.label().get(language));
            line.put("quantity", l.quantity().stripTrailingZeros().toPlainString());
            line.put("unit", l.unitAmount().amount().toPlainString());
            if (l.percent() != null) {
                line.put("percent", l.percent().toPlainString());
            }
            if (l.percentOff().signum() != 0) {
                line.put("percentOff", l.percentOff().toPlainString());
            }
            line.put("amount", l.amount().amount().toPlainString());
        }
        if (!price.undecided().isEmpty()) {
            ArrayNode undecided = o.putArray("undecided");
            price.undecided().forEach(undecided::add);
        }
        return o;
    }
}
