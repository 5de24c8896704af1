// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.domain.rules.engine.bdd.BddRuleEngine;
import dev.atelier.domain.rules.model.FdModel;

import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;

/** Picks the engine for a model: the compiled BDD engine where the model allows, otherwise a fallback. */
public final class RuleEngines {

    private static final Logger LOG = Logger.getLogger(RuleEngines.class.getName());

    private RuleEngines() {
    }

    /**
     * A {@link BddRuleEngine} for the model, or, if its BDD is too large, a {@link SatRuleEngine} (one warm SAT
     * solver: slower per click, but it scales to feature models with tens of thousands of options).
     */
    public static RuleEngine create(FdModel model) {
        return create(model, SatRuleEngine::new);
    }

    /**
     * A {@link BddRuleEngine} for the model, or, if its BDD is too large ({@link ModelTooLargeException}), the
     * engine {@code fallback} makes (typically a SAT-based engine for large feature models).
     */
    public static RuleEngine create(FdModel model, Function<FdModel, RuleEngine> fallback) {
        Objects.requireNonNull(fallback, "fallback");
        try {
            return new BddRuleEngine(model);
        } catch (ModelTooLargeException e) {
            LOG.info(() -> e.getMessage() + "; falling back");
            return fallback.apply(model);
        }
    }
}
