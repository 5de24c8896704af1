// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.model.FdModel;

import java.util.Objects;
import java.util.Optional;

/**
 * The straightforward greedy completion, kept as the reference for optimised ones: every unset variable, in index
 * order, is decided after a complete propagation of the decisions so far, taking its preferred value if that is
 * available, otherwise the cheapest available value (ties by domain order). As a {@link RuleEngine} it answers
 * {@link #complete} this way and delegates everything else, so a whole session can run on it for comparison.
 */
public final class ReferenceCompletion implements RuleEngine {

    private final RuleEngine engine;

    /** @param engine the engine whose propagation the reference completion uses, and that answers the rest */
    public ReferenceCompletion(RuleEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The reference completion through {@code engine}'s propagation. */
    public static Optional<Assignment> complete(RuleEngine engine, Assignment selections, int[] preferred,
                                                long[][] cost) {
        if (!engine.propagate(selections).consistent()) {
            return Optional.empty();
        }
        Assignment current = selections;
        for (int v = 0; v < current.size(); v++) {
            if (current.isSet(v)) {
                continue;
            }
            Propagation p = engine.propagate(current);
            int wish = preferred == null ? Assignment.UNSET : preferred[v];
            long[] costs = cost == null ? null : cost[v];
            int choice = Assignment.UNSET;
            for (int value = 0; value < engine.model().variable(v).size(); value++) {
                if (p.state(v, value) != ValueState.AVAILABLE) {
                    continue;
                }
                if (choice == Assignment.UNSET || value == wish
                        || (choice != wish && costs != null && costs[value] < costs[choice])) {
                    choice = value;
                }
            }
            current = current.with(v, choice);
        }
        return Optional.of(current);
    }

    @Override
    public FdModel model() {
        return engine.model();
    }

    @Override
    public Propagation propagate(Assignment selections) {
        return engine.propagate(selections);
    }

    @Override
    public Explanation explain(Assignment selections, int variable, int value) {
        return engine.explain(selections, variable, value);
    }

    @Override
    public Optional<Repair> repair(Assignment selections, int variable, int value) {
        return engine.repair(selections, variable, value);
    }

    @Override
    public Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost) {
        return complete(engine, selections, preferred, cost);
    }

    @Override
    public boolean isValid(Assignment full) {
        return engine.isValid(full);
    }
}
