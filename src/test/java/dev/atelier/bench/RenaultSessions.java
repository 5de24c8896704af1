// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.xcsp.SharedBenchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible random configuration sessions on the Renault benchmark for the JMH benchmarks: from no choices,
 * select a random available value of a random undecided variable until the car is complete.
 */
final class RenaultSessions {

    private RenaultSessions() {
    }

    static FdModel model() {
        return SharedBenchmarks.renault().orElseThrow(() -> new IllegalStateException(SharedBenchmarks.MISSING));
    }

    /** The selections after every step of {@code sessions} random sessions, in order. */
    static List<Assignment> states(RuleEngine engine, int sessions, long seed) {
        FdModel model = engine.model();
        Random random = new Random(seed);
        List<Assignment> states = new ArrayList<>();
        for (int session = 0; session < sessions; session++) {
            Assignment selections = Assignment.empty(model.size());
            states.add(selections);
            while (true) {
                List<int[]> choices = openChoices(model, engine.propagate(selections));
                if (choices.isEmpty()) {
                    break;
                }
                int[] choice = choices.get(random.nextInt(choices.size()));
                selections = selections.with(choice[0], choice[1]);
                states.add(selections);
            }
        }
        return states;
    }

    /** Available values of variables that are neither selected nor forced. */
    static List<int[]> openChoices(FdModel model, Propagation propagation) {
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

    /** (selections, variable, value) with the value excluded by the selections: what explain and repair get. */
    static List<int[]> excludedValues(RuleEngine engine, List<Assignment> states, int limit, long seed) {
        Random random = new Random(seed);
        List<int[]> queries = new ArrayList<>();
        FdModel model = engine.model();
        for (int i = 0; i < states.size() && queries.size() < limit; i++) {
            Propagation propagation = engine.propagate(states.get(i));
            List<int[]> excluded = new ArrayList<>();
            for (int v = 0; v < model.size(); v++) {
                for (int value = 0; value < model.variable(v).size(); value++) {
                    if (propagation.state(v, value) == ValueState.NEEDS_CHANGE) {
                        excluded.add(new int[] {i, v, value});
                    }
                }
            }
            if (!excluded.isEmpty()) {
                queries.add(excluded.get(random.nextInt(excluded.size())));
            }
        }
        return queries;
    }
}
