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

    /** During completion, how many values of one variable to try by search before propagating instead. */
    private static final int SEARCHES_BEFORE_PROPAGATION = 16;

    private final FdModel model;
    private final CompiledModel compiled;
    private final BddQueries queries;
    private final int[] valueOffset;
    private final boolean[] impossible;
    private final long[] supported;
    /** Codes still possible for each variable during a completion. */
    private final long[] possible;
    /** The selections of the last {@link #propagate}, for which {@link #supported} holds the codes; or null. */
    private int[] lastPropagated;
    private boolean lastConsistent;
    private final int maxDomain;
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
        this.possible = new long[queries.codeSetLength()];
        this.valueOffset = new int[model.size() + 1];
        for (int v = 0; v < model.size(); v++) {
            valueOffset[v + 1] = valueOffset[v] + model.variable(v).size();
        }
        this.impossible = new boolean[valueOffset[model.size()]];
        int widest = 1;
        for (int v = 0; v < model.size(); v++) {
            widest = Math.max(widest, model.variable(v).size());
        }
        this.maxDomain = widest;
        int[] none = new int[model.size()];
        Arrays.fill(none, Assignment.UNSET);
        lastConsistent = queries.supportedCodes(none, supported);
        lastPropagated = none;
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
        lastPropagated = selection;
        lastConsistent = consistent;
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

    /**
     * {@inheritDoc}
     * <p>
     * The selections are first minimized with QuickXplain over BDD consistency checks (microseconds each); the
     * rules come from {@link RuleCoreFinder}. "Available" means, as in {@link Propagation}, consistent together
     * with the selections of the other variables.
     */
    @Override
    public Explanation explain(Assignment selections, int variable, int value) {
        int[] selection = selectionArray(selections);
        checkValue(variable, value);
        selection[variable] = Assignment.UNSET;
        int[] probe = selection.clone();
        probe[variable] = value;
        if (queries.consistent(probe)) {
            throw new IllegalArgumentException(describe(variable, value)
                    + " is available with the other selections: there is nothing to explain");
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
     * Unset variables are decided in index order, each taking the first value in its order of preference (the
     * preferred value, then by cost, ties by domain order) that is consistent with the selections and the
     * decisions so far, so the result is always valid. No propagation per variable is needed: the engine keeps a
     * witness, a valid assignment extending the decisions so far, found by a depth-first search of the BDD that
     * prefers each variable's best value. A variable whose witness value ranks first among its values still
     * possible is decided without any search; otherwise the better-ranked values are tried, each by one search
     * whose success yields the next witness. Values are filtered by a complete propagation (the one of the last
     * {@link #propagate} when it was for the same selections), refreshed when many values would need trying; a
     * value excluded then stays excluded as the decisions grow, and so do BDD nodes found dead, so the searches
     * share their work. {@code preferred} and {@code cost} may be null (no preferences, all costs equal), as may
     * single rows of {@code cost}; a preferred value outside the domain counts as none.
     */
    @Override
    public Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost) {
        int[] current = selectionArray(selections);
        int n = current.length;
        boolean consistent;
        if (Arrays.equals(current, lastPropagated)) {
            System.arraycopy(supported, 0, possible, 0, supported.length);
            consistent = lastConsistent;
        } else {
            consistent = queries.supportedCodes(current, possible);
        }
        if (!consistent) {
            return Optional.empty();
        }
        int[] target = new int[n];
        for (int v = 0; v < n; v++) {
            target[v] = current[v] != Assignment.UNSET ? current[v]
                    : firstRanked(v, wish(preferred, v), costs(cost, v));
        }
        int[] witness = new int[n];
        queries.startGrowingSearch();
        if (!queries.witness(current, target, -1, witness)) {
            throw new IllegalStateException("propagation found the selections consistent, the search did not");
        }
        int[] rank = new int[maxDomain];
        for (int v = 0; v < n; v++) {
            if (current[v] != Assignment.UNSET) {
                continue;
            }
            int wish = wish(preferred, v);
            long[] costs = costs(cost, v);
            int found = witness[v];
            int candidates = ranked(v, wish, costs, found, rank);
            if (candidates > SEARCHES_BEFORE_PROPAGATION) {
                // exact values of this variable under the decisions so far; the filter for later ones sharpens
                queries.supportedCodes(current, possible);
                for (int w = v + 1; w < n; w++) {
                    if (current[w] == Assignment.UNSET) {
                        target[w] = firstRanked(w, wish(preferred, w), costs(cost, w));
                    }
                }
                candidates = Math.min(1, ranked(v, wish, costs, found, rank));
            }
            int block = compiled.table().blockOf(v);
            for (int i = 0; i < candidates; i++) {
                current[v] = rank[i];
                if (queries.witness(current, target, block, witness)) {
                    found = rank[i];
                    break;
                }
            }
            current[v] = found;
        }
        return Optional.of(Assignment.of(current));
    }

    private static int wish(int[] preferred, int variable) {
        return preferred == null ? Assignment.UNSET : preferred[variable];
    }

    private static long[] costs(long[][] cost, int variable) {
        return cost == null ? null : cost[variable];
    }

    /** Whether {@code a} ranks before {@code b} for a variable: preferred value first, then by cost, then index. */
    private static boolean before(int a, int b, int wish, long[] costs) {
        if (a == wish || b == wish) {
            return a == wish && b != wish;
        }
        if (costs != null && costs[a] != costs[b]) {
            return costs[a] < costs[b];
        }
        return a < b;
    }

    /** The best-ranked value of a variable among those still {@link #possible}. */
    private int firstRanked(int variable, int wish, long[] costs) {
        int best = Assignment.UNSET;
        for (int value = 0; value < model.variable(variable).size(); value++) {
            if (isPossible(variable, value) && (best == Assignment.UNSET || before(value, best, wish, costs))) {
                best = value;
            }
        }
        return best == Assignment.UNSET ? 0 : best;
    }

    /**
     * Writes into {@code rank}, best first, the {@link #possible} values of a variable that rank before
     * {@code known} (a value known to be consistent), and returns how many there are.
     */
    private int ranked(int variable, int wish, long[] costs, int known, int[] rank) {
        int count = 0;
        for (int value = 0; value < model.variable(variable).size(); value++) {
            if (value == known || !isPossible(variable, value) || !before(value, known, wish, costs)) {
                continue;
            }
            int i = count++;
            while (i > 0 && before(value, rank[i - 1], wish, costs)) {
                rank[i] = rank[i - 1];
                i--;
            }
            rank[i] = value;
        }
        return count;
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

    /** Whether the completion's filter still allows the value (see {@link #complete}). */
    private boolean isPossible(int variable, int value) {
        return (possible[queries.variableOffset(variable) + (value >>> 6)] & (1L << value)) != 0;
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
