// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdModel;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SAT engine against brute force on small random models (Boolean and small domains, clauses and tables). */
class SatRuleEnginePropertiesTest {

    @Provide
    Arbitrary<SmallModels.Scenario> scenarios() {
        return SmallModels.scenarios();
    }

    @Property(tries = 300)
    void propagationIsExactOnEveryVisitedState(@ForAll("scenarios") SmallModels.Scenario scenario) {
        FdModel model = scenario.model();
        SatRuleEngine engine = new SatRuleEngine(model);
        BruteForce oracle = new BruteForce(model);
        for (Assignment selections : scenario.states()) {
            Propagation p = engine.propagate(selections);
            boolean consistent = oracle.feasible(selections);
            assertThat(p.consistent()).as("consistent %s", selections).isEqualTo(consistent);
            assertThat(p.selections()).isEqualTo(selections);
            boolean determined = consistent;
            for (int x = 0; x < model.size(); x++) {
                int availableCount = 0;
                int availableValue = Assignment.UNSET;
                for (int v = 0; v < model.variable(x).size(); v++) {
                    ValueState expected = oracle.available(selections, x, v) ? ValueState.AVAILABLE
                            : oracle.impossible(x, v) ? ValueState.IMPOSSIBLE : ValueState.NEEDS_CHANGE;
                    assertThat(p.state(x, v)).as("x%d=%d under %s", x, v, selections).isEqualTo(expected);
                    if (expected == ValueState.AVAILABLE) {
                        availableCount++;
                        availableValue = v;
                    }
                }
                int fixed = selections.isSet(x) ? selections.get(x)
                        : availableCount == 1 ? availableValue : Assignment.UNSET;
                assertThat(p.fixedValue(x)).as("fixed x%d under %s", x, selections).isEqualTo(fixed);
                determined &= fixed != Assignment.UNSET;
            }
            assertThat(p.complete()).isEqualTo(determined);
        }
    }

