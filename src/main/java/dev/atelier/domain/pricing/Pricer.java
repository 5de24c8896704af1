// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.pricing;

import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.InstanceScopes;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.CompiledExpression;
import dev.atelier.domain.rules.lang.EvaluationException;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prices configurations: {@link #price(Configuration, PriceList, LocalDate)} turns a configuration's price rules
 * into a {@link PriceBreakdown}.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Which lines.</b> Every price rule of the product, in catalog order. A rule with {@code per} (a component
 *       template path such as {@code section.insert}) yields one line per <em>present</em> instance, evaluated in
 *       that instance's scope; otherwise one line for the product. A line applies only when its {@code when}
 *       holds (not when it is false or not applicable). A line whose quantity is zero or not applicable is left
 *       out.</li>
 *   <li><b>Amounts.</b> An amount rule's unit amount is the price list's override for the rule if it has one
 *       (used as is, in the list's currency), else {@code amount × factor}. A formula rule's unit amount is the
 *       formula's value {@code × factor} (overrides are only allowed on amount rules). Rule amounts are in the
 *       catalog's base list; the factor alone converts them, also between net and gross lists (no implicit tax
 *       conversion of rule amounts).</li>
 *   <li><b>Quantity and breaks.</b> The quantity expression (default 1) multiplies the line. Quantity breaks look
 *       at the rule's <em>total</em> quantity over all its lines (so "from 10 drawers, 5 % off" counts drawers in
 *       every section); the largest break reached takes its percentage off every line of that rule.</li>
 *   <li><b>Percentages.</b> A percent rule's line is that percentage of the sum of all non-percentage lines
 *       (after their rounding); percentages never compound. Percentage lines come after all other lines.</li>
 *   <li><b>Tax.</b> For a list whose prices include tax, the lines are gross amounts:
 *       {@code net = gross / (1 + rate)} and {@code tax = gross − net}. Otherwise the lines are net:
 *       {@code tax = net × rate} and {@code gross = net + tax}.</li>
 * </ul>
 *
 * <h2>Rounding (half-up everywhere)</h2>
 * <ol>
 *   <li>Unit amounts are rounded to the <em>fine unit</em>: the smaller of the list's rounding unit and the
 *       currency's minor unit (0.01 for EUR).</li>
 *   <li>Each line's amount ({@code unit × quantity × (1 − break %)}) is rounded once to the list's rounding unit.</li>
 *   <li>The list total is the exact sum of the rounded lines, so <b>the lines always add up to the total</b>;
 *       it is a multiple of the rounding unit.</li>
 *   <li>The derived total (net of a gross list, or the tax of a net list) is rounded once to the fine unit, and
 *       the remaining total is the exact difference or sum, so {@code net + tax = gross} exactly.</li>
 * </ol>
 * A line's amount is computed from its rounded unit amount, so "quantity × unit" on a quote can be checked by
 * hand; nothing is rounded after the totals are formed, so there are no "rounding difference" lines.
 *
 * <h2>Partial configurations</h2>
 * A line whose presence, condition, quantity or formula depends on a choice not made yet is left out and listed
 * in {@link PriceBreakdown#undecided()}; the breakdown of a complete configuration has none.
 *
 * <h2>Performance and threads</h2>
 * Each product's rule expressions are parsed and checked once, compiled for every place they are evaluated
 * ({@link Evaluator#compile}) and kept (for the last few product spaces used); pricing a click only evaluates.
 * A pricer may be shared between threads; pricing of one product is serialized.
 */
public final class Pricer {

    private static final int CACHED_PRODUCTS = 16;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<ProductSpace, CompiledProduct> compiled = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_PRODUCTS, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<ProductSpace, CompiledProduct> eldest) {
                    return size() > CACHED_PRODUCTS;
                }
            });

    /**
     * The price of {@code configuration} on {@code list} on {@code day}.
     *
     * @throws PriceListNotValidException if the list is expired or not yet valid on {@code day}
     * @throws PricingException           if a price rule is broken (names the rule)
     */
    public PriceBreakdown price(Configuration configuration, PriceList list, LocalDate day) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(day, "day");
        if (!list.validOn(day)) {
            throw new PriceListNotValidException(list, day);
        }
        CompiledProduct product = prepare(configuration.space());
        synchronized (product) {
            return product.price(configuration, list, day);
        }
    }

    /**
     * Parses and checks a product's price rules now (else the first {@link #price} call does it).
     *
     * @throws PricingException naming the first broken rule
     */
    public void check(ProductSpace space) {
        prepare(space);
    }

    private CompiledProduct prepare(ProductSpace space) {
        CompiledProduct p = compiled.get(space);
        if (p == null) {
            p = new CompiledProduct(space);
            compiled.put(space, p);
        }
        return p;
    }

    /**
     * Where a rule is evaluated (the product, path "", or one component instance) with the rule's expressions
     * compiled for that place (null where the rule has none), and the key its undecided lines are listed under.
     */
    private record Target(String path, Scope scope, Function<Function<String, String>, InstanceScopes.Presence> presence,
                          String key, CompiledExpression when, CompiledExpression formula,
                          CompiledExpression quantity) {
    }

    private record CompiledRule(PriceRule rule, Expr when, Expr formula, Expr quantity, List<Target> targets) {

        PriceLine.Kind kind() {
            return rule.amount() != null ? PriceLine.Kind.AMOUNT
                    : rule.formula() != null ? PriceLine.Kind.FORMULA : PriceLine.Kind.PERCENT;
        }
    }

    /** A line whose quantity and raw unit amount are known (raw = before rounding; null for percentages). */
    private record Pending(CompiledRule rule, Target target, BigDecimal quantity, BigDecimal rawUnit) {
    }

    /** A product's price rules, parsed and checked. Not thread-safe: the evaluator caches name resolution. */
    private static final class CompiledProduct {

        private final Evaluator evaluator;
        private final List<CompiledRule> rules = new ArrayList<>();

        CompiledProduct(ProductSpace space) {
            this.evaluator = new Evaluator(space);
            for (PriceRule r : space.product().prices()) {
                rules.add(compile(space, r));
            }
        }

        private CompiledRule compile(ProductSpace space, PriceRule r) {
            if (!r.overrides().isEmpty() && r.amount() == null) {
                throw new PricingException(r.id(), "price rule " + r.id() + ": price-list overrides are only"
                        + " allowed on amount rules (this one has a " + (r.formula() != null ? "formula" : "percent")
                        + ")");
            }
            List<ProductSpace.Instance> instances;
            Scope checkScope;
            if (r.per() == null) {
                instances = null;
                checkScope = Scope.ROOT;
            } else {
                if (r.per().isEmpty() || space.component(r.per()).isEmpty()) {
                    throw new PricingException(r.id(), "price rule " + r.id() + ": per '" + r.per()
                            + "' is not a component of product " + space.product().id());
                }
                instances = InstanceScopes.instancesOf(space, r.per());
                checkScope = InstanceScopes.scopeOf(instances.get(0));
            }
            Expr when = parse(r, "when", r.when(), checkScope);
            Expr formula = parse(r, "formula", r.formula(), checkScope);
            Expr quantity = parse(r, "quantity", r.quantity(), checkScope);
            List<Target> targets = new ArrayList<>();
            if (instances == null) {
                targets.add(target(r, "", Scope.ROOT, null, when, formula, quantity));
            } else {
                for (ProductSpace.Instance i : instances) {
                    targets.add(target(r, i.path(), InstanceScopes.scopeOf(i), InstanceScopes.presenceCheck(i), when,
                            formula, quantity));
                }
            }
            return new CompiledRule(r, when, formula, quantity, targets);
        }

        /** A rule's place with its expressions compiled there: a click then only reads values and computes. */
        private Target target(PriceRule r, String path, Scope scope,
                              Function<Function<String, String>, InstanceScopes.Presence> presence, Expr when,
                              Expr formula, Expr quantity) {
            return new Target(path, scope, presence, path.isEmpty() ? r.id() : r.id() + "@" + path,
                    when == null ? null : evaluator.compile(when, scope),
                    formula == null ? null : evaluator.compile(formula, scope),
                    quantity == null ? null : evaluator.compile(quantity, scope));
        }

        private Expr parse(PriceRule r, String what, String text, Scope scope) {
            if (text == null) {
                return null;
            }
            try {
                Expr e = RuleParser.parseExpression(text, SourcePos.UNKNOWN);
                evaluator.validate(e, scope, SourcePos.UNKNOWN);
                List<String> free = evaluator.freeDimensions(e, scope);
                if (!free.isEmpty()) {
                    throw new PricingException(r.id(), "price rule " + r.id() + ": " + what + " '" + text
                            + "' names every " + free.get(0) + "; use sum(…), count(…) or per: " + free.get(0));
                }
                return e;
            } catch (RuleSyntaxException | EvaluationException ex) {
                throw new PricingException(r.id(), "price rule " + r.id() + ": " + what + " '" + text + "': "
                        + ex.getMessage(), ex);
            }
        }

        PriceBreakdown price(Configuration config, PriceList list, LocalDate day) {
            String currency = list.currency();
            BigDecimal rounding = list.rounding();
            BigDecimal fine = rounding.min(Money.minorUnit(currency));
            List<Pending> pending = new ArrayList<>();
            List<String> undecided = new ArrayList<>();
            for (CompiledRule cr : rules) {
                for (Target t : cr.targets()) {
                    try {
                        evaluate(cr, t, config, list, pending, undecided);
                    } catch (EvaluationException ex) {
                        throw new PricingException(cr.rule().id(), "price rule " + cr.rule().id()
                                + (t.path().isEmpty() ? "" : " at " + t.path()) + ": " + ex.getMessage(), ex);
                    }
                }
            }
            Map<CompiledRule, BigDecimal> totalQuantity = new IdentityHashMap<>();
            for (Pending p : pending) {
                totalQuantity.merge(p.rule(), p.quantity(), BigDecimal::add);
            }
            List<PriceLine> lines = new ArrayList<>();
            Money base = Money.zero(currency);
            for (Pending p : pending) {
                if (p.rawUnit() != null) {
                    PriceLine line = line(p, Money.round(p.rawUnit(), fine), null, totalQuantity, currency, rounding);
                    lines.add(line);
                    base = base.plus(line.amount());
                }
            }
            for (Pending p : pending) {
                if (p.rawUnit() == null) {
                    BigDecimal percent = p.rule().rule().percent();
                    BigDecimal unit = Money.round(base.amount().multiply(percent).divide(HUNDRED), fine);
                    lines.add(line(p, unit, percent, totalQuantity, currency, rounding));
                }
            }
            Money sum = Money.zero(currency);
            for (PriceLine l : lines) {
                sum = sum.plus(l.amount());
            }
            BigDecimal onePlusRate = BigDecimal.ONE.add(list.taxRate());
            Money net;
            Money gross;
            if (list.pricesIncludeTax()) {
                gross = sum;
                net = new Money(roundQuotient(gross.amount(), onePlusRate, fine), currency);
            } else {
                net = sum;
                gross = net.plus(new Money(Money.round(net.amount().multiply(list.taxRate()), fine), currency));
            }
            return new PriceBreakdown(list.id(), currency, day, list.pricesIncludeTax(), list.taxRate(), lines,
                    net, gross.minus(net), gross, undecided);
        }

        private void evaluate(CompiledRule cr, Target t, Configuration config, PriceList list,
                              List<Pending> pending, List<String> undecided) {
            PriceRule r = cr.rule();
            String key = t.key();
            if (t.presence() != null) {
                InstanceScopes.Presence presence = t.presence().apply(config::lookup);
                if (presence == InstanceScopes.Presence.ABSENT) {
                    return;
                }
                if (presence == InstanceScopes.Presence.UNDECIDED) {
                    undecided.add(key);
                    return;
                }
            }
            if (cr.when() != null) {
                Value w = t.when().eval(config::lookup);
                if (w instanceof Value.Unknown) {
                    undecided.add(key);
                    return;
                }
                if (w instanceof Value.Num || w instanceof Value.Sym) {
                    throw new EvaluationException(0, "when '" + r.when() + "' is not a condition");
                }
                if (!(w instanceof Value.Bool b && b.value())) {
                    return;
                }
            }
            BigDecimal quantity = BigDecimal.ONE;
            if (cr.quantity() != null) {
                Value q = t.quantity().eval(config::lookup);
                if (q instanceof Value.Unknown) {
                    undecided.add(key);
                    return;
                }
                if (q instanceof Value.Na) {
                    return;
                }
                quantity = number(q, "quantity", r.quantity());
                if (quantity.signum() < 0) {
                    throw new EvaluationException(0, "quantity '" + r.quantity() + "' is negative ("
                            + quantity.toPlainString() + ")");
                }
                if (quantity.signum() == 0) {
                    return;
                }
            }
            BigDecimal raw = null;
            if (r.amount() != null) {
                BigDecimal override = r.overrides().get(list.id());
                raw = override != null ? override : r.amount().multiply(list.factor());
            } else if (cr.formula() != null) {
                Value f = t.formula().eval(config::lookup);
                if (f instanceof Value.Unknown) {
                    undecided.add(key);
                    return;
                }
                if (f instanceof Value.Na) {
                    return;
                }
                raw = number(f, "formula", r.formula()).multiply(list.factor());
            }
            pending.add(new Pending(cr, t, quantity, raw));
        }

        private static BigDecimal number(Value v, String what, String text) {
            if (v instanceof Value.Num n) {
                return n.value();
            }
            throw new EvaluationException(0, what + " '" + text + "' is not a number");
        }

        private static PriceLine line(Pending p, BigDecimal unit, BigDecimal percent,
                                      Map<CompiledRule, BigDecimal> totalQuantity, String currency,
                                      BigDecimal rounding) {
            PriceRule r = p.rule().rule();
            BigDecimal off = breakPercent(r, totalQuantity.get(p.rule()));
            BigDecimal exact = unit.multiply(p.quantity());
            if (off.signum() != 0) {
                exact = exact.multiply(HUNDRED.subtract(off)).divide(HUNDRED);
            }
            return new PriceLine(r.id(), p.target().path(), r.label(), p.rule().kind(), p.quantity(),
                    new Money(unit, currency), percent, off, new Money(Money.round(exact, rounding), currency));
        }

        /** The percentage off of the largest break the total quantity reaches, or 0. */
        private static BigDecimal breakPercent(PriceRule r, BigDecimal totalQuantity) {
            BigDecimal off = BigDecimal.ZERO;
            int reached = 0;
            for (PriceRule.QuantityBreak b : r.breaks()) {
                if (totalQuantity.compareTo(BigDecimal.valueOf(b.minQuantity())) >= 0 && b.minQuantity() > reached) {
                    reached = b.minQuantity();
                    off = b.percentOff();
                }
            }
            return off;
        }

        /** {@code numerator / denominator} rounded half-up to a multiple of {@code unit}, in one rounding step. */
        private static BigDecimal roundQuotient(BigDecimal numerator, BigDecimal denominator, BigDecimal unit) {
            BigDecimal units = numerator.divide(denominator.multiply(unit), 0, RoundingMode.HALF_UP);
            return Money.round(units.multiply(unit), unit);
        }
    }
}
