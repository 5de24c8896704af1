// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.ReferenceCompletion;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.engine.bdd.BddRuleEngine;
import dev.atelier.io.catalog.JsonCatalogReader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session on the shipped wardrobe shows, after every tap, exactly what a session whose engine completes the
 * straightforward way ({@link ReferenceCompletion}: one propagation per open variable) shows: same decided values,
 * same completed configuration (defaults first, then cheapest), same value states.
 */
class WardrobeSessionCompletionTest {

    private CompiledProduct wardrobe;
    private RuleEngine engine;

    @Property(tries = 60)
    void everyTapShowsTheReferenceCompletion(@ForAll long seed) {
        RuleEngine engine = engine();
        assertThat(engine).isInstanceOf(BddRuleEngine.class);
        ConfigurationSession fast = new ConfigurationSession(wardrobe.space(), engine);
        ConfigurationSession reference = new ConfigurationSession(wardrobe.space(), new ReferenceCompletion(engine));
        Random random = new Random(seed);
        if (random.nextInt(3) == 0) {
            long salt = random.nextLong();
            ConfigurationSession.CostModel costs = (variable, value) ->
                    Math.floorMod((variable + "=" + value).hashCode() ^ salt, 4);
            same(fast.useCosts(costs), reference.useCosts(costs));
        }
        same(fast.state(), reference.state());
        int taps = 1 + random.nextInt(12);
        for (int k = 0; k < taps; k++) {
            int action = random.nextInt(10);
            List<String> chosen = new ArrayList<>(fast.selections().keySet());
            if (action == 0 && !chosen.isEmpty()) {
                String id = chosen.get(random.nextInt(chosen.size()));
                same(fast.deselect(id), reference.deselect(id));
            } else if (action == 1 && fast.canUndo()) {
                same(fast.undo(), reference.undo());
            } else if (action == 2) {
                same(fast.complete(), reference.complete());
            } else {
                List<String[]> available = new ArrayList<>();
                for (ProductSpace.Var v : wardrobe.space().variables()) {
                    fast.state().states(v.id()).forEach((value, state) -> {
                        if (state == ValueState.AVAILABLE && !value.equals(fast.selections().get(v.id()))) {
                            available.add(new String[] {v.id(), value});
                        }
                    });
                }
                if (available.isEmpty()) {
                    break;
                }
                String[] pick = available.get(random.nextInt(available.size()));
                same(fast.select(pick[0], pick[1]), reference.select(pick[0], pick[1]));
            }
        }
    }

    private void same(SessionState fast, SessionState reference) {
        assertThat(fast.completed()).isNotNull();
        assertThat(fast.completed()).isEqualTo(reference.completed());
        assertThat(fast.decided()).isEqualTo(reference.decided());
        assertThat(fast.complete()).isEqualTo(reference.complete());
        for (ProductSpace.Var v : wardrobe.space().variables()) {
            assertThat(fast.states(v.id())).as(v.id()).isEqualTo(reference.states(v.id()));
        }
        assertThat(engine.isValid(Assignment.of(codes(fast.completed()))))
                .isTrue();
    }

    private int[] codes(Configuration c) {
        List<ProductSpace.Var> vars = wardrobe.space().variables();
        int[] codes = new int[vars.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = vars.get(i).values().indexOf(c.values().get(vars.get(i).id()));
        }
        return codes;
    }

    private RuleEngine engine() {
        if (engine == null) {
            Catalog catalog = new JsonCatalogReader().read(Path.of("catalogs", "wardrobes.json")).orThrow();
            wardrobe = new ProductCompiler().compile(catalog, catalog.product("wardrobe").orElseThrow());
            engine = RuleEngines.create(wardrobe.model());
        }
        return engine;
    }
}
