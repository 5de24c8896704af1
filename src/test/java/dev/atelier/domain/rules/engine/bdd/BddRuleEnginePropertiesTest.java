// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.BruteForce;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.RandomModels;
import dev.atelier.domain.rules.engine.RandomModels.Case;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The BDD engine against brute-force enumeration on small random models. */
class BddRuleEnginePropertiesTest {

    private static final int UNSET = Assignment.UNSET;

    @Provide
    Arbitrary<Case> cases() {
        return RandomModels.cases();
    }

    @Provide
    Arbitrary<Case> wideCases() {
        return RandomModels.wideCases();
    }

    @Property(tries = 400)
    void propagationOffersExactlyTheValuesOfSomeSolution(@ForAll("cases") Case c) {
        checkPropagation(c);
    }

    @Property(tries = 100)
    void propagationIsExactForVariablesWithMoreThan64Values(@ForAll("wideCases") Case c) {
        checkPropagation(c);
    }

    @Property(tries = 100)
    void repairsAreMinimumForVariablesWithMoreThan64Values(@ForAll("wideCases") Case c) {
        checkRepairs(c);
    }

    private static void checkPropagation(Case c) {
        FdModel model = c.model();
        BruteForce oracle = new BruteForce(model);
        Propagation propagation = new BddRuleEngine(model).propagate(Assignment.of(c.selection()));
        boolean consistent = oracle.consistent(c.selection());
        assertThat(propagation.consistent()).as("consistent").isEqualTo(consistent);
        int[] none = unset(model);
        for (int v = 0; v < model.size(); v++) {
            int[] others = BruteForce.with(c.selection(), v, UNSET);
            for (int value = 0; value < model.variable(v).size(); value++) {
                ValueState expected = !oracle.consistent(BruteForce.with(none, v, value)) ? ValueState.IMPOSSIBLE
                        : consistent && oracle.consistent(BruteForce.with(others, v, value)) ? ValueState.AVAILABLE
                        : ValueState.NEEDS_CHANGE;
                assertThat(propagation.state(v, value)).as("x%d=%d", v, value).isEqualTo(expected);
            }
        }
        boolean allDecided = consistent;
        for (int v = 0; v < model.size(); v++) {
            allDecided &= propagation.fixedValue(v) != UNSET;
        }
        assertThat(propagation.complete()).isEqualTo(allDecided);
    }

