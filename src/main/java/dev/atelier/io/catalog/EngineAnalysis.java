// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.analysis.Finding;
import dev.atelier.domain.rules.analysis.ModelAnalysis;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.model.FdModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules-engine step of {@code catalog check}: contradictions (an error, with the rules that conflict), dead
 * options, choices the rules always force, and rules that never fire (warnings). Findings about one option of a
 * repeated component are reported once, when they hold for every instance.
 */
public final class EngineAnalysis implements CatalogChecker.Analysis {

    private final Function<FdModel, RuleEngine> engines;
    private final Predicate<FdModel> satisfiable;

    /**
     * @param engines     builds the engine that finds dead and forced values
     * @param satisfiable whether a (changed) model has a solution
     */
    public EngineAnalysis(Function<FdModel, RuleEngine> engines, Predicate<FdModel> satisfiable) {
        this.engines = engines;
        this.satisfiable = satisfiable;
    }

    @Override
    public List<CatalogProblem> analyze(CatalogChecker.Subject subject) {
        ProductSpace space = subject.compiled().space();
        String productId = subject.product().id();
        Set<String> designerRules = subject.product().rules().stream().map(Rule::id).collect(Collectors.toSet());
        ModelAnalysis analysis = new ModelAnalysis(engines, satisfiable, id -> !designerRules.contains(id),
                v -> v.equals(ProductSpace.NA));
        List<Finding> findings = analysis.analyze(subject.compiled().model());

        List<CatalogProblem> out = new ArrayList<>();
        Map<String, List<Finding>> byTemplate = new LinkedHashMap<>();
        for (Finding f : findings) {
            switch (f.kind()) {
                case CONTRADICTION -> out.add(CatalogProblem.error(rulePos(subject, f.subject()),
                        "product " + productId + " has no valid configuration: rules " + String.join(", ", f.rules())
                                + " contradict each other"));
                case NEVER_FIRES -> out.add(CatalogProblem.warning(rulePos(subject, f.subject()),
                        "rule " + f.subject() + " never excludes anything the other rules allow (it can never fire)"));
                default -> {
                    ProductSpace.Var v = space.variable(f.subject()).orElseThrow();
                    byTemplate.computeIfAbsent(f.kind() + " " + v.template() + "=" + f.value(),
                            k -> new ArrayList<>()).add(f);
                }
            }
        }
        Map<String, List<String>> deadMeasures = new LinkedHashMap<>();
        for (List<Finding> group : byTemplate.values()) {
            Finding first = group.get(0);
            ProductSpace.Var v = space.variable(first.subject()).orElseThrow();
            long instances = space.variables().stream().filter(x -> x.template().equals(v.template())).count();
            if (group.size() < instances) {
                continue; // true of some instances only: a consequence of how many there are, not a dead option
            }
            if (first.kind() == Finding.Kind.DEAD_VALUE && v.kind() == ProductSpace.Kind.PARAMETER) {
                deadMeasures.computeIfAbsent(v.template(), k -> new ArrayList<>()).add(first.value());
                continue;
            }
            String where = v.kind() == ProductSpace.Kind.GROUP ? v.template() + "=" + first.value() : v.template();
            SourcePos at = subject.read().positionOf(productId, where)
                    .or(() -> subject.read().positionOf(productId, v.template()))
                    .orElse(new SourcePos(subject.read().file(), 0, 0));
            String name = v.template() + (v.instance().index() > 0 || v.instance().parent() != null
                    && v.instance().optional() ? " (every instance)" : "");
            out.add(CatalogProblem.warning(at, first.kind() == Finding.Kind.DEAD_VALUE
                    ? "'" + first.value() + "' of " + name + " can never be chosen (dead option)"
                    : name + " is always '" + first.value() + "': the rules leave no choice"));
        }
        for (Map.Entry<String, List<String>> e : deadMeasures.entrySet()) {
            SourcePos at = subject.read().positionOf(productId, e.getKey())
                    .orElse(new SourcePos(subject.read().file(), 0, 0));
            List<String> values = e.getValue();
            out.add(CatalogProblem.warning(at, (values.size() == 1 ? "the value " + values.get(0)
                    : values.size() + " values (" + values.get(0) + " … " + values.get(values.size() - 1) + ")")
                    + " of " + e.getKey() + " can never be chosen: narrow its range"));
        }
        return out;
    }

    private static SourcePos rulePos(CatalogChecker.Subject subject, String ruleId) {
        return subject.read().positionOf(subject.product().id(), "rule:" + ruleId)
                .orElse(new SourcePos(subject.read().file(), 0, 0));
    }
}
