// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.solvers.sat.MiniSatStyleSolver;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds a minimal set of rules that, with some variable=value literals, admits no solution: the "rules involved"
 * of an explanation. The BDD has forgotten which rule excludes what, so this works on the model's CNF
 * ({@link RuleClauses}, one selector per rule):
 * <ol>
 * <li>a rule that excludes the literals on its own is found directly from its diagram (about half the cases);</li>
 * <li>otherwise one warm solver holding the whole model solves under "all selectors on, these literals"; the
 * selectors in its final conflict are a first core, trimmed by solving again with only the core on until it stops
 * shrinking;</li>
 * <li>that core is shrunk by deletion (rules outside the candidate set assumed off), each unsatisfiable test
 * refined by its conflict. The satisfiable tests (one per necessary rule) must find a model, so the solver's phases
 * are first set to a near-solution from the BDD, and every solve branches only on the variables that its
 * switched-on rules mention ({@link ScopedMiniSat}).</li>
 * </ol>
 * Everything runs on the one solver: learnt clauses stay valid across tests and queries because only assumptions
 * change, and a cold solver per query measured several times slower. Not thread-safe.
 */
final class RuleCoreFinder {

    private final FdModel model;
    private final List<DecisionDiagram> diagrams;
    private final int[] domainSize;
    private final RuleClauses clauses;
    private final Solver solver;

    RuleCoreFinder(CompiledModel compiled) {
        this.model = compiled.model();
        this.diagrams = compiled.diagrams();
        this.domainSize = model.variables().stream().mapToInt(v -> v.size()).toArray();
        this.clauses = new RuleClauses(compiled);
        this.solver = new Solver();
    }

    /**
     * A minimal set of rules (constraint indices, ascending) under which the literals have no solution.
     *
     * @param literals variable=value pairs on distinct variables
     * @param hint     a complete assignment close to the literals (ideally valid for every rule), used as the
     *                 solver's first guess; may be null
     * @throws IllegalStateException if the literals are consistent with the whole model
     */
    int[] minimalRules(List<Explanation.Literal> literals, int[] hint) {
        int single = singleExcludingRule(literals);
        if (single >= 0) {
            return new int[] {single};
        }
        BitSet core = new BitSet();
        core.set(0, model.constraints().size());
        solver.steerTowards(hint);
        if (solver.solve(core, literals)) {
            throw new IllegalStateException("the literals " + literals + " are consistent with model '"
                    + model.name() + "'; nothing to explain");
        }
        // shrink the first core while re-solving with only its rules finds a smaller one
        for (BitSet smaller = solver.conflictRules(); smaller.cardinality() < core.cardinality(); ) {
            core = smaller;
            solver.solve(core, literals);
            smaller = solver.conflictRules();
            smaller.and(core);
        }
        // no single rule suffices (checked above) and the literals alone are consistent (distinct variables), so
        // a core of two rules is minimal
        if (core.cardinality() <= 2) {
            return core.stream().toArray();
        }
        for (int c = core.nextSetBit(0); c >= 0 && core.cardinality() > 2; c = core.nextSetBit(c + 1)) {
            BitSet without = (BitSet) core.clone();
            without.clear(c);
            if (!solver.solve(without, literals)) {
                BitSet refined = solver.conflictRules();
                refined.and(without);
                core = refined;
            }
        }
        return core.stream().toArray();
    }

    /** A rule that excludes the literals by itself, or -1. */
    private int singleExcludingRule(List<Explanation.Literal> literals) {
        int[] partial = new int[model.size()];
        Arrays.fill(partial, -1);
        for (Explanation.Literal literal : literals) {
            partial[literal.variable()] = literal.value();
        }
        List<FdConstraint> constraints = model.constraints();
        for (int c = 0; c < constraints.size(); c++) {
            DecisionDiagram diagram = diagrams.get(c);
            boolean excludes = diagram != null ? diagram.excludes(partial, domainSize)
                    : excludes((ClauseConstraint) constraints.get(c), partial);
            if (excludes) {
                return c;
            }
        }
        return -1;
    }

