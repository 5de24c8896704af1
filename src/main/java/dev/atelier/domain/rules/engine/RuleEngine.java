// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.model.FdModel;

import java.util.Optional;

/**
 * Answers the questions a configurator asks about a {@link FdModel}. Implementations keep their solver state
 * warm between calls; they are not thread-safe (one engine per session, or external locking).
 */
public interface RuleEngine {

    FdModel model();

    /** Complete propagation of the selections. */
    Propagation propagate(Assignment selections);

    /**
     * Why {@code variable=value} is not available under the selections: a minimal subset of the selections
     * (excluding the variable's own selection) that excludes it.
     *
     * @throws IllegalArgumentException if the value is available
     */
    Explanation explain(Assignment selections, int variable, int value);

    /**
     * A minimum set of selections to retract so that {@code variable=value} becomes available, or empty if the
     * value is impossible in the model.
     */
    Optional<Repair> repair(Assignment selections, int variable, int value);

    /**
     * A complete valid assignment extending the selections: each unset variable takes its preferred value
     * when consistent ({@code preferred[v]}, or UNSET for none), otherwise the lowest-cost available value
     * ({@code cost[v][value]}, ties by domain order). Empty if the selections are inconsistent.
     */
    Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost);

    /** True iff the complete assignment satisfies every constraint. */
    boolean isValid(Assignment full);
}
