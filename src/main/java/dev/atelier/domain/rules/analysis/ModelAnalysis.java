// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.analysis;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds what a catalog designer must know before publishing: contradictions (with a minimal set of conflicting
 * rules), dead values, variables the rules always force, and rules that never fire.
 * <p>
 * Works on any {@link FdModel} with any engine. Questions about changed models (is it still satisfiable without
 * this rule, or with its negation?) go to a separate satisfiability test, asked a few times per rule — fine for a
 * check, not for a click.
 */
public final class ModelAnalysis {

    private final Function<FdModel, RuleEngine> engines;
    private final Predicate<FdModel> satisfiable;
    private final Predicate<String> fixedRule;
    private final Predicate<String> ignoredValue;

    /**
     * @param engines      builds an engine for a model (used once, for dead and forced values)
     * @param satisfiable  whether a model has a solution (asked of many changed models: make it cheap)
     * @param fixedRule    rule ids that are structure, not a designer's rule (never blamed, never reported)
     * @param ignoredValue values not to report as dead or forced (e.g. "not applicable")
     */
    public ModelAnalysis(Function<FdModel, RuleEngine> engines, Predicate<FdModel> satisfiable,
                         Predicate<String> fixedRule, Predicate<String> ignoredValue) {
        this.engines = engines;
        this.satisfiable = satisfiable;
        this.fixedRule = fixedRule;
        this.ignoredValue = ignoredValue;
    }

    /** Everything found, errors first. */
    public List<Finding> analyze(FdModel model) {
        List<Finding> findings = new ArrayList<>();
        RuleEngine engine = engines.apply(model);
        Propagation p = engine.propagate(Assignment.empty(model.size()));
        if (!p.consistent()) {
            List<String> conflict = minimalConflict(model);
            findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.CONTRADICTION,
                    conflict.isEmpty() ? model.name() : conflict.get(0), null, conflict));
            return findings;
        }
        for (int v = 0; v < model.size(); v++) {
            FdVariable var = model.variable(v);
            long choices = var.values().stream().filter(x -> !ignoredValue.test(x)).count();
            for (int x = 0; x < var.size(); x++) {
                String value = var.values().get(x);
                if (!ignoredValue.test(value) && p.state(v, x) == ValueState.IMPOSSIBLE) {
                    findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.DEAD_VALUE, var.id(), value,
                            List.of()));
                }
            }
            int fixed = p.fixedValue(v);
            if (fixed != Assignment.UNSET && choices > 1 && !ignoredValue.test(var.values().get(fixed))) {
                findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.ALWAYS_FORCED, var.id(),
                        var.values().get(fixed), List.of()));
            }
        }
        for (String rule : neverFiring(model)) {
            findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.NEVER_FIRES, rule, null,
                    List.of(rule)));
        }
        return findings;
    }

    /** A minimal set of designer rules that cannot hold together (deletion-based). */
    private List<String> minimalConflict(FdModel model) {
        Set<String> kept = new LinkedHashSet<>(rulesOf(model));
        for (String rule : new ArrayList<>(kept)) {
            kept.remove(rule);
            if (consistent(restrict(model, kept))) {
                kept.add(rule);
            }
        }
        return new ArrayList<>(kept);
    }

    /**
     * Rules all of whose tables are implied by the rest of the model: the model without the table but with its
     * negation has no solution.
     */
    private List<String> neverFiring(FdModel model) {
        Map<String, List<Integer>> tablesByRule = new LinkedHashMap<>();
        List<FdConstraint> cs = model.constraints();
        for (int i = 0; i < cs.size(); i++) {
            FdConstraint c = cs.get(i);
            if (!fixedRule.test(c.ruleId())) {
                tablesByRule.computeIfAbsent(c.ruleId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : tablesByRule.entrySet()) {
            boolean fires = false;
            for (int i : e.getValue()) {
                if (!(cs.get(i) instanceof TableConstraint t)) {
                    fires = true;
                    break;
                }
                List<FdConstraint> negated = new ArrayList<>(cs);
                negated.set(i, new TableConstraint(t.ruleId(), t.scope(), t.tuples(), !t.supports()));
                if (consistent(new FdModel(model.name(), model.variables(), negated, model.ruleMessages()))) {
                    fires = true;
                    break;
                }
            }
            if (!fires) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private Set<String> rulesOf(FdModel model) {
        Set<String> rules = new LinkedHashSet<>();
        for (FdConstraint c : model.constraints()) {
            if (!fixedRule.test(c.ruleId())) {
                rules.add(c.ruleId());
            }
        }
        return rules;
    }

    private FdModel restrict(FdModel model, Set<String> rules) {
        List<FdConstraint> kept = model.constraints().stream()
                .filter(c -> fixedRule.test(c.ruleId()) || rules.contains(c.ruleId())).toList();
        return new FdModel(model.name(), model.variables(), kept, model.ruleMessages());
    }

    private boolean consistent(FdModel model) {
        return satisfiable.test(model);
    }
}
