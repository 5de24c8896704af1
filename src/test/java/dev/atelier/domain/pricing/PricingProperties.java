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
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.fixtures.SampleProducts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the rules, amounts, tax rates and rounding: the lines add up to the totals, exactly. */
class PricingProperties {

    final Pricer pricer = new Pricer();

    /** A generated rule: kind 0 amount, 1 formula over n, 2 percent; with a quantity and maybe breaks. */
    record RuleSpec(int kind, BigDecimal value, int quantity, boolean breaks) {
    }

    record ListSpec(BigDecimal rate, boolean gross, BigDecimal factor, BigDecimal rounding) {
    }

    @Provide
    Arbitrary<RuleSpec> rules() {
        Arbitrary<BigDecimal> value = Arbitraries.bigDecimals().between(new BigDecimal("-50"), new BigDecimal("5000"))
                .ofScale(4);
        return Combinators.combine(Arbitraries.integers().between(0, 2), value, Arbitraries.integers().between(0, 12),
                Arbitraries.of(true, false)).as(RuleSpec::new);
    }

    @Provide
    Arbitrary<List<RuleSpec>> ruleLists() {
        return rules().list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<ListSpec> lists() {
        return Combinators.combine(
                Arbitraries.of("0", "0.05", "0.07", "0.077", "0.081", "0.19", "0.2", "0.255").map(BigDecimal::new),
                Arbitraries.of(true, false),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("3")).ofScale(3),
                Arbitraries.of("0.01", "0.05", "0.1", "1", "0.001", "10").map(BigDecimal::new)).as(ListSpec::new);
    }

    @Property(tries = 400)
    void linesAlwaysSumToTheTotals(@ForAll("lists") ListSpec spec,
                                   @ForAll("ruleLists") List<RuleSpec> specs,
                                   @ForAll("ns") int n) {
        List<PriceRule> rules = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RuleSpec r = specs.get(i);
            String id = "r" + i;
            LocalizedText label = LocalizedText.en(id);
            String quantity = r.quantity() == 1 ? null : Integer.toString(r.quantity());
            List<PriceRule.QuantityBreak> breaks = r.breaks()
                    ? List.of(new PriceRule.QuantityBreak(3, new BigDecimal("7.5")),
                    new PriceRule.QuantityBreak(8, new BigDecimal("12")))
                    : List.of();
            rules.add(switch (r.kind()) {
                case 0 -> new PriceRule(id, label, null, null, r.value(), null, null, quantity, breaks, Map.of());
                case 1 -> new PriceRule(id, label, null, null, null, "n * " + r.value().toPlainString() + " / 7",
                        null, quantity, breaks, Map.of());
                default -> new PriceRule(id, label, null, null, null, null,
                        r.value().divide(BigDecimal.valueOf(50), MathContext.DECIMAL64), quantity, breaks, Map.of());
            });
        }
        PriceList list = new PriceList("l", LocalizedText.en("l"), "EUR", spec.rate(), spec.gross(), spec.factor(),
                spec.rounding(), null, null);
        Parameter np = new Parameter("n", LocalizedText.en("n"), "pcs", BigDecimal.ONE, new BigDecimal(1000),
                BigDecimal.ONE, null);
        Component root = new Component("p", LocalizedText.en("p"), 1, 1, List.of(), List.of(np), List.of(), List.of(),
                List.of(), List.of(), List.of());
        Product p = new Product("p", ProductKind.FURNITURE, LocalizedText.en("p"), null, null, "pcs", root, List.of(),
                List.of(), rules, List.of());
        Catalog c = new Catalog("c", "1", LocalizedText.en("c"), List.of(), List.of(list), List.of(p));

        PriceBreakdown b = pricer.price(SampleProducts.configure(ProductSpace.of(c, p), Map.of("n",
                Integer.toString(n))), list, LocalDate.of(2025, 1, 1));

        Money sum = Money.zero("EUR");
        for (PriceLine l : b.lines()) {
            sum = sum.plus(l.amount());
            assertThat(l.amount().amount().remainder(spec.rounding())).isEqualByComparingTo("0");
        }
        assertThat(sum).isEqualTo(spec.gross() ? b.gross() : b.net());
        assertThat(b.net().plus(b.tax())).isEqualTo(b.gross());
        BigDecimal fine = spec.rounding().min(new BigDecimal("0.01"));
        BigDecimal expectedTax = spec.gross()
                ? b.gross().amount().subtract(b.gross().amount().divide(BigDecimal.ONE.add(spec.rate()),
                MathContext.DECIMAL64))
                : b.net().amount().multiply(spec.rate());
        assertThat(b.tax().amount().subtract(expectedTax).abs()).isLessThanOrEqualTo(fine.divide(BigDecimal.valueOf(2)));
        assertThat(b.lines()).hasSize((int) specs.stream().filter(s -> s.quantity() > 0).count());
    }

    @Provide
    Arbitrary<Integer> ns() {
        return Arbitraries.integers().between(1, 1000);
    }
}
