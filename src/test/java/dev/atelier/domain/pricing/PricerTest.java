// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.fixtures.SampleProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.atelier.fixtures.SampleProducts.CHF;
import static dev.atelier.fixtures.SampleProducts.DAY;
import static dev.atelier.fixtures.SampleProducts.EUR_GROSS;
import static dev.atelier.fixtures.SampleProducts.EUR_NET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricerTest {

    final Pricer pricer = new Pricer();
    final ProductSpace wardrobe = SampleProducts.wardrobeSpace();

    static Map<String, String> values(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Lines as {@code ruleId[@instance]=amount}. */
    static Map<String, String> lines(PriceBreakdown b) {
        Map<String, String> m = new LinkedHashMap<>();
        for (PriceLine l : b.lines()) {
            m.put(l.ruleId() + (l.perInstance() ? "@" + l.instancePath() : ""), l.amount().amount().toPlainString());
        }
        return m;
    }

    static Stream<Arguments> wardrobeTable() {
        return Stream.of(
                Arguments.of("amount and per-instance formula, defaults", values(), EUR_GROSS,
                        values("base", "400.00", "section@section[1]", "360.00", "door@section[1]", "150.00"),
                        "764.71", "145.29", "910.00"),
                Arguments.of("formula with condition, two sections, one without door",
                        values("height", "2200", "section.count", "2", "section[1].width", "500",
                                "section[2].width", "800", "section[2].door", "none"), EUR_GROSS,
                        values("base", "400.00", "height", "100.00", "section@section[1]", "300.00",
                                "section@section[2]", "480.00", "door@section[1]", "150.00"),
                        "1201.68", "228.32", "1430.00"),
                Arguments.of("net trade list converts by factor 0.8 and adds tax", values(), EUR_NET,
                        values("base", "320.00", "section@section[1]", "288.00", "door@section[1]", "120.00"),
                        "728.00", "138.32", "866.32"),
                Arguments.of("CHF: override for base, factor 1.1 for the rest", values(), CHF,
                        values("base", "480.00", "section@section[1]", "396.00", "door@section[1]", "165.00"),
                        "963.00", "78.00", "1041.00"),
                Arguments.of("quantity expression: light per section", values("extras.light", "yes",
                                "section.count", "3", "section[1].door", "none", "section[2].door", "none",
                                "section[3].door", "none", "section[1].width", "400", "section[2].width", "400",
                                "section[3].width", "400"), EUR_NET,
                        values("base", "320.00", "section@section[1]", "192.00", "section@section[2]", "192.00",
                                "section@section[3]", "192.00", "light", "108.00"),
                        "1004.00", "190.76", "1194.76"),
                Arguments.of("percentage of the non-percentage lines", values("finish", "oak"), EUR_GROSS,
                        values("base", "400.00", "section@section[1]", "360.00", "door@section[1]", "150.00",
                                "oak", "136.50"),
                        "879.41", "167.09", "1046.50"),
                Arguments.of("per nested instance: shelves in sections", values("section.count", "2",
                                "section[1].door", "none", "section[2].door", "none",
                                "section[1].insert.count", "2", "section[2].insert.count", "1"), EUR_GROSS,
                        values("base", "400.00", "section@section[1]", "360.00", "section@section[2]", "360.00",
                                "shelf@section[1].insert[1]", "35.00", "shelf@section[1].insert[2]", "35.00",
                                "shelf@section[2].insert[1]", "35.00"),
                        "1029.41", "195.59", "1225.00"),
                Arguments.of("quantity break counts drawers over all sections: 3+1 = 4 → 5 % off",
                        values("section.count", "2", "section[1].door", "none", "section[2].door", "none",
                                "section[1].insert.count", "3", "section[2].insert.count", "1",
                                "section[1].insert[1].type", "drawer", "section[1].insert[2].type", "drawer",
                                "section[1].insert[3].type", "drawer", "section[2].insert[1].type", "drawer"),
                        EUR_GROSS,
                        values("base", "400.00", "section@section[1]", "360.00", "section@section[2]", "360.00",
                                "drawer@section[1].insert[1]", "85.50", "drawer@section[1].insert[2]", "85.50",
                                "drawer@section[1].insert[3]", "85.50", "drawer@section[2].insert[1]", "85.50"),
                        "1228.57", "233.43", "1462.00")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wardrobeTable")
    void pricesWardrobeByRuleKind(String name, Map<String, String> given, PriceList list,
                                  Map<String, String> expectedLines, String net, String tax, String gross) {
        PriceBreakdown b = pricer.price(SampleProducts.configure(wardrobe, given), list, DAY);

        assertThat(lines(b)).containsExactlyEntriesOf(expectedLines);
        assertThat(b.net()).isEqualTo(Money.of(net, list.currency()));
        assertThat(b.tax()).isEqualTo(Money.of(tax, list.currency()));
        assertThat(b.gross()).isEqualTo(Money.of(gross, list.currency()));
        assertThat(b.isComplete()).isTrue();
    }

    @Test
    void largestBreakReachedApplies() {
        Map<String, String> v = values("section.count", "3");
        for (int s = 1; s <= 3; s++) {
            v.put("section[" + s + "].door", "none");
            v.put("section[" + s + "].insert.count", "4");
            for (int i = 1; i <= 4; i++) {
                v.put("section[" + s + "].insert[" + i + "].type", "drawer");
            }
        }
        PriceBreakdown b = pricer.price(SampleProducts.configure(wardrobe, v), EUR_GROSS, DAY);

        List<PriceLine> drawers = b.lines().stream().filter(l -> l.ruleId().equals("drawer")).toList();
        assertThat(drawers).hasSize(12).allSatisfy(l -> {
            assertThat(l.percentOff()).isEqualByComparingTo("10");
            assertThat(l.unitAmount()).isEqualTo(Money.of("90", "EUR"));
            assertThat(l.amount()).isEqualTo(Money.of("81.00", "EUR"));
        });
        assertThat(b.gross()).isEqualTo(Money.of("2452.00", "EUR")); // 400 + 3 × 360 + 12 × 81
    }

    @Test
    void linesNameTheirRuleInstanceLabelAndKind() {
        PriceBreakdown b = pricer.price(SampleProducts.configure(wardrobe, values("finish", "walnut")), EUR_GROSS,
                DAY);

        PriceLine section = b.lines().get(1);
        assertThat(section.ruleId()).isEqualTo("section");
        assertThat(section.instancePath()).isEqualTo("section[1]");
        assertThat(section.kind()).isEqualTo(PriceLine.Kind.FORMULA);
        assertThat(section.label().get("de")).isEqualTo("Segment");
        PriceLine walnut = b.lines().get(b.lines().size() - 1);
        assertThat(walnut.kind()).isEqualTo(PriceLine.Kind.PERCENT);
        assertThat(walnut.percent()).isEqualByComparingTo("30");
        assertThat(walnut.amount()).isEqualTo(Money.of("273.00", "EUR")); // 30 % of 910
        assertThat(b.total()).isEqualTo(b.gross());
    }

    @Test
    void expiredAndNotYetValidListsAreRefused() {
        Configuration c = SampleProducts.configure(wardrobe, values());

        assertThatThrownBy(() -> pricer.price(c, EUR_GROSS, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(PriceListNotValidException.class)
                .hasMessage("price list eur-de is expired on 2027-01-01 (valid from 2025-01-01 until 2026-12-31)");
        assertThatThrownBy(() -> pricer.price(c, EUR_GROSS, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(PriceListNotValidException.class)
                .hasMessageContaining("is not yet valid on 2024-12-31");
        assertThat(pricer.price(c, EUR_GROSS, LocalDate.of(2026, 12, 31)).gross()).isEqualTo(Money.of("910", "EUR"));
    }

    @Test
    void partialConfigurationListsUndecidedRules() {
        Configuration c = new Configuration(wardrobe, Map.of("finish", "white", "height", "2000"), Set.of());

        PriceBreakdown b = pricer.price(c, EUR_GROSS, DAY);

        assertThat(lines(b)).containsOnlyKeys("base");
        assertThat(b.undecided()).contains("section@section[1]", "door@section[2]", "light")
                .doesNotContain("oak", "height");
        assertThat(b.isComplete()).isFalse();
    }

    @Test
    void brokenRulesAreNamed() {
        Product p = widget(List.of(new PriceRule("bad", LocalizedText.en("Bad"), null, null, null, "n * colour",
                null, null, List.of(), Map.of())));
        Configuration c = SampleProducts.configure(ProductSpace.of(null, p), values("n", "2"));
        assertThatThrownBy(() -> pricer.price(c, EUR_GROSS, DAY))
                .isInstanceOf(PricingException.class)
                .hasMessageContaining("price rule bad: formula 'n * colour'")
                .hasMessageContaining("unknown name 'colour'");

        Product q = widget(List.of(new PriceRule("ov", LocalizedText.en("Ov"), null, null, null, "n", null, null,
                List.of(), Map.of("eur-de", BigDecimal.TEN))));
        Configuration d = SampleProducts.configure(ProductSpace.of(null, q), values("n", "2"));
        assertThatThrownBy(() -> pricer.price(d, EUR_GROSS, DAY))
                .hasMessage("price rule ov: price-list overrides are only allowed on amount rules (this one has a"
                        + " formula)");
    }

    @Test
    void reusesParsedRulesAcrossCalls() {
        Configuration a = SampleProducts.configure(wardrobe, values("height", "2100"));
        Configuration b = SampleProducts.configure(wardrobe, values("height", "2300"));
        assertThat(pricer.price(a, EUR_GROSS, DAY).gross()).isEqualTo(Money.of("960", "EUR"));
        assertThat(pricer.price(b, EUR_GROSS, DAY).gross()).isEqualTo(Money.of("1060", "EUR"));
    }

    // ------------------------------------------------------------------------------------------- rounding

    /** A product with one parameter {@code n} (1..1000) and the given price rules. */
    static Product widget(List<PriceRule> prices) {
        Parameter n = new Parameter("n", LocalizedText.en("n"), "pcs", BigDecimal.ONE, new BigDecimal(1000),
                BigDecimal.ONE, null);
        Component root = new Component("widget", LocalizedText.en("Widget"), 1, 1, List.of(), List.of(n), List.of(),
                List.of(), List.of(), List.of(), List.of());
        return new Product("widget", ProductKind.FURNITURE, LocalizedText.en("Widget"), null, null, "pcs", root,
                List.of(), List.of(), prices, List.of());
    }

    static PriceRule formula(String id, String formula, String quantity) {
        return new PriceRule(id, LocalizedText.en(id), null, null, null, formula, null, quantity, List.of(), Map.of());
    }

    static PriceList list(String rounding, boolean gross, String rate) {
        return new PriceList("l", LocalizedText.en("l"), "EUR", new BigDecimal(rate), gross, BigDecimal.ONE,
                new BigDecimal(rounding), null, null);
    }

    PriceBreakdown priceWidget(int n, PriceList list, PriceRule... rules) {
        Product p = widget(List.of(rules));
        Catalog c = new Catalog("w", "1", LocalizedText.en("w"), List.of(), List.of(list), List.of(p));
        return pricer.price(SampleProducts.configure(ProductSpace.of(c, p), values("n", Integer.toString(n))), list,
                DAY);
    }

    static Stream<Arguments> roundingTable() {
        return Stream.of(
                // formula, quantity, n, rounding, gross?, rate → unit, amount, net, tax, gross
                Arguments.of("n / 3", null, 1, "0.01", false, "0.19", "0.33", "0.33", "0.33", "0.06", "0.39"),
                Arguments.of("n / 3", null, 2, "0.01", false, "0.19", "0.67", "0.67", "0.67", "0.13", "0.80"),
                Arguments.of("n * 0.104", null, 100, "1", true, "0.19", "10.40", "10", "8.40", "1.60", "10"),
                Arguments.of("n * 0.105", null, 100, "1", true, "0.19", "10.50", "11", "9.24", "1.76", "11"),
                Arguments.of("n * 0.1002", null, 100, "0.05", true, "0.077", "10.02", "10.00", "9.29", "0.71",
                        "10.00"),
                Arguments.of("n * 0.10025", null, 100, "0.05", true, "0.077", "10.03", "10.05", "9.33", "0.72",
                        "10.05"),
                Arguments.of("n * 0.12", "2.35", 100, "0.01", true, "0", "12.00", "28.20", "28.20", "0.00", "28.20"),
                Arguments.of("n * 0.0045", "1", 1, "0.01", false, "0.19", "0.00", "0.00", "0.00", "0.00", "0.00"),
                Arguments.of("n * -0.005", "1", 1, "0.01", false, "0.19", "-0.01", "-0.01", "-0.01", "0.00",
                        "-0.01"),
                Arguments.of("n * 0.001", null, 1, "0.001", false, "0.19", "0.001", "0.001", "0.001", "0.000",
                        "0.001"));
    }

    @ParameterizedTest(name = "{0} × {1} at n={2}, unit {3}, gross={4}")
    @MethodSource("roundingTable")
    void roundsHalfUpOnceAtEachStep(String formula, String quantity, int n, String rounding, boolean gross,
                                    String rate, String unit, String amount, String net, String tax,
                                    String total) {
        PriceBreakdown b = priceWidget(n, list(rounding, gross, rate), formula("f", formula, quantity));

        PriceLine line = b.lines().get(0);
        assertThat(line.unitAmount().amount()).isEqualByComparingTo(unit);
        assertThat(line.amount().amount()).isEqualByComparingTo(amount);
        assertThat(b.net().amount()).isEqualByComparingTo(net);
        assertThat(b.tax().amount()).isEqualByComparingTo(tax);
        assertThat(b.gross().amount()).isEqualByComparingTo(total);
    }

    @Test
    void percentageLinesAreOfTheRoundedOtherLinesAndDoNotCompound() {
        PriceRule a = formula("a", "n / 3", null);                         // 33.333 → 33.33
        PriceRule b = formula("b", "n / 6", null);                         // 16.667 → 16.67
        PriceRule up = new PriceRule("up", LocalizedText.en("up"), null, null, null, null, new BigDecimal("12.5"),
                null, List.of(), Map.of());
        PriceRule down = new PriceRule("down", LocalizedText.en("down"), null, null, null, null,
                new BigDecimal("-10"), null, List.of(), Map.of());
        PriceBreakdown r = priceWidget(100, list("0.01", true, "0.19"), a, up, b, down);

        assertThat(lines(r)).containsExactly(Map.entry("a", "33.33"), Map.entry("b", "16.67"),
                Map.entry("up", "6.25"), Map.entry("down", "-5.00"));
        assertThat(r.gross()).isEqualTo(Money.of("51.25", "EUR"));
    }

    @Test
    void zeroQuantityLinesAreLeftOutAndNegativeQuantitiesRefused() {
        PriceBreakdown r = priceWidget(3, list("0.01", true, "0.19"), formula("a", "10", "n - 3"));
        assertThat(r.lines()).isEmpty();
        assertThat(r.gross()).isEqualTo(Money.zero("EUR"));
        assertThatThrownBy(() -> priceWidget(2, list("0.01", true, "0.19"), formula("a", "10", "n - 3")))
                .isInstanceOf(PricingException.class)
                .hasMessage("price rule a: quantity 'n - 3' is negative (-1)");
    }
}