    @Property(tries = 300)
    void explanationsAreMinimalSubsetsOfTheSelectionsAndMinimalRuleSets(@ForAll("cases") Case c) {
        FdModel model = c.model();
        BruteForce oracle = new BruteForce(model);
        BddRuleEngine engine = new BddRuleEngine(model);
        for (int v = 0; v < model.size(); v++) {
            int[] others = BruteForce.with(c.selection(), v, UNSET);
            for (int value = 0; value < model.variable(v).size(); value++) {
                if (oracle.consistent(BruteForce.with(others, v, value))) {
                    int variable = v;
                    int val = value;
                    assertThatThrownBy(() -> engine.explain(Assignment.of(c.selection()), variable, val))
                            .isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                Explanation explanation = engine.explain(Assignment.of(c.selection()), v, value);
                int[] because = unset(model);
                for (Explanation.Literal literal : explanation.because()) {
                    assertThat(literal.variable()).isNotEqualTo(v);
                    assertThat(literal.value()).isEqualTo(c.selection()[literal.variable()]);
                    because[literal.variable()] = literal.value();
                }
                int[] excluded = BruteForce.with(because, v, value);
                assertThat(oracle.consistent(excluded)).as("explanation excludes").isFalse();
                for (Explanation.Literal literal : explanation.because()) {
                    assertThat(oracle.consistent(BruteForce.with(excluded, literal.variable(), UNSET)))
                            .as("%s is necessary", literal).isTrue();
                }
                List<FdConstraint> rules = new ArrayList<>();
                for (String id : explanation.rules()) {
                    rules.add(model.constraints().stream().filter(r -> r.ruleId().equals(id)).findFirst()
                            .orElseThrow());
                }
                assertThat(oracle.consistent(excluded, rules)).as("the rules exclude").isFalse();
                for (FdConstraint rule : rules) {
                    List<FdConstraint> without = new ArrayList<>(rules);
                    without.remove(rule);
                    assertThat(oracle.consistent(excluded, without)).as("rule %s is necessary", rule.ruleId())
                            .isTrue();
                }
            }
        }
    }

    @Property(tries = 300)
    void repairsRetractAMinimumNumberOfSelections(@ForAll("cases") Case c) {
        checkRepairs(c);
    }

    private static void checkRepairs(Case c) {
        FdModel model = c.model();
        BruteForce oracle = new BruteForce(model);
        BddRuleEngine engine = new BddRuleEngine(model);
        for (int v = 0; v < model.size(); v++) {
            for (int value = 0; value < model.variable(v).size(); value++) {
                Optional<Repair> repair = engine.repair(Assignment.of(c.selection()), v, value);
                int minimum = minimumRetraction(oracle, c.selection(), v, value);
                if (minimum < 0) {
                    assertThat(repair).as("x%d=%d is impossible", v, value).isEmpty();
                    continue;
                }
                assertThat(repair).as("x%d=%d", v, value).isPresent();
                assertThat(repair.get().retract()).hasSize(minimum);
                int[] kept = BruteForce.with(c.selection(), v, value);
                for (Explanation.Literal literal : repair.get().retract()) {
                    assertThat(literal.variable()).isNotEqualTo(v);
                    assertThat(literal.value()).isEqualTo(c.selection()[literal.variable()]);
                    kept[literal.variable()] = UNSET;
                }
                int[] suggestion = repair.get().suggestion().toArray();
                assertThat(oracle.valid(suggestion)).as("suggestion is valid").isTrue();
                assertThat(BruteForce.extends_(suggestion, kept)).as("suggestion keeps the rest").isTrue();
            }
        }
    }

    /** The fewest selections (other than the variable's) whose removal makes variable=value consistent, or -1. */
    private static int minimumRetraction(BruteForce oracle, int[] selection, int variable, int value) {
        List<Integer> selected = new ArrayList<>();
        for (int v = 0; v < selection.length; v++) {
            if (v != variable && selection[v] != UNSET) {
                selected.add(v);
            }
        }
        int best = -1;
        for (int mask = 0; mask < 1 << selected.size(); mask++) {
            int[] partial = BruteForce.with(selection, variable, value);
            for (int i = 0; i < selected.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    partial[selected.get(i)] = UNSET;
                }
            }
            if (oracle.consistent(partial) && (best < 0 || Integer.bitCount(mask) < best)) {
                best = Integer.bitCount(mask);
            }
        }
        return best;
    }

    @Property(tries = 300)
    void completeExtendsConsistentSelectionsToValidConfigurations(@ForAll("cases") Case c,
                                                                 @ForAll long costSeed) {
        FdModel model = c.model();
        BruteForce oracle = new BruteForce(model);
        BddRuleEngine engine = new BddRuleEngine(model);
        java.util.Random random = new java.util.Random(costSeed);
        long[][] cost = new long[model.size()][];
        int[] preferred = new int[model.size()];
        for (int v = 0; v < model.size(); v++) {
            cost[v] = random.longs(model.variable(v).size(), 0, 5).toArray();
            preferred[v] = random.nextBoolean() ? UNSET : random.nextInt(model.variable(v).size());
        }
        Optional<Assignment> completed = engine.complete(Assignment.of(c.selection()), preferred, cost);
        assertThat(completed.isPresent()).isEqualTo(oracle.consistent(c.selection()));
        completed.ifPresent(full -> {
            assertThat(oracle.valid(full.toArray())).isTrue();
            assertThat(BruteForce.extends_(full.toArray(), c.selection())).isTrue();
        });
        int[] wished = c.selection().clone();
        for (int v = 0; v < wished.length; v++) {
            wished[v] = wished[v] == UNSET ? preferred[v] : wished[v];
        }
        if (Assignment.of(wished).isComplete() && oracle.valid(wished)) {
            assertThat(completed).contains(Assignment.of(wished));
        }
    }

    @Property(tries = 300)
    void validityAndModelCountAgreeWithEnumeration(@ForAll("cases") Case c) {
        FdModel model = c.model();
        BruteForce oracle = new BruteForce(model);
        BddRuleEngine engine = new BddRuleEngine(model);
        for (int[] full : oracle.assignments()) {
            assertThat(engine.isValid(Assignment.of(full))).isEqualTo(oracle.valid(full));
        }
        assertThat(engine.modelCount()).isEqualTo(BigInteger.valueOf(oracle.solutions().size()));
    }

    private static int[] unset(FdModel model) {
        int[] none = new int[model.size()];
        java.util.Arrays.fill(none, UNSET);
        return none;
    }
}
