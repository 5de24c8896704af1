// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdModel;
import org.logicng.solvers.sat.MiniSatStyleSolver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The model as CNF, clause lists kept per variable and per rule so a solver can be loaded with all of it or with a
 * few rules only. Booleans: one per variable=value (with exactly-one clauses per variable), and per rule a
 * selector that switches the rule's clauses on, plus one Boolean per node of its {@link DecisionDiagram}, so a
 * table costs clauses in proportion to its diagram, not its tuples. Literals are MiniSat literals over a global
 * numbering of the Booleans.
 */
final class RuleClauses {

    /** Up to this domain size at-most-one is pairwise; above, a sequential counter. */
    private static final int PAIRWISE_LIMIT = 16;

    private final int[][] valueVar;
    private final int[] selector;
    private final List<int[]>[] variableClauses;
    private final List<int[]>[] ruleClauses;
    private final BitSet decisionVars = new BitSet();
    private int variables;

    @SuppressWarnings("unchecked")
    RuleClauses(CompiledModel compiled) {
        FdModel model = compiled.model();
        this.valueVar = new int[model.size()][];
        this.variableClauses = new List[model.size()];
        for (int v = 0; v < model.size(); v++) {
            valueVar[v] = new int[model.variable(v).size()];
            for (int i = 0; i < valueVar[v].length; i++) {
                valueVar[v][i] = newVar(true);
            }
            variableClauses[v] = new ArrayList<>();
            exactlyOne(valueVar[v], variableClauses[v]);
        }
        int rules = model.constraints().size();
        this.selector = new int[rules];
        this.ruleClauses = new List[rules];
        for (int c = 0; c < rules; c++) {
            selector[c] = newVar(false);
            ruleClauses[c] = new ArrayList<>();
            DecisionDiagram diagram = compiled.diagrams().get(c);
            if (diagram != null) {
                encode(diagram, selector[c], ruleClauses[c]);
            } else {
                encode((ClauseConstraint) model.constraints().get(c), selector[c], model, ruleClauses[c]);
            }
        }
    }

    /** Number of Booleans. */
    int variableCount() {
        return variables;
    }

    /**
     * Whether a solver should branch on the Boolean: only the variable=value Booleans. Once they are all assigned,
     * unit propagation has set every auxiliary that matters, and setting the rest to false satisfies every clause,
     * so a search over the value Booleans alone is complete.
     */
    boolean isDecision(int var) {
        return decisionVars.get(var);
    }

    /** The Boolean of variable=value. */
    int valueVar(int variable, int value) {
        return valueVar[variable][value];
    }

    /** The Boolean that switches a rule on. */
    int selector(int rule) {
        return selector[rule];
    }

    /** The exactly-one clauses of a model variable. */
    List<int[]> variableClauses(int variable) {
        return variableClauses[variable];
    }

    /** The clauses of a rule, each containing its negated selector. */
    List<int[]> ruleClauses(int rule) {
        return ruleClauses[rule];
    }

    private void encode(DecisionDiagram diagram, int on, List<int[]> out) {
        int[] nodeVar = new int[diagram.nodeCount() + 2];
        for (int node = 2; node < nodeVar.length; node++) {
            nodeVar[node] = newVar(false);
        }
        int root = diagram.root();
        boolean negated = diagram.negated();
        if (root == DecisionDiagram.TRUE || root == DecisionDiagram.FALSE) {
            if ((root == DecisionDiagram.TRUE) == negated) {
                out.add(new int[] {lit(on, false)});
            }
            return;
        }
        out.add(new int[] {lit(on, false), lit(nodeVar[root], !negated)});
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
                        out.add(new int[] {value, lit(n, true)});
                    } else {
                        out.add(new int[] {value, lit(nodeVar[children[e]], false), lit(n, true)});
                    }
                }
            } else {
                // the node holds only if the variable takes a value with an edge and that edge's child holds;
                // the clause "node -> one of its edge values" is implied by the others under exactly-one, but lets
                // unit propagation also run upwards: a node whose edge values are all excluded turns false
                int[] someEdge = new int[values.length + 1];
                someEdge[0] = lit(n, false);
                for (int i = 0; i < values.length; i++) {
                    someEdge[i + 1] = lit(literals[values[i]], true);
                }
                out.add(someEdge);
                int e = 0;
                for (int value = 0; value < literals.length; value++) {
                    boolean hasEdge = e < values.length && values[e] == value;
                    if (!hasEdge) {
                        out.add(new int[] {lit(n, false), lit(literals[value], false)});
                    } else {
                        if (children[e] != DecisionDiagram.TRUE) {
                            out.add(new int[] {lit(n, false), lit(literals[value], false),
                                    lit(nodeVar[children[e]], true)});
                        }
                        e++;
                    }
                }
            }
        }
    }

    private void encode(ClauseConstraint rule, int on, FdModel model, List<int[]> out) {
        List<Integer> literals = new ArrayList<>();
        literals.add(lit(on, false));
        for (int i = 0; i < rule.scope().length; i++) {
            int v = rule.scope()[i];
            int value = rule.values()[i];
            if (value >= 0 && value < model.variable(v).size()) {
                literals.add(lit(valueVar[v][value], rule.positive()[i]));
            } else if (!rule.positive()[i]) {
                return;
            }
        }
        out.add(literals.stream().mapToInt(Integer::intValue).toArray());
    }

    private void exactlyOne(int[] vars, List<int[]> out) {
        int[] atLeastOne = new int[vars.length];
        for (int i = 0; i < vars.length; i++) {
            atLeastOne[i] = lit(vars[i], true);
        }
        out.add(atLeastOne);
        if (vars.length <= PAIRWISE_LIMIT) {
            for (int i = 0; i < vars.length; i++) {
                for (int j = i + 1; j < vars.length; j++) {
                    out.add(new int[] {lit(vars[i], false), lit(vars[j], false)});
                }
            }
            return;
        }
        int previous = newVar(false);
        out.add(new int[] {lit(vars[0], false), lit(previous, true)});
        for (int i = 1; i < vars.length - 1; i++) {
            int next = newVar(false);
            out.add(new int[] {lit(vars[i], false), lit(next, true)});
            out.add(new int[] {lit(previous, false), lit(next, true)});
            out.add(new int[] {lit(vars[i], false), lit(previous, false)});
            previous = next;
        }
        out.add(new int[] {lit(vars[vars.length - 1], false), lit(previous, false)});
    }

    private int newVar(boolean isDecision) {
        decisionVars.set(variables, isDecision);
        return variables++;
    }

    /**
     * A MiniSat literal.
     *
     * @param positive true for the Boolean itself, false for its negation
     */
    static int lit(int var, boolean positive) {
        return MiniSatStyleSolver.mkLit(var, !positive);
    }
}
