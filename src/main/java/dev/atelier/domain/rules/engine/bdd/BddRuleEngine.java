// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.ModelTooLargeException;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdModel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RuleEngine} over a compiled BDD of the whole model: every query is one or a few walks over a flat node
 * table, so complete propagation takes well under a millisecond on models the size of the Renault benchmark.
 * <p>
 * Construction compiles the model (seconds for Renault; see {@link BddCompiler}) and throws
 * {@link ModelTooLargeException} when the BDD outgrows the {@link BddCompileLimits}; callers then fall back to a
 * SAT-based engine. Explanations find a minimal subset of the selections with QuickXplain over BDD consistency
 * checks, and the rules involved with a warm SAT solver ({@link RuleCoreFinder}, built on first use). Repairs are
 * shortest paths in the BDD. Not thread-safe: one engine per session, or external locking.
 */
public final class BddRuleEngine implements RuleEngine {

    private final FdModel model;
    private final CompiledModel compiled;
    private final BddQueries queries;
    private final int[] valueOffset;
    private final boolean[] impossible;
    private final long[] supported;
    private RuleCoreFinder ruleCores;

    /** Compiles the model within {@link BddCompileLimits#DEFAULT}. */
    public BddRuleEngine(FdModel model) {
        this(model, BddCompileLimits.DEFAULT);
    }

    /**
     * Compiles the model.
     *
     * @throws ModelTooLargeException if the BDD exceeds the limits
     */
    public BddRuleEngine(FdModel model, BddCompileLimits limits) {
        this.model = Objects.requireNonNull(model, "model");
        this.compiled = BddCompiler.compile(model, Objects.requireNonNull(limits, "limits"));
        this.queries = new BddQueries(compiled.table());
        this.supported = new long[queries.codeSetLength()];
        this.valueOffset = new int[model.size() + 1];
        for (int v = 0; v < model.size(); v++) {
            valueOffset[v + 1] = valueOffset[v] + model.variable(v).size();
        }
        this.impossible = new boolean[valueOffset[model.size()]];
        int[] none = new int[model.size()];
        Arrays.fill(none, Assignment.UNSET);
        queries.supportedCodes(none, supported);
        for (int v = 0; v < model.size(); v++) {
            for (int value = 0; value < model.variable(v).size(); value++) {
                impossible[valueOffset[v] + value] = !isSupported(v, value);
            }
        }
    }

    @Override
    public FdModel model() {
        return model;
    }

    /** Number of complete assignments that satisfy every constraint. */
    public BigInteger modelCount() {
        return compiled.table().countSolutions();
    }

    /** Number of nodes of the compiled BDD, terminals included. */
    public int nodeCount() {
        return compiled.table().nodeCount();
    }

    @Override
    public Propagation propagate(Assignment selections) {
        int[] selection = selectionArray(selections);
        boolean consistent = queries.supportedCodes(selection, supported);
        byte[] states = new byte[impossible.length];
        for (int v = 0; v < model.size(); v++) {
            for (int value = 0; value < model.variable(v).size(); value++) {
                int index = valueOffset[v] + value;
                ValueState state = impossible[index] ? ValueState.IMPOSSIBLE
                        : consistent && isSupported(v, value) ? ValueState.AVAILABLE : ValueState.NEEDS_CHANGE;
                states[index] = (byte) state.ordinal();
            }
        }
        return new BddPropagation(selections, consistent, valueOffset, states);
    }

    @Override
    public Explanation explain(Assignment selections, int variable, int value) {
        int[] selection = selectionArray(selections);
        checkValue(variable, value);
        selection[variable] = Assignment.UNSET;
        int[] probe = selection.clone();
        probe[variable] = value;
        if (queries.consistent(probe)) {
            throw new IllegalArgumentException("value " + describe(variable, value)
                    + " is available: there is nothing to explain");
        }
        List<Explanation.Literal> because = new ArrayList<>();
        if (!impossible[valueOffset[variable] + value]) {
            int[] background = new int[selection.length];
            Arrays.fill(background, Assignment.UNSET);
            background[variable] = value;
            List<Integer> candidates = new ArrayList<>();
            for (int v = 0; v < selection.length; v++) {
                if (selection[v] != Assignment.UNSET) {
                    candidates.add(v);
                }
            }
            for (int v : quickXplain(background, false, candidates, selection)) {
                because.add(new Explanation.Literal(v, selection[v]));
            }
            because.sort((a, b) -> Integer.compare(a.variable(), b.variable()));
        }
        List<Explanation.Literal> literals = new ArrayList<>(because);
        literals.add(new Explanation.Literal(variable, value));
        // a valid configuration with the value that keeps most of the explanation (none if the value is impossible)
        int[] nearest = new int[selection.length];
        Arrays.fill(nearest, Assignment.UNSET);
        because.forEach(literal -> nearest[literal.variable()] = literal.value());
        List<String> rules = new ArrayList<>();
        for (int c : ruleCores().minimalRules(literals, queries.repair(nearest, variable, value))) {
            rules.add(model.constraints().get(c).ruleId());
        }
        return new Explanation(because, rules);
    }

