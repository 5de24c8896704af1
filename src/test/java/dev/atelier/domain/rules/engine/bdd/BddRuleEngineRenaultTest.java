// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.ChocoOracle;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.xcsp.SharedBenchmarks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The BDD engine on the Renault Mégane benchmark: known facts, and agreement with Choco along random sessions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BddRuleEngineRenaultTest {

    private FdModel model;
    private BddRuleEngine engine;

    @BeforeAll
    void compile() {
        Optional<FdModel> renault = SharedBenchmarks.renault();
        assumeTrue(renault.isPresent(), SharedBenchmarks.MISSING);
        model = renault.get();
        engine = new BddRuleEngine(model);
    }

    @Test
    void countsEveryValidCar() {
        assertThat(engine.modelCount()).isEqualTo(new BigInteger("2835456006272"));
    }

    @Test
    void offersAllButFourValuesWithoutChoices() {
        Propagation none = engine.propagate(Assignment.empty(model.size()));
        int available = 0;
        int impossible = 0;
        for (int v = 0; v < model.size(); v++) {
            for (int value = 0; value < model.variable(v).size(); value++) {
                available += none.state(v, value) == ValueState.AVAILABLE ? 1 : 0;
                impossible += none.state(v, value) == ValueState.IMPOSSIBLE ? 1 : 0;
            }
        }
        assertThat(available).isEqualTo(392);
        assertThat(impossible).isEqualTo(4);
    }

    @Test
    void agreesWithChocoAlongRandomSessions() {
        ChocoOracle choco = new ChocoOracle(model);
        Random random = new Random(20240611);
        for (int session = 0; session < 30; session++) {
            Assignment selections = Assignment.empty(model.size());
            int checkAt = 1 + random.nextInt(15);
            for (int step = 1; ; step++) {
                Propagation propagation = engine.propagate(selections);
                if (step == checkAt) {
                    checkAgainstChoco(choco, propagation, random);
                }
                List<int[]> choices = openChoices(propagation);
                if (choices.isEmpty()) {
                    assertThat(propagation.complete()).isTrue();
                    break;
                }
                int[] choice = choices.get(random.nextInt(choices.size()));
                selections = selections.with(choice[0], choice[1]);
            }
            assertThat(engine.isValid(selections.isComplete() ? selections
                    : engine.complete(selections, null, null).orElseThrow())).isTrue();
        }
    }

    private void checkAgainstChoco(ChocoOracle choco, Propagation propagation, Random random) {
        int[] selection = propagation.selections().toArray();
        int[] unset = IntStream.range(0, model.size()).filter(v -> selection[v] == Assignment.UNSET).toArray();
        boolean[][] supported = choco.supported(selection, unset);
        for (int v : unset) {
            for (int value = 0; value < model.variable(v).size(); value++) {
                assertThat(propagation.state(v, value) == ValueState.AVAILABLE)
                        .as("%s=%s after %s", model.variable(v).id(), value, propagation.selections())
                        .isEqualTo(supported[v][value]);
            }
        }
        int[] selected = IntStream.range(0, model.size()).filter(v -> selection[v] != Assignment.UNSET).toArray();
        if (selected.length > 0) {
            int v = selected[random.nextInt(selected.length)];
            int[] others = selection.clone();
            others[v] = Assignment.UNSET;
            boolean[][] alternatives = choco.supported(others, v);
            for (int value = 0; value < model.variable(v).size(); value++) {
                assertThat(propagation.state(v, value) == ValueState.AVAILABLE)
                        .as("switching selected %s to %s", model.variable(v).id(), value)
                        .isEqualTo(alternatives[v][value]);
            }
        }
    }

    /** Available values of unset variables that are not forced. */
    private List<int[]> openChoices(Propagation propagation) {
        List<int[]> choices = new ArrayList<>();
        for (int v = 0; v < model.size(); v++) {
            if (propagation.fixedValue(v) != Assignment.UNSET) {
                continue;
            }
            for (int value = 0; value < model.variable(v).size(); value++) {
                if (propagation.state(v, value) == ValueState.AVAILABLE) {
                    choices.add(new int[] {v, value});
                }
            }
        }
        return choices;
    }

    @Test
    void explainsAndRepairsEveryExcludedValueOfARandomSession() {
        Random random = new Random(7);
        Assignment selections = Assignment.empty(model.size());
        for (int step = 0; step < 8; step++) {
            List<int[]> choices = openChoices(engine.propagate(selections));
            int[] choice = choices.get(random.nextInt(choices.size()));
            selections = selections.with(choice[0], choice[1]);
        }
        Propagation propagation = engine.propagate(selections);
        int excluded = 0;
        for (int v = 0; v < model.size(); v++) {
            for (int value = 0; value < model.variable(v).size(); value++) {
                if (propagation.state(v, value) != ValueState.NEEDS_CHANGE) {
                    continue;
                }
                excluded++;
                Explanation explanation = engine.explain(selections, v, value);
                assertThat(explanation.because()).isNotEmpty();
                assertThat(explanation.rules()).isNotEmpty();
                Assignment just = Assignment.empty(model.size()).with(v, value);
                for (Explanation.Literal literal : explanation.because()) {
                    just = just.with(literal.variable(), literal.value());
                }
                assertThat(engine.propagate(just).consistent()).as("the explanation excludes").isFalse();
                Repair repair = engine.repair(selections, v, value).orElseThrow();
                Assignment kept = selections.with(v, value);
                for (Explanation.Literal literal : repair.retract()) {
                    kept = kept.without(literal.variable());
                }
                assertThat(engine.propagate(kept).consistent()).as("the repair works").isTrue();
                assertThat(engine.isValid(repair.suggestion())).isTrue();
                assertThat(repair.suggestion().get(v)).isEqualTo(value);
            }
        }
        assertThat(excluded).isPositive();
    }

    @Test
    void validatesLikeADirectCheckOfEveryTable() {
        Random random = new Random(3);
        Assignment valid = engine.complete(Assignment.empty(model.size()), null, null).orElseThrow();
        assertThat(engine.isValid(valid)).isTrue();
        for (int i = 0; i < 2000; i++) {
            int v = random.nextInt(model.size());
            Assignment changed = valid.with(v, random.nextInt(model.variable(v).size()));
            assertThat(engine.isValid(changed)).isEqualTo(satisfiesEveryTable(changed));
        }
    }

    private boolean satisfiesEveryTable(Assignment full) {
        return model.constraints().stream().allMatch(c -> dev.atelier.domain.rules.engine.BruteForce
                .satisfies(c, full.toArray()));
    }
}
