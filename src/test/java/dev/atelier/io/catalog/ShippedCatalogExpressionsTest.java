// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Value;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped catalogs have valid configurations, and in them every price, geometry and bill-of-materials
 * expression evaluates to what it must be (a number, a condition) — in the defaults' configuration and in random
 * valid ones.
 */
class ShippedCatalogExpressionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"catalogs/wardrobes.json", "catalogs/shirts.json"})
    void everyExpressionEvaluatesInValidConfigurations(String file) {
        Catalog catalog = new JsonCatalogReader().read(Path.of(file)).orThrow();
        for (Product product : catalog.products()) {
            CompiledProduct compiled = new ProductCompiler().compile(catalog, product);
            FdModel model = compiled.model();
            Solver solver = new Solver(model);
            int[] none = new int[model.size()];
            java.util.Arrays.fill(none, -1);
            int[] preferred = compiled.preferred(none);
            List<int[]> configurations = new ArrayList<>();
            configurations.add(solver.solve(preferred, null));
            for (long seed = 1; seed <= 6; seed++) {
                configurations.add(solver.solve(new int[0], new Random(seed)));
            }
            Evaluator ev = new Evaluator(compiled.space());
            for (int[] config : configurations) {
                assertThat(config).as("a valid configuration of %s", product.id()).isNotNull();
                assertThat(model.satisfies(config)).isTrue();
                checkExpressions(compiled.space(), ev, compiled.lookup(config), product);
            }
        }
    }

    private static void checkExpressions(ProductSpace space, Evaluator ev, Function<String, String> values,
                                         Product product) {
        for (Derived d : product.derived()) {
            number(ev, d.expression(), Scope.ROOT, values, "derived " + d.id());
        }
        for (PriceRule p : product.prices()) {
            List<Scope> scopes = p.per() == null ? List.of(Scope.ROOT) : presentScopes(space, p.per(), values);
            for (Scope s : scopes) {
                if (p.when() == null || condition(ev, p.when(), s, values, "price " + p.id())) {
                    if (p.formula() != null) {
                        BigDecimal amount = number(ev, p.formula(), s, values, "price " + p.id());
                        assertThat(amount.signum()).as("price %s is not negative", p.id()).isNotNegative();
                    }
                    if (p.quantity() != null) {
                        number(ev, p.quantity(), s, values, "price " + p.id() + " quantity");
                    }
                }
            }
        }
        for (ProductSpace.Instance inst : space.instances()) {
            if (!present(inst, values)) {
                continue;
            }
            Scope s = scopeOf(inst);
            Component c = inst.component();
            for (String e : c.placement()) {
                number(ev, e, s, values, "placement of " + inst);
            }
            for (GeometryBinding g : c.geometry()) {
                if (g.when() != null && !condition(ev, g.when(), s, values, "geometry " + g.id())) {
                    continue;
                }
                for (String e : g.size()) {
                    assertThat(number(ev, e, s, values, "geometry " + g.id()).signum()).isNotNegative();
                }
                for (String e : g.position()) {
                    number(ev, e, s, values, "geometry " + g.id());
                }
                for (String e : g.rotation()) {
                    number(ev, e, s, values, "geometry " + g.id());
                }
            }
            for (BomLine b : c.bom()) {
                if (b.when() == null || condition(ev, b.when(), s, values, "bom " + b.id())) {
                    assertThat(number(ev, b.quantity(), s, values, "bom " + b.id()).signum()).isPositive();
                }
            }
        }
    }

    private static BigDecimal number(Evaluator ev, String text, Scope s, Function<String, String> values,
                                     String what) {
        Value v = ev.eval(RuleParser.parseExpression(text, SourcePos.UNKNOWN), s, values);
        assertThat(v).as("%s: %s in %s", what, text, s).isInstanceOf(Value.Num.class);
        return ((Value.Num) v).value();
    }

    private static boolean condition(Evaluator ev, String text, Scope s, Function<String, String> values,
                                     String what) {
        Value v = ev.eval(RuleParser.parseExpression(text, SourcePos.UNKNOWN), s, values);
        assertThat(v).as("%s: %s in %s", what, text, s).isInstanceOfAny(Value.Bool.class, Value.Na.class);
        return v == Value.TRUE;
    }

    private static List<Scope> presentScopes(ProductSpace space, String template, Function<String, String> values) {
        List<Scope> out = new ArrayList<>();
        for (ProductSpace.Instance i : space.instances()) {
            if (i.template().equals(template) && present(i, values)) {
                out.add(scopeOf(i));
            }
        }
        return out;
    }

    private static Scope scopeOf(ProductSpace.Instance inst) {
        Map<String, Integer> indices = new LinkedHashMap<>();
        for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
            if (i.index() > 0) {
                indices.put(i.template(), i.index());
            }
        }
        return new Scope(inst.template(), indices);
    }

    private static boolean present(ProductSpace.Instance inst, Function<String, String> values) {
        for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = values.apply(i.parent().countId(i.component()));
                if (count.equals(ProductSpace.NA) || Integer.parseInt(count) < i.index()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A depth-first search with forward checking over the model: enough to find some valid configurations for these
     * tests (the rules engine is the real solver). Gives up after a node budget so a bad random order cannot stall.
     */
    static final class Solver {
        private final FdModel model;
        private final List<List<TableConstraint>> touching = new ArrayList<>();
        private final Map<TableConstraint, Set<List<Integer>>> sets = new HashMap<>();
        private boolean[][] domains;
        private final List<int[]> trail = new ArrayList<>();
        private long nodes;

        Solver(FdModel model) {
            this.model = model;
            for (int i = 0; i < model.size(); i++) {
                touching.add(new ArrayList<>());
            }
            for (FdConstraint c : model.constraints()) {
                TableConstraint t = (TableConstraint) c;
                for (int v : t.scope()) {
                    if (!touching.get(v).contains(t)) {
                        touching.get(v).add(t);
                    }
                }
                Set<List<Integer>> set = new HashSet<>();
                for (int[] tuple : t.tuples()) {
                    List<Integer> l = new ArrayList<>();
                    for (int x : tuple) {
                        l.add(x);
                    }
                    set.add(l);
                }
                sets.put(t, set);
            }
        }

        /** A valid configuration preferring the given values (or in a random order), or null. */
        int[] solve(int[] preferred, Random random) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int[] a = new int[model.size()];
                java.util.Arrays.fill(a, -1);
                domains = new boolean[model.size()][];
                for (int i = 0; i < model.size(); i++) {
                    domains[i] = new boolean[model.variable(i).size()];
                    java.util.Arrays.fill(domains[i], true);
                }
                trail.clear();
                nodes = 0;
                if (dfs(0, a, preferred, random)) {
                    return a;
                }
                if (random == null) {
                    return null;
                }
            }
            return null;
        }

        private boolean dfs(int k, int[] a, int[] preferred, Random random) {
            if (k == a.length) {
                return true;
            }
            if (++nodes > 50_000) {
                return false;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < model.variable(k).size(); i++) {
                if (domains[k][i]) {
                    order.add(i);
                }
            }
            if (random != null) {
                Collections.shuffle(order, random);
            } else if (preferred.length > k && preferred[k] >= 0 && order.remove(Integer.valueOf(preferred[k]))) {
                order.add(0, preferred[k]);
            }
            for (int v : order) {
                a[k] = v;
                int mark = trail.size();
                if (propagate(k, a) && dfs(k + 1, a, preferred, random)) {
                    return true;
                }
                while (trail.size() > mark) {
                    int[] removed = trail.remove(trail.size() - 1);
                    domains[removed[0]][removed[1]] = true;
                }
                a[k] = -1;
            }
            return false;
        }

        /**
         * Checks the tables variable {@code k} completes and prunes the last open variable of the others; a variable
         * with a single value left counts as decided.
         */
        private boolean propagate(int k, int[] a) {
            for (TableConstraint t : touching.get(k)) {
                int[] tuple = new int[t.scope().length];
                int open = -1;
                int openCount = 0;
                for (int i = 0; i < t.scope().length; i++) {
                    int v = t.scope()[i];
                    tuple[i] = a[v] >= 0 ? a[v] : single(v);
                    if (tuple[i] < 0) {
                        open = i;
                        openCount++;
                    }
                }
                if (openCount == 0 && !allowed(t, tuple)) {
                    return false;
                }
                if (openCount == 1) {
                    int u = t.scope()[open];
                    boolean any = false;
                    for (int w = 0; w < domains[u].length; w++) {
                        if (!domains[u][w]) {
                            continue;
                        }
                        tuple[open] = w;
                        if (allowed(t, tuple)) {
                            any = true;
                        } else {
                            domains[u][w] = false;
                            trail.add(new int[]{u, w});
                        }
                    }
                    if (!any) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The only value left in a variable's domain, or -1. */
        private int single(int v) {
            int found = -1;
            for (int w = 0; w < domains[v].length; w++) {
                if (domains[v][w]) {
                    if (found >= 0) {
                        return -1;
                    }
                    found = w;
                }
            }
            return found;
        }

        private boolean allowed(TableConstraint t, int[] tuple) {
            List<Integer> l = new ArrayList<>(tuple.length);
            for (int x : tuple) {
                l.add(x);
            }
            return sets.get(t).contains(l) == t.supports();
        }
    }
}