    /**
     * QuickXplain (Junker 2004): a minimal subset of {@code candidates} that is inconsistent together with
     * {@code background}, given that all of them together are. Needs O(k log(n/k)) consistency checks for an
     * answer of size k out of n candidates.
     *
     * @param background  the fixed part, as a selection array (modified only in copies)
     * @param added       whether the caller just added something to the background
     * @param candidates  variables whose selections may be part of the answer
     * @param selection   the selected codes of the candidates
     */
    private List<Integer> quickXplain(int[] background, boolean added, List<Integer> candidates, int[] selection) {
        if (added && !queries.consistent(background)) {
            return List.of();
        }
        if (candidates.size() <= 1) {
            return candidates;
        }
        int half = candidates.size() / 2;
        List<Integer> first = candidates.subList(0, half);
        List<Integer> second = candidates.subList(half, candidates.size());
        List<Integer> fromSecond = quickXplain(with(background, first, selection), true, second, selection);
        List<Integer> fromFirst = quickXplain(with(background, fromSecond, selection), !fromSecond.isEmpty(), first,
                selection);
        List<Integer> result = new ArrayList<>(fromFirst);
        result.addAll(fromSecond);
        return result;
    }

    private static int[] with(int[] background, List<Integer> variables, int[] selection) {
        int[] result = background.clone();
        for (int v : variables) {
            result[v] = selection[v];
        }
        return result;
    }

    @Override
    public Optional<Repair> repair(Assignment selections, int variable, int value) {
        int[] selection = selectionArray(selections);
        checkValue(variable, value);
        if (impossible[valueOffset[variable] + value]) {
            return Optional.empty();
        }
        int[] suggestion = queries.repair(selection, variable, value);
        if (suggestion == null) {
            return Optional.empty();
        }
        List<Explanation.Literal> retract = new ArrayList<>();
        for (int v = 0; v < selection.length; v++) {
            if (v != variable && selection[v] != Assignment.UNSET && selection[v] != suggestion[v]) {
                retract.add(new Explanation.Literal(v, selection[v]));
            }
        }
        return Optional.of(new Repair(retract, Assignment.of(suggestion)));
    }

    /**
     * {@inheritDoc}
     * <p>
     * Unset variables are decided in index order, each after a propagation of the decisions so far, so the result
     * is always valid. {@code preferred} and {@code cost} may be null (no preferences, all costs equal), as may
     * single rows of {@code cost}.
     */
    @Override
    public Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost) {
        int[] current = selectionArray(selections);
        if (!queries.consistent(current)) {
            return Optional.empty();
        }
        boolean fresh = false;
        for (int v = 0; v < current.length; v++) {
            if (current[v] != Assignment.UNSET) {
                continue;
            }
            if (!fresh) {
                queries.supportedCodes(current, supported);
                fresh = true;
            }
            int wish = preferred == null ? Assignment.UNSET : preferred[v];
            long[] costs = cost == null ? null : cost[v];
            int choice = Assignment.UNSET;
            int available = 0;
            for (int value = 0; value < model.variable(v).size(); value++) {
                if (!isSupported(v, value)) {
                    continue;
                }
                available++;
                if (choice == Assignment.UNSET || value == wish
                        || (choice != wish && costs != null && costs[value] < costs[choice])) {
                    choice = value;
                }
            }
            current[v] = choice;
            // deciding a variable with a single available value changes nothing else
            fresh = available == 1;
        }
        return Optional.of(Assignment.of(current));
    }

    @Override
    public boolean isValid(Assignment full) {
        if (full.size() != model.size()) {
            throw new IllegalArgumentException("assignment of " + full.size() + " variables for a model of "
                    + model.size());
        }
        for (int v = 0; v < model.size(); v++) {
            int value = full.get(v);
            if (value < 0 || value >= valueOffset[v + 1] - valueOffset[v]) {
                throw new IllegalArgumentException("variable " + model.variable(v).id()
                        + (value == Assignment.UNSET ? " is not set" : " has no value #" + value));
            }
        }
        return queries.evaluate(full);
    }

    private boolean isSupported(int variable, int value) {
        return (supported[queries.variableOffset(variable) + (value >>> 6)] & (1L << value)) != 0;
    }

    private int[] selectionArray(Assignment selections) {
        if (selections.size() != model.size()) {
            throw new IllegalArgumentException("selections of " + selections.size() + " variables for a model of "
                    + model.size());
        }
        int[] selection = selections.toArray();
        for (int v = 0; v < selection.length; v++) {
            if (selection[v] != Assignment.UNSET) {
                checkValue(v, selection[v]);
            }
        }
        return selection;
    }

    private void checkValue(int variable, int value) {
        if (variable < 0 || variable >= model.size()) {
            throw new IllegalArgumentException("no variable #" + variable + " in model '" + model.name() + "'");
        }
        if (value < 0 || value >= model.variable(variable).size()) {
            throw new IllegalArgumentException("variable " + model.variable(variable).id() + " has no value #"
                    + value);
        }
    }

    private String describe(int variable, int value) {
        return model.variable(variable).id() + "=" + model.variable(variable).values().get(value);
    }

    private RuleCoreFinder ruleCores() {
        if (ruleCores == null) {
            ruleCores = new RuleCoreFinder(compiled);
        }
        return ruleCores;
    }
}
