// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;
import org.logicng.solvers.sat.MiniSatStyleSolver;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds a minimal set of rules that, with some variable=value literals, admits no solution: the "rules involved"
 * of an explanation. The BDD has forgotten which rule excludes what, so this works on a CNF of the model kept in
 * one warm MiniSat solver: one Boolean per variable=value with exactly-one constraints, each table encoded through
 * its {@link DecisionDiagram} (one Boolean per diagram node), and each rule's clauses switched on by a selector
 * literal. A query solves under the assumptions "all selectors on, these literals", takes the selectors in the
 * final conflict, and shrinks them by deletion (each test again refined by its conflict) until every remaining
 * rule is necessary. Learnt clauses stay valid across queries because nothing but assumptions changes.
 * <p>
 * Not thread-safe.
 */
final class RuleCoreFinder {

    /** Up to this domain size at-most-one is pairwise; above, a sequential counter. */
    private static final int PAIRWISE_LIMIT = 16;

    private final FdModel model;
    private final List<DecisionDiagram> diagrams;
    private final int[] domainSize;
    private final MiniSatStyleSolver solver;
    private final int[][] valueVar;
    private final int[] selector;
    private final int[] ruleOfSelectorVar;

    RuleCoreFinder(CompiledModel compiled) {
        this.model = compiled.model();
        this.diagrams = compiled.diagrams();
        this.domainSize = model.variables().stream().mapToInt(v -> v.size()).toArray();
        this.solver = new MiniSat2Solver(MiniSatConfig.builder().incremental(false).build());
        this.valueVar = new int[model.size()][];
        for (int v = 0; v < model.size(); v++) {
            int size = model.variable(v).size();
            valueVar[v] = new int[size];
            for (int i = 0; i < size; i++) {
                // decide values positively: one decision then settles a whole variable through at-most-one
                valueVar[v][i] = solver.newVar(false, true);
            }
            exactlyOne(valueVar[v]);
        }
        List<FdConstraint> constraints = model.constraints();
        this.selector = new int[constraints.size()];
        for (int c = 0; c < constraints.size(); c++) {
            selector[c] = newVar();
            DecisionDiagram diagram = compiled.diagrams().get(c);
            if (diagram != null) {
                encode(diagram, selector[c]);
            } else {
                encode((ClauseConstraint) constraints.get(c), selector[c]);
            }
        }
        this.ruleOfSelectorVar = new int[solver.nVars()];
        Arrays.fill(ruleOfSelectorVar, -1);
        for (int c = 0; c < constraints.size(); c++) {
            ruleOfSelectorVar[selector[c]] = c;
        }
    }

