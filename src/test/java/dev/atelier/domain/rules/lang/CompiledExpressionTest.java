// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.InstanceScopes;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.fixtures.RandomConfigurations;
import dev.atelier.io.catalog.JsonCatalogReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link CompiledExpression} evaluates to exactly what the {@link Evaluator}'s interpreter gives — the same value,
 * or an exception of the same class with the same message — for every expression of the shipped catalogs (derived
 * values, prices, geometry, placements, bill of materials, rules) and a set of hand-written ones (errors, aggregates,
 * explicit instances, option ids), in the product scope and every instance's scope, over random partial and
 * inconsistent configurations evaluated one after the other (and each twice: a compiled expression keeps its last
 * results); and it reads only the variables it says it reads.
 */
class CompiledExpressionTest {

    private static final List<String> CATALOGS = List.of("catalogs/wardrobes.json", "catalogs/shirts.json");

    /** Expressions that exercise what the catalogs may not: failures, aggregates, explicit instances. */
    private static final List<String> EXTRA = List.of(
            "sum(section.width) + nosuch", "section.width", "section.insert.type = drawer",
            "max(section.insert.count, 2)", "min(section.width)", "atleast 2 of (section.door = pair)",
            "atmost 1 of (section.insert.type = drawer)", "exactly 3 of (section.insert.type = shelf)",
            "count(section.insert.type = drawer)", "count(section.insert)", "count(section)", "section.count",
            "index()", "before(width)", "round(depth / 3, 2)", "round(depth / 7)", "floor(depth / 7)",
            "ceil(depth / 7)", "abs(0 - depth)", "-height", "not extras.lighting", "extras.lighting iff door = pair",
            "1 / 0", "height / (depth - depth)", "tier(finish)", "attr(plinth, \"heightCm\")", "attr(finish, \"x\")",
            "finish in {white, oak-veneer}", "finish not in {white}", "section[2].width * 2", "section[5].width",
            "section[2].insert[3].type = drawer", "section[2]", "section[3].insert[6]", "insert", "section",
            "white = finish", "finish = 3", "height = 236", "236 = height", "width = nosuch", "nosuch",
            "if(door = pair, width, depth)", "if(nosuch, 1, 2)", "door requires handle = knob",
            "door excludes handle = knob", "door = pair implies width > 60", "sum(section.insert.count) >= 2",
            "total-width * 10", "overall-height", "chest + length", "monogram.initials", "initials = \"AB\"",
            "fit = slim or collar = cutaway", "sum(1)", "width < \"x\"");

    @Property(tries = 20)
    void compiledExpressionsEvaluateLikeTheInterpreter(@ForAll long seed) {
        Random random = new Random(seed);
        Catalog catalog = new JsonCatalogReader().read(Path.of(CATALOGS.get(random.nextInt(CATALOGS.size()))))
                .orThrow();
        Product product = catalog.products().get(random.nextInt(catalog.products().size()));
        ProductSpace space = ProductSpace.of(catalog, product);
        Evaluator interpreter = new Evaluator(space);
        Evaluator compiler = new Evaluator(space);
        List<Compiled> compiled = new ArrayList<>();
        for (Scope scope : scopes(space)) {
            for (Expr e : expressions(product)) {
                compiled.add(new Compiled(e, scope, compiler.compile(e, scope)));
            }
        }
        for (int k = 0; k < 8; k++) {
            Configuration c = RandomConfigurations.of(space, random);
            for (Compiled x : compiled) {
                Set<String> asked = new LinkedHashSet<>();
                Function<String, String> values = id -> {
                    asked.add(id);
                    return c.lookup(id);
                };
                Object expected = outcome(() -> interpreter.eval(x.e, x.scope, c::lookup));
                Object actual = outcome(() -> x.compiled.eval(values));
                assertThat(actual).as("%s in %s", x.e, x.scope).isEqualTo(expected);
                assertThat(outcome(() -> x.compiled.eval(c::lookup))).as("again: %s in %s", x.e, x.scope)
                        .isEqualTo(expected);
                if (x.compiled.reads() != null) {
                    assertThat(x.compiled.reads()).as("reads of %s in %s", x.e, x.scope).containsAll(asked);
                }
            }
        }
    }

