// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A test double for the catalog's pricer: evaluates a product's amount, formula and percent price rules (per
 * present instance where {@code per} is set) in EUR, tax included. Enough for kiosk tests on small products.
 */
final class RulePricing implements KioskPricing {

    private static final BigDecimal TAX = new BigDecimal("0.19");

    @Override
    public Quote price(Configuration c) {
        ProductSpace space = c.space();
        Evaluator evaluator = new Evaluator(space);
        List<Quote.Line> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<PriceRule> percents = new ArrayList<>();
        for (PriceRule r : space.product().prices()) {
            if (r.percent() != null) {
                percents.add(r);
                continue;
            }
            List<ProductSpace.Instance> where = new ArrayList<>();
            if (r.per() == null) {
                where.add(null);
            } else {
                for (ProductSpace.Instance i : space.instances()) {
                    if (i.template().equals(r.per()) && present(i, c)) {
                        where.add(i);
                    }
                }
            }
            for (ProductSpace.Instance i : where) {
                Scope scope = i == null ? Scope.ROOT : new Scope(i.template(), java.util.Map.of(i.template(), i.index()));
                if (r.when() != null && !evaluator.test(expr(r.when()), scope, c::lookup)) {
                    continue;
                }
                BigDecimal amount = r.amount() != null ? r.amount()
                        : evaluator.number(expr(r.formula()), scope, c::lookup);
                amount = amount.setScale(2, RoundingMode.HALF_UP);
                lines.add(new Quote.Line(r.label(), i == null ? "" : i.path(), BigDecimal.ONE, amount));
                sum = sum.add(amount);
            }
        }
        BigDecimal base = sum;
        for (PriceRule r : percents) {
            if (r.when() == null || evaluator.test(expr(r.when()), Scope.ROOT, c::lookup)) {
                BigDecimal amount = base.multiply(r.percent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
                lines.add(new Quote.Line(r.label(), "", BigDecimal.ONE, amount));
                sum = sum.add(amount);
            }
        }
        BigDecimal net = sum.divide(BigDecimal.ONE.add(TAX), 2, RoundingMode.HALF_UP);
        return new Quote("EUR", sum, sum.subtract(net), true, lines, true);
    }

    private static Expr expr(String text) {
        return RuleParser.parseExpression(text, SourcePos.UNKNOWN);
    }

    private static boolean present(ProductSpace.Instance inst, Configuration c) {
        for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = c.values().get(i.parent().countId(i.component()));
                if (count == null || count.equals(ProductSpace.NA) || Integer.parseInt(count) < i.index()) {
                    return false;
                }
            }
        }
        return true;
    }
}
