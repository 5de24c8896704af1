// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.BruteForce;
import dev.atelier.domain.rules.engine.BruteForceRuleEngine;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.RandomModels;
import dev.atelier.domain.rules.engine.RandomModels.Case;
import dev.atelier.domain.rules.engine.ReferenceCompletion;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.catalog.JsonCatalogReader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BDD engine's greedy completion (witness search) against the straightforward one ({@link ReferenceCompletion}:
 * one complete propagation per open variable) and against brute force, on small random models and on the shipped
 * wardrobe.
 */
class BddCompletionPropertiesTest {

    private static final int UNSET = Assignment.UNSET;

    private BddRuleEngine wardrobe;

    @Provide
    Arbitrary<Case> cases() {
        return RandomModels.cases();
    }

    @Provide
    Arbitrary<Case> wideCases() {
        return RandomModels.wideCases();
    }

    @Property(tries = 500)
    void completionIsTheReferenceGreedyOnRandomModels(@ForAll("cases") Case c, @ForAll long seed) {
        BddRuleEngine engine = new BddRuleEngine(c.model());
        Wishes wishes = Wishes.random(c.model(), new Random(seed));
        Assignment selections = Assignment.of(c.selection());
        Optional<Assignment> completed = engine.complete(selections, wishes.preferred(), wishes.cost());
        assertThat(completed).isEqualTo(ReferenceCompletion.complete(engine, selections, wishes.preferred(),
                wishes.cost()));
        engine.propagate(selections);
        assertThat(engine.complete(selections, wishes.preferred(), wishes.cost())).isEqualTo(completed);
        Wishes total = wishes.total(c.model());
        assertThat(engine.complete(selections, total.preferred(), total.cost()))
                .isEqualTo(new BruteForceRuleEngine(c.model()).complete(selections, total.preferred(), total.cost()));
        completed.ifPresent(full -> {
            assertThat(new BruteForce(c.model()).valid(full.toArray())).isTrue();
            assertThat(BruteForce.extends_(full.toArray(), c.selection())).isTrue();
        });
    }

    @Property(tries = 100)
    void completionIsTheReferenceGreedyForVariablesWithMoreThan64Values(@ForAll("wideCases") Case c,
                                                                       @ForAll long seed) {
        BddRuleEngine engine = new BddRuleEngine(c.model());
        Wishes wishes = Wishes.random(c.model(), new Random(seed));
        Assignment selections = Assignment.of(c.selection());
        assertThat(engine.complete(selections, wishes.preferred(), wishes.cost()))
                .isEqualTo(ReferenceCompletion.complete(engine, selections, wishes.preferred(), wishes.cost()));
    }

    @Property(tries = 150)
    void completionIsTheReferenceGreedyOnTheWardrobe(@ForAll long seed) {
        BddRuleEngine engine = wardrobe();
        FdModel model = engine.model();
        Random random = new Random(seed);
        Assignment selections = Assignment.empty(model.size());
        int clicks = random.nextInt(16);
        for (int k = 0; k < clicks; k++) {
            Propagation p = engine.propagate(selections);
            List<int[]> available = new ArrayList<>();
            for (int v = 0; v < model.size(); v++) {
                for (int x = 0; !selections.isSet(v) && x < model.variable(v).size(); x++) {
                    if (p.state(v, x) == ValueState.AVAILABLE) {
                        available.add(new int[] {v, x});
                    }
                }
            }
            if (available.isEmpty()) {
                break;
            }
            int[] pick = available.get(random.nextInt(available.size()));
            selections = selections.with(pick[0], pick[1]);
        }
        Wishes wishes = Wishes.random(model, random);
        // as a session calls it: right after propagating the same selections (the engine reuses that work)
        engine.propagate(selections);
        Optional<Assignment> completed = engine.complete(selections, wishes.preferred(), wishes.cost());
        assertThat(completed).isPresent();
        assertThat(engine.isValid(completed.get())).isTrue();
        Optional<Assignment> reference = ReferenceCompletion.complete(engine, selections, wishes.preferred(),
                wishes.cost());
        assertThat(completed).isEqualTo(reference);
        // and cold, after a propagation of other selections
        engine.propagate(Assignment.empty(model.size()));
        assertThat(engine.complete(selections, wishes.preferred(), wishes.cost())).isEqualTo(reference);
    }

    private BddRuleEngine wardrobe() {
        if (wardrobe == null) {
            Catalog catalog = new JsonCatalogReader().read(Path.of("catalogs", "wardrobes.json")).orThrow();
            CompiledProduct product = new ProductCompiler().compile(catalog, catalog.product("wardrobe")
                    .orElseThrow());
            wardrobe = new BddRuleEngine(product.model());
        }
        return wardrobe;
    }

    /**
     * Preferences and costs as a session might pass them: either may be null, single cost rows may be null,
     * costs are often tied, preferences may be missing or name values the rules exclude.
     */
    private record Wishes(int[] preferred, long[][] cost) {

        static Wishes random(FdModel model, Random random) {
            int[] preferred = null;
            if (random.nextInt(4) > 0) {
                preferred = new int[model.size()];
                for (int v = 0; v < model.size(); v++) {
                    preferred[v] = random.nextBoolean() ? UNSET : random.nextInt(model.variable(v).size());
                }
            }
            long[][] cost = null;
            int kind = random.nextInt(4);
            if (kind > 0) {
                cost = new long[model.size()][];
                for (int v = 0; v < model.size(); v++) {
                    if (kind == 1 && random.nextInt(5) == 0) {
                        continue;
                    }
                    long bound = kind == 3 ? 1_000_000 : 3;
                    cost[v] = random.longs(model.variable(v).size(), 0, bound).toArray();
                }
            }
            return new Wishes(preferred, cost);
        }

        /** The same wishes with nulls spelled out (all unset, all zero), as the brute-force engine needs them. */
        Wishes total(FdModel model) {
            int[] p = preferred;
            if (p == null) {
                p = new int[model.size()];
                Arrays.fill(p, UNSET);
            }
            long[][] c = new long[model.size()][];
            for (int v = 0; v < model.size(); v++) {
                c[v] = cost != null && cost[v] != null ? cost[v] : new long[model.variable(v).size()];
            }
            return new Wishes(p, c);
        }
    }
}
