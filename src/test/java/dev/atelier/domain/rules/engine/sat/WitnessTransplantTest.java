// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Grafting is sound: whenever it reports success, the grafted configuration is valid and keeps locked values. */
class WitnessTransplantTest {

    @Provide
    Arbitrary<SmallModels.Scenario> scenarios() {
        return SmallModels.scenarios();
    }

    @Property(tries = 300)
    void successfulGraftsAreValidConfigurationsThatKeepLockedVariables(
            @ForAll("scenarios") SmallModels.Scenario scenario, @ForAll long seed) {
        FdModel model = scenario.model();
        BruteForce oracle = new BruteForce(model);
        List<int[]> solutions = oracle.solutions();
        if (solutions.isEmpty()) {
            return;
        }
        ValueIndex values = new ValueIndex(model);
        List<TableDiagram> diagrams = new ArrayList<>();
        for (FdConstraint c : model.constraints()) {
            if (c instanceof TableConstraint table) {
                diagrams.add(TableDiagram.of(table, values.domainSizes()));
            }
        }
        WitnessTransplant transplant = new WitnessTransplant(model, values, diagrams, new Occurrences(model), 1000);
        Random random = new Random(seed);
        for (int attempt = 0; attempt < 20; attempt++) {
            int[] base = solutions.get(random.nextInt(solutions.size())).clone();
            int[] donor = solutions.get(random.nextInt(solutions.size()));
            int[] before = base.clone();
            BitSet donorBits = new BitSet();
            List<Integer> grafted = new ArrayList<>();
            BitSet locked = new BitSet();
            for (int x = 0; x < model.size(); x++) {
                donorBits.set(values.index(x, donor[x]));
                if (donor[x] != base[x] && random.nextBoolean()) {
                    grafted.add(x);
                } else if (random.nextInt(3) == 0) {
                    locked.set(x);
                }
            }
            transplant.prepare(base);
            BitSet proven = new BitSet();
            boolean ok = transplant.graft(donorBits, grafted.stream().mapToInt(i -> i).toArray(), 0, grafted.size(),
                    locked, proven);
            assertThat(base).as("base restored").containsExactly(before);
            if (!ok) {
                continue;
            }
            int[] result = base.clone();
            for (int i = proven.nextSetBit(0); i >= 0; i = proven.nextSetBit(i + 1)) {
                result[values.variableOf(i)] = values.valueOf(i);
            }
            assertThat(oracle.satisfiesRules(result, null)).as("grafted configuration is valid").isTrue();
            for (int x : grafted) {
                assertThat(result[x]).isEqualTo(donor[x]);
            }
            for (int x = locked.nextSetBit(0); x >= 0; x = locked.nextSetBit(x + 1)) {
                assertThat(result[x]).isEqualTo(base[x]);
            }
        }
    }
}
