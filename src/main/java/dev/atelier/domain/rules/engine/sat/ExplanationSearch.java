// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.model.FdModel;
import org.logicng.collections.LNGIntVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Minimal explanations by deletion over assumptions on warm solvers (no solver is built per call):
 * <ul>
 * <li>the selections: on the engine's main solver, a minimal subset of the selections that together with the
 * wanted value is unsatisfiable (start from the solver's failed assumptions, try to drop each one, shrink to the
 * new failed assumptions whenever a drop succeeds);</li>
 * <li>the rules: the same on a second solver whose rules carry selector literals, built on the first explanation
 * and then kept; with the minimal selections fixed, a minimal set of rules that still excludes the value.</li>
 * </ul>
 */
final class ExplanationSearch {

    private static final int NEARBY_RULES = 4096;

    private final FdModel model;
    private final EncodedSolver solver;
    private final ValueIndex values;
    private final RuleGroups rules;
    private final Occurrences occurrences;
    private final Supplier<EncodedSolver> ruleSolverFactory;
    private EncodedSolver ruleSolver;

    /** @param ruleSolverFactory builds the solver with rule selectors (called at most once, on first use) */
    ExplanationSearch(FdModel model, EncodedSolver solver, ValueIndex values, RuleGroups rules,
                      Occurrences occurrences, Supplier<EncodedSolver> ruleSolverFactory) {
        this.model = model;
        this.solver = solver;
        this.values = values;
        this.rules = rules;
        this.occurrences = occurrences;
        this.ruleSolverFactory = ruleSolverFactory;
    }

    /**
     * Why {@code variable = value} is excluded by the given selections.
     *
     * @param selected flat value indices of the selections other than the variable's own
     * @return the explanation, or null if the selections do not exclude the value
     */
    Explanation explain(int[] selected, int variable, int value) {
        int wanted = solver.literal(variable, value);
        int[] selectionLits = new int[selected.length];
        for (int k = 0; k < selected.length; k++) {
            selectionLits[k] = solver.literal(values.variableOf(selected[k]), values.valueOf(selected[k]));
        }
        int[] minimal = minimalUnsatisfiableSubset(solver, new int[]{wanted}, selectionLits);
        if (minimal == null) {
            return null;
        }
        List<Explanation.Literal> because = new ArrayList<>(minimal.length);
        BitSet chosen = new BitSet();
        for (int lit : minimal) {
            chosen.set(lit);
        }
        for (int k = 0; k < selected.length; k++) {
            if (chosen.get(selectionLits[k])) {
                because.add(new Explanation.Literal(values.variableOf(selected[k]), values.valueOf(selected[k])));
            }
        }
        return new Explanation(because, rulesExcluding(because, variable, value));
    }

    private List<String> rulesExcluding(List<Explanation.Literal> because, int variable, int value) {
        if (ruleSolver == null) {
            ruleSolver = ruleSolverFactory.get();
        }
        int[] hard = new int[because.size() + 1];
        for (int k = 0; k < because.size(); k++) {
            hard[k] = ruleSolver.literal(because.get(k).variable(), because.get(k).value());
        }
        hard[because.size()] = ruleSolver.literal(variable, value);
        int[] groups = rulesByDistance(because, variable);
        int[] selectors = new int[groups.length];
        for (int k = 0; k < groups.length; k++) {
            selectors[k] = ruleSolver.ruleSelector(groups[k]);
        }
        int[] minimal = minimalUnsatisfiableSubset(ruleSolver, hard, selectors);
        if (minimal == null) {
            throw new IllegalStateException("the rule solver disagrees with the main solver on " + because
                    + " excluding variable #" + variable + " = #" + value);
        }
        BitSet chosen = new BitSet();
        for (int lit : minimal) {
            chosen.set(lit);
        }
        List<String> ids = new ArrayList<>(minimal.length);
        for (int r = 0; r < rules.count(); r++) {
            if (chosen.get(ruleSolver.ruleSelector(r))) {
                ids.add(rules.ruleId(r));
            }
        }
        return ids;
    }

    /**
     * All rule groups, about {@link #NEARBY_RULES} of those closest to the explained variables first (breadth-first
     * over shared variables), then the others in model order. The solver takes assumptions in order and stops at
     * the first contradiction, and refutations are local in configuration models: with this order it assumes a few
     * hundred rules instead of all of them.
     */
    private int[] rulesByDistance(List<Explanation.Literal> because, int variable) {
        int[] order = new int[rules.count()];
        int count = 0;
        boolean[] ruleSeen = new boolean[rules.count()];
        boolean[] variableSeen = new boolean[values.variables()];
        int[] queue = new int[values.variables()];
        int head = 0;
        int tail = 0;
        variableSeen[variable] = true;
        queue[tail++] = variable;
        for (Explanation.Literal l : because) {
            if (!variableSeen[l.variable()]) {
                variableSeen[l.variable()] = true;
                queue[tail++] = l.variable();
            }
        }
        boolean[] constraintSeen = new boolean[model.constraints().size()];
        while (head < tail && count < NEARBY_RULES) {
            for (int c : occurrences.constraintsOf(queue[head++])) {
                if (constraintSeen[c]) {
                    continue;
                }
                constraintSeen[c] = true;
                int group = rules.groupOf(c);
                if (!ruleSeen[group]) {
                    ruleSeen[group] = true;
                    order[count++] = group;
                }
                for (int z : model.constraints().get(c).scope()) {
                    if (!variableSeen[z]) {
                        variableSeen[z] = true;
                        queue[tail++] = z;
                    }
                }
            }
        }
        for (int group = 0; group < ruleSeen.length; group++) {
            if (!ruleSeen[group]) {
                order[count++] = group;
            }
        }
        return order;
    }

    /**
     * A minimal subset {@code M} of {@code soft} such that {@code hard} and {@code M} together are unsatisfiable
     * (dropping any element of {@code M} makes them satisfiable), or null if {@code hard} and all of {@code soft}
     * are satisfiable.
     */
    static int[] minimalUnsatisfiableSubset(EncodedSolver solver, int[] hard, int[] soft) {
        LNGIntVector assumptions = new LNGIntVector(hard.length + soft.length);
        for (int lit : hard) {
            assumptions.push(lit);
        }
        for (int lit : soft) {
            assumptions.push(lit);
        }
        if (solver.solve(assumptions)) {
            return null;
        }
        int[] candidates = keepFailed(soft, soft.length, -1, solver.failedAssumptions());
        int i = 0;
        while (i < candidates.length) {
            assumptions.clear();
            for (int lit : hard) {
                assumptions.push(lit);
            }
            for (int k = 0; k < candidates.length; k++) {
                if (k != i) {
                    assumptions.push(candidates[k]);
                }
            }
            if (solver.solve(assumptions)) {
                i++;
            } else {
                candidates = keepFailed(candidates, candidates.length, i, solver.failedAssumptions());
            }
        }
        return candidates;
    }

    /** The literals of {@code lits[0, length)} except position {@code skip} that are in {@code failed}. */
    private static int[] keepFailed(int[] lits, int length, int skip, BitSet failed) {
        int[] kept = new int[length];
        int count = 0;
        for (int k = 0; k < length; k++) {
            if (k != skip && failed.get(lits[k])) {
                kept[count++] = lits[k];
            }
        }
        return Arrays.copyOf(kept, count);
    }
}