    /** Whether every literal of the clause is false under the partial assignment. */
    private boolean excludes(ClauseConstraint clause, int[] partial) {
        for (int i = 0; i < clause.scope().length; i++) {
            int value = partial[clause.scope()[i]];
            int literalValue = clause.values()[i];
            boolean inDomain = literalValue >= 0 && literalValue < domainSize[clause.scope()[i]];
            boolean isFalse = clause.positive()[i]
                    ? !inDomain || (value >= 0 && value != literalValue)
                    : inDomain && value == literalValue;
            if (!isFalse) {
                return false;
            }
        }
        return true;
    }

    /** A MiniSat solver loaded with the whole model's clauses, in {@link RuleClauses}' numbering. */
    private final class Solver {
        private final ScopedMiniSat sat = new ScopedMiniSat();
        private final int[] ruleOfVar;
        private final BitSet decisions = new BitSet();

        Solver() {
            for (int var = 0; var < clauses.variableCount(); var++) {
                // decide values positively by default: one decision settles a variable through at-most-one
                sat.newVar(false, clauses.isDecision(var));
            }
            for (int v = 0; v < model.size(); v++) {
                clauses.variableClauses(v).forEach(this::add);
            }
            this.ruleOfVar = new int[clauses.variableCount()];
            Arrays.fill(ruleOfVar, -1);
            for (int c = 0; c < model.constraints().size(); c++) {
                clauses.ruleClauses(c).forEach(this::add);
                ruleOfVar[clauses.selector(c)] = c;
            }
        }

        private void add(int[] clause) {
            sat.addClause(new LNGIntVector(clause), null);
        }

        private void decideValuesOf(int variable) {
            for (int value = 0; value < domainSize[variable]; value++) {
                decisions.set(clauses.valueVar(variable, value));
            }
        }

        /** Makes the solver try the hint's values first (until its phase saving learns otherwise); null: no change. */
        void steerTowards(int[] hint) {
            if (hint == null) {
                return;
            }
            for (int v = 0; v < model.size(); v++) {
                for (int value = 0; value < domainSize[v]; value++) {
                    sat.variables().get(clauses.valueVar(v, value)).setPolarity(value != hint[v]);
                }
            }
        }

        /**
         * Solves with exactly the given rules on (the others off) under the literals, branching only on the values
         * of variables those rules or literals mention. That is complete: a rule switched off never propagates, and
         * a variable no rule that is on mentions is bound by nothing but its own exactly-one, so any assignment of
         * the branched values without conflict extends to a model.
         */
        boolean solve(BitSet on, List<Explanation.Literal> literals) {
            decisions.clear();
            for (Explanation.Literal literal : literals) {
                decideValuesOf(literal.variable());
            }
            for (int c = on.nextSetBit(0); c >= 0; c = on.nextSetBit(c + 1)) {
                for (int v : model.constraints().get(c).scope()) {
                    decideValuesOf(v);
                }
            }
            sat.branchOn(decisions);
            LNGIntVector assumptions = new LNGIntVector(literals.size() + ruleOfVar.length);
            for (Explanation.Literal literal : literals) {
                assumptions.push(RuleClauses.lit(clauses.valueVar(literal.variable(), literal.value()), true));
            }
            for (int c = 0; c < model.constraints().size(); c++) {
                assumptions.push(RuleClauses.lit(clauses.selector(c), on.get(c)));
            }
            return sat.solve(null, assumptions) == Tristate.TRUE;
        }

        /** The rules whose selectors are in the last final conflict. */
        BitSet conflictRules() {
            BitSet result = new BitSet();
            LNGIntVector conflict = sat.conflict();
            for (int i = 0; i < conflict.size(); i++) {
                int rule = ruleOfVar[MiniSatStyleSolver.var(conflict.get(i))];
                if (rule >= 0) {
                    result.set(rule);
                }
            }
            return result;
        }
    }
}