    @Property(tries = 200)
    void explanationsAreMinimalSubsetsOfTheSelectionsWithMinimalRules(
            @ForAll("scenarios") SmallModels.Scenario scenario) {
        FdModel model = scenario.model();
        SatRuleEngine engine = new SatRuleEngine(model);
        BruteForce oracle = new BruteForce(model);
        Set<String> allRules = new HashSet<>();
        model.constraints().forEach(c -> allRules.add(c.ruleId()));
        for (Assignment selections : scenario.states()) {
            Propagation p = engine.propagate(selections);
            for (int x = 0; x < model.size(); x++) {
                Assignment others = selections.isSet(x) ? selections.without(x) : selections;
                for (int v = 0; v < model.variable(x).size(); v++) {
                    int variable = x;
                    int value = v;
                    if (p.state(x, v) == ValueState.AVAILABLE || oracle.feasible(others.with(x, v))) {
                        assertThatThrownBy(() -> engine.explain(selections, variable, value))
                                .isInstanceOf(IllegalArgumentException.class);
                        continue;
                    }
                    Explanation e = engine.explain(selections, x, v);
                    Assignment because = Assignment.empty(model.size()).with(x, v);
                    for (Explanation.Literal l : e.because()) {
                        assertThat(l.variable()).isNotEqualTo(x);
                        assertThat(others.get(l.variable())).as("explanation uses a selection").isEqualTo(l.value());
                        because = because.with(l.variable(), l.value());
                    }
                    assertThat(oracle.feasible(because)).as("%s excludes x%d=%d", e, x, v).isFalse();
                    for (Explanation.Literal l : e.because()) {
                        assertThat(oracle.feasible(because.without(l.variable())))
                                .as("%s minimal for x%d=%d under %s", e, x, v, selections).isTrue();
                    }
                    if (oracle.impossible(x, v)) {
                        assertThat(e.because()).isEmpty();
                    }
                    Set<String> rules = new HashSet<>(e.rules());
                    assertThat(allRules).containsAll(rules);
                    assertThat(oracle.feasibleUnder(rules, because)).as("rules %s exclude", rules).isFalse();
                    for (String rule : e.rules()) {
                        Set<String> fewer = new HashSet<>(rules);
                        fewer.remove(rule);
                        assertThat(oracle.feasibleUnder(fewer, because)).as("rules %s minimal", rules).isTrue();
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void repairsRetractAMinimumNumberOfSelections(@ForAll("scenarios") SmallModels.Scenario scenario) {
        FdModel model = scenario.model();
        SatRuleEngine engine = new SatRuleEngine(model);
        BruteForce oracle = new BruteForce(model);
        for (Assignment selections : scenario.states()) {
            for (int x = 0; x < model.size(); x++) {
                Assignment others = selections.isSet(x) ? selections.without(x) : selections;
                List<Integer> selected = new ArrayList<>();
                for (int y = 0; y < model.size(); y++) {
                    if (others.isSet(y)) {
                        selected.add(y);
                    }
                }
                for (int v = 0; v < model.variable(x).size(); v++) {
                    Optional<Repair> repair = engine.repair(selections, x, v);
                    if (oracle.impossible(x, v)) {
                        assertThat(repair).isEmpty();
                        continue;
                    }
                    assertThat(repair).as("repair of x%d=%d", x, v).isPresent();
                    Repair r = repair.orElseThrow();
                    Assignment kept = others.with(x, v);
                    for (Explanation.Literal l : r.retract()) {
                        assertThat(others.get(l.variable())).isEqualTo(l.value());
                        kept = kept.without(l.variable());
                    }
                    assertThat(oracle.feasible(kept)).isTrue();
                    assertThat(r.retract().size()).as("minimum for x%d=%d under %s", x, v, selections)
                            .isEqualTo(minimumRetractions(oracle, others.with(x, v), selected));
                    Assignment suggestion = r.suggestion();
                    assertThat(suggestion.isComplete()).isTrue();
                    assertThat(oracle.satisfiesRules(suggestion.toArray(), null)).isTrue();
                    assertThat(BruteForce.agreesWith(kept).test(suggestion.toArray())).isTrue();
                }
            }
        }
    }

    private static int minimumRetractions(BruteForce oracle, Assignment wanted, List<Integer> selected) {
        for (int size = 0; size <= selected.size(); size++) {
            if (someSubsetOfSizeWorks(oracle, wanted, selected, 0, size)) {
                return size;
            }
        }
        throw new AssertionError("not even retracting everything helps");
    }

    private static boolean someSubsetOfSizeWorks(BruteForce oracle, Assignment current, List<Integer> selected,
                                                 int from, int size) {
        if (size == 0) {
            return oracle.feasible(current);
        }
        for (int i = from; i < selected.size(); i++) {
            if (someSubsetOfSizeWorks(oracle, current.without(selected.get(i)), selected, i + 1, size - 1)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 300)
    void completionTakesDefaultsThenCheapestValuesGreedily(@ForAll("scenarios") SmallModels.Scenario scenario) {
        FdModel model = scenario.model();
        SatRuleEngine engine = new SatRuleEngine(model);
        BruteForce oracle = new BruteForce(model);
        for (Assignment selections : scenario.states()) {
            Optional<Assignment> completed = engine.complete(selections, scenario.preferred(), scenario.cost());
            if (!oracle.feasible(selections)) {
                assertThat(completed).isEmpty();
                continue;
            }
            Assignment expected = greedy(oracle, model, selections, scenario.preferred(), scenario.cost());
            assertThat(completed).contains(expected);
            assertThat(engine.isValid(expected)).isTrue();
        }
    }

    private static Assignment greedy(BruteForce oracle, FdModel model, Assignment selections, int[] preferred,
                                     long[][] cost) {
        Assignment current = selections;
        for (int x = 0; x < model.size(); x++) {
            if (!current.isSet(x) && preferred[x] != Assignment.UNSET
                    && oracle.feasible(current.with(x, preferred[x]))) {
                current = current.with(x, preferred[x]);
            }
        }
        for (int x = 0; x < model.size(); x++) {
            if (current.isSet(x)) {
                continue;
            }
            int best = Assignment.UNSET;
            for (int v = 0; v < model.variable(x).size(); v++) {
                if (oracle.feasible(current.with(x, v)) && (best == Assignment.UNSET || cost[x][v] < cost[x][best])) {
                    best = v;
                }
            }
            current = current.with(x, best);
        }
        return current;
    }

    @Property(tries = 200)
    void isValidAgreesWithDirectEvaluation(@ForAll("scenarios") SmallModels.Scenario scenario) {
        FdModel model = scenario.model();
        SatRuleEngine engine = new SatRuleEngine(model);
        BruteForce oracle = new BruteForce(model);
        Set<String> solutions = new HashSet<>();
        oracle.solutions().forEach(s -> solutions.add(java.util.Arrays.toString(s)));
        enumerate(model, new int[model.size()], 0, full ->
                assertThat(engine.isValid(Assignment.of(full))).isEqualTo(solutions.contains(java.util.Arrays.toString(full))));
    }

    private static void enumerate(FdModel model, int[] current, int x, java.util.function.Consumer<int[]> check) {
        if (x == current.length) {
            check.accept(current);
            return;
        }
        for (int v = 0; v < model.variable(x).size(); v++) {
            current[x] = v;
            enumerate(model, current, x + 1, check);
        }
    }
}