    @Test
    void compiledNumberAndTestAnswerLikeTheEvaluator() {
        Catalog catalog = new JsonCatalogReader().read(Path.of("catalogs/wardrobes.json")).orThrow();
        Product product = catalog.product("wardrobe").orElseThrow();
        ProductSpace space = ProductSpace.of(catalog, product);
        Evaluator ev = new Evaluator(space);
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            Configuration c = RandomConfigurations.of(space, random);
            for (Scope scope : scopes(space)) {
                for (String text : List.of("depth * 10 - 60", "door = pair", "extras.lighting", "finish")) {
                    Expr e = RuleParser.parseExpression(text, SourcePos.UNKNOWN);
                    CompiledExpression ce = ev.compile(e, scope);
                    assertThat(outcome(() -> ce.number(c::lookup)))
                            .isEqualTo(outcome(() -> ev.number(e, scope, c::lookup)));
                    assertThat(outcome(() -> ce.test(c::lookup))).isEqualTo(outcome(() -> ev.test(e, scope, c::lookup)));
                }
            }
        }
    }

    @Test
    void aReferenceResolvesToTheVariableOfItsInstance() {
        Catalog catalog = new JsonCatalogReader().read(Path.of("catalogs/wardrobes.json")).orThrow();
        ProductSpace space = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
        Evaluator ev = new Evaluator(space);
        Scope scope = InstanceScopes.scopeOf(space.instance("section[2].insert[3]").orElseThrow());
        CompiledExpression ce = ev.compile(RuleParser.parseExpression("width * 10", SourcePos.UNKNOWN), scope);
        assertThat(ce.reads()).containsExactly("section[2].width");
        assertThat(ce.eval(id -> id.equals("section[2].width") ? "80" : null))
                .isEqualTo(new Value.Num(new java.math.BigDecimal("800")));
        assertThat(ce.eval(id -> null)).isEqualTo(Value.UNKNOWN);
    }

    private record Compiled(Expr e, Scope scope, CompiledExpression compiled) {
    }

    /** An outcome to compare: the value, or the exception's class and message. */
    private static Object outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException ex) {
            return ex.getClass().getName() + ": " + ex.getMessage();
        }
    }

    private static List<Scope> scopes(ProductSpace space) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.ROOT);
        for (ProductSpace.Instance inst : space.instances()) {
            scopes.add(InstanceScopes.scopeOf(inst));
        }
        return scopes;
    }

    /** Every expression of the product, then the extra ones. */
    private static List<Expr> expressions(Product product) {
        Set<String> out = new LinkedHashSet<>();
        List<Expr> rules = new ArrayList<>();
        for (Derived d : product.derived()) {
            out.add(d.expression());
        }
        for (PriceRule p : product.prices()) {
            addIfPresent(out, p.when());
            addIfPresent(out, p.formula());
            addIfPresent(out, p.quantity());
        }
        for (Rule r : product.rules()) {
            Statement s = RuleParser.parseRule(r.text(), r.source());
            if (s instanceof Statement.Constraint c) {
                rules.add(c.condition());
            } else if (s instanceof Statement.Default d) {
                rules.add(d.value());
                if (d.when() != null) {
                    rules.add(d.when());
                }
            } else if (s instanceof Statement.Visible v) {
                rules.add(v.when());
            }
        }
        addComponent(out, product.root());
        out.addAll(EXTRA);
        List<Expr> all = new ArrayList<>();
        for (String text : out) {
            all.add(RuleParser.parseExpression(text, SourcePos.UNKNOWN));
        }
        all.addAll(rules);
        return all;
    }

    private static void addComponent(Set<String> out, Component c) {
        out.addAll(c.placement());
        for (GeometryBinding g : c.geometry()) {
            addIfPresent(out, g.when());
            out.addAll(g.size());
            out.addAll(g.position());
            out.addAll(g.rotation());
            addIfPresent(out, g.text());
            addIfPresent(out, g.material());
        }
        for (BomLine b : c.bom()) {
            out.add(b.quantity());
            addIfPresent(out, b.when());
        }
        for (Component child : c.children()) {
            addComponent(out, child);
        }
    }

    private static void addIfPresent(Set<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}