    /**
     * A minimal set of rules (constraint indices, ascending) under which the literals have no solution. A rule
     * that excludes the literals on its own is found directly from its diagram; larger sets come from the solver.
     *
     * @param literals variable=value pairs on distinct variables
     * @throws IllegalStateException if the literals are consistent with the whole model
     */
    int[] minimalRules(List<Explanation.Literal> literals) {
        int single = singleExcludingRule(literals);
        if (single >= 0) {
            return new int[] {single};
        }
        BitSet core = new BitSet(selector.length);
        core.set(0, selector.length);
        if (solve(core, literals)) {
            throw new IllegalStateException("the literals " + literals + " are consistent with model '"
                    + model.name() + "'; nothing to explain");
        }
        core = conflictRules();
        // no single rule suffices (checked above) and no rule is needed for the literals alone (they are on distinct
        // variables), so a core of two rules is minimal
        for (int c = core.nextSetBit(0); c >= 0 && core.cardinality() > 2; c = core.nextSetBit(c + 1)) {
            BitSet without = (BitSet) core.clone();
            without.clear(c);
            if (!solve(without, literals)) {
                BitSet refined = conflictRules();
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

    /** Solves with exactly the given rules switched on (the others explicitly off) under the literals. */
    private boolean solve(BitSet rules, List<Explanation.Literal> literals) {
        LNGIntVector assumptions = new LNGIntVector(selector.length + literals.size());
        for (int c = 0; c < selector.length; c++) {
            assumptions.push(lit(selector[c], rules.get(c)));
        }
        for (Explanation.Literal literal : literals) {
            assumptions.push(MiniSatStyleSolver.mkLit(valueVar[literal.variable()][literal.value()], false));
        }
        return solver.solve(null, assumptions) == Tristate.TRUE;
    }

    /** The rules whose selectors are in the last final conflict. */
    private BitSet conflictRules() {
        BitSet rules = new BitSet(selector.length);
        LNGIntVector conflict = solver.conflict();
        for (int i = 0; i < conflict.size(); i++) {
            int rule = ruleOfSelectorVar[MiniSatStyleSolver.var(conflict.get(i))];
            if (rule >= 0) {
                rules.set(rule);
            }
        }
        return rules;
    }

    private void encode(DecisionDiagram diagram, int on) {
        int[] nodeVar = new int[diagram.nodeCount() + 2];
        for (int node = 2; node < nodeVar.length; node++) {
            nodeVar[node] = newVar();
        }
        int root = diagram.root();
        boolean negated = diagram.negated();
        if (root == DecisionDiagram.TRUE || root == DecisionDiagram.FALSE) {
            if ((root == DecisionDiagram.TRUE) == negated) {
                clause(lit(on, false));
            }
            return;
        }
        clause(lit(on, false), lit(nodeVar[root], !negated));
        for (int node = 2; node < nodeVar.length; node++) {
            int[] values = diagram.edgeValues(node);
            int[] children = diagram.edgeChildren(node);
            int[] literals = valueVar[diagram.variable(node)];
            int n = nodeVar[node];
            if (negated) {
                // the node holds whenever one of its edges leads to an accepting child
                for (int e = 0; e < values.length; e++) {
                    int value = lit(literals[values[e]], false);
                    if (children[e] == DecisionDiagram.TRUE) {
                        clause(value, lit(n, true));
                    } else {
                        clause(value, lit(nodeVar[children[e]], false), lit(n, true));
                    }
                }
            } else {
                // the node holds only if the variable takes a value with an edge and that edge's child holds
                int e = 0;
                for (int value = 0; value < literals.length; value++) {
                    boolean hasEdge = e < values.length && values[e] == value;
                    if (!hasEdge) {
                        clause(lit(n, false), lit(literals[value], false));
                    } else {
                        if (children[e] != DecisionDiagram.TRUE) {
                            clause(lit(n, false), lit(literals[value], false), lit(nodeVar[children[e]], true));
                        }
                        e++;
                    }
                }
            }
        }
    }

    private void encode(ClauseConstraint rule, int on) {
        LNGIntVector clause = new LNGIntVector();
        clause.push(lit(on, false));
        for (int i = 0; i < rule.scope().length; i++) {
            int v = rule.scope()[i];
            int value = rule.values()[i];
            boolean inDomain = value >= 0 && value < model.variable(v).size();
            if (!inDomain) {
                if (!rule.positive()[i]) {
                    return;
                }
                continue;
            }
            clause.push(lit(valueVar[v][value], rule.positive()[i]));
        }
        solver.addClause(clause, null);
    }

    private void exactlyOne(int[] vars) {
        LNGIntVector atLeastOne = new LNGIntVector(vars.length);
        for (int v : vars) {
            atLeastOne.push(lit(v, true));
        }
        solver.addClause(atLeastOne, null);
        if (vars.length <= PAIRWISE_LIMIT) {
            for (int i = 0; i < vars.length; i++) {
                for (int j = i + 1; j < vars.length; j++) {
                    clause(lit(vars[i], false), lit(vars[j], false));
                }
            }
            return;
        }
        int previous = newVar();
        clause(lit(vars[0], false), lit(previous, true));
        for (int i = 1; i < vars.length - 1; i++) {
            int next = newVar();
            clause(lit(vars[i], false), lit(next, true));
            clause(lit(previous, false), lit(next, true));
            clause(lit(vars[i], false), lit(previous, false));
            previous = next;
        }
        clause(lit(vars[vars.length - 1], false), lit(previous, false));
    }

    /**
     * An auxiliary variable (selector, diagram node, counter bit). The solver never branches on these: once every
     * variable=value Boolean is assigned, unit propagation has set all auxiliaries that matter, and setting the
     * rest to false satisfies every clause, so a search over the value Booleans alone is complete.
     */
    private int newVar() {
        return solver.newVar(true, false);
    }

    /**
     * A solver literal.
     *
     * @param positive true for the variable itself, false for its negation
     */
    private static int lit(int var, boolean positive) {
        return MiniSatStyleSolver.mkLit(var, !positive);
    }

    private void clause(int... literals) {
        solver.addClause(new LNGIntVector(literals), null);
    }
}
