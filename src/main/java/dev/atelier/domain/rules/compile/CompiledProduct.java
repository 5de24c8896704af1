// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.model.FdModel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A product compiled for the rules engine: the finite-domain model (one variable per {@link ProductSpace} variable,
 * same order and ids; one table per rule instance and per structural fact), the rule messages for explanations,
 * the soft defaults and which variables visibility rules can hide.
 * <p>
 * Immutable except for {@link #preferred}, which evaluates default conditions with a shared evaluator and is
 * synchronized.
 */
public final class CompiledProduct {

    /**
     * A variable a visibility rule can hide: it is {@link ProductSpace#NA} exactly when its condition is false
     * (or its instance is absent).
     *
     * @param variable index of the variable
     * @param ruleId   the {@code visible … when …} rule
     */
    public record Visibility(int variable, String ruleId) {
        public Visibility {
            Objects.requireNonNull(ruleId, "ruleId");
        }
    }

    private final ProductSpace space;
    private final Evaluator evaluator;
    private final FdModel model;
    private final Map<String, LocalizedText> messages;
    private final List<SoftDefault> defaults;
    private final List<Visibility> visibility;
    private final List<CompileProblem> warnings;

    CompiledProduct(ProductSpace space, Evaluator evaluator, FdModel model, Map<String, LocalizedText> messages,
                    List<SoftDefault> defaults, List<Visibility> visibility, List<CompileProblem> warnings) {
        this.space = space;
        this.evaluator = evaluator;
        this.model = model;
        this.messages = Map.copyOf(messages);
        this.defaults = List.copyOf(defaults);
        this.visibility = List.copyOf(visibility);
        this.warnings = List.copyOf(warnings);
    }

    /** The product's variable space (what the model's variables stand for). */
    public ProductSpace space() {
        return space;
    }

    /** The engine's input. */
    public FdModel model() {
        return model;
    }

    /** Messages by rule id, in every language of the catalog (structure facts have English texts). */
    public Map<String, LocalizedText> messages() {
        return messages;
    }

    public Optional<LocalizedText> message(String ruleId) {
        return Optional.ofNullable(messages.get(ruleId));
    }

    /** Soft defaults: catalog defaults first, then default rules in rule order (a later one wins). */
    public List<SoftDefault> defaults() {
        return defaults;
    }

    /** The variables visibility rules can hide. */
    public List<Visibility> visibility() {
        return visibility;
    }

    /** Rules that compiled but look wrong (e.g. can never hold). */
    public List<CompileProblem> warnings() {
        return warnings;
    }

    /**
     * The preferred value of every variable under a (partial) assignment: for each variable the value of the last
     * default whose condition holds ({@code -1} where none applies). The engine's {@code complete} takes the result
     * as its {@code preferred} argument and uses a preference only where it is consistent.
     *
     * @param assignment value index per variable, {@code -1} for unset
     */
    public synchronized int[] preferred(int[] assignment) {
        Function<String, String> values = lookup(assignment);
        int[] preferred = new int[model.size()];
        Arrays.fill(preferred, -1);
        for (SoftDefault d : defaults) {
            if (d.when() == null || evaluator.test(d.when(), d.scope(), values)) {
                preferred[d.variable()] = d.value();
            }
        }
        return preferred;
    }

    /**
     * A value lookup for the {@link Evaluator} over an assignment: variable id to value id, null for unset.
     *
     * @param assignment value index per variable, {@code -1} for unset
     */
    public Function<String, String> lookup(int[] assignment) {
        if (assignment.length != model.size()) {
            throw new IllegalArgumentException("an assignment of " + assignment.length + " values for "
                    + model.size() + " variables");
        }
        Map<String, Integer> index = model.indexMap();
        int[] copy = assignment.clone();
        return id -> {
            Integer v = index.get(id);
            if (v == null || copy[v] < 0) {
                return null;
            }
            return model.variable(v).values().get(copy[v]);
        };
    }
}
