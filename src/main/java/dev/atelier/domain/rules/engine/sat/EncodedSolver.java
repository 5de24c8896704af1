// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.logicng.collections.LNGBooleanVector;
import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Variable;
import org.logicng.solvers.MiniSat;
import org.logicng.solvers.sat.MiniSatConfig;
import org.logicng.solvers.sat.MiniSatStyleSolver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One LogicNG MiniSat ({@link GuidedMiniSat}) loaded with the CNF of a finite-domain model, and the mapping
 * between variable=value pairs and solver literals. The solver stays loaded for the engine's lifetime; every query
 * is a solve under assumptions, nothing is added or removed per query. Clauses go to the solver as integer
 * literals (no formula objects for 200,000+ clauses); only the at-most-one constraints pass through LogicNG's
 * formula-level cardinality encoder, on the same solver.
 * <p>
 * Encoding: a variable with a two-value domain is one solver variable (true = its second value); any other domain
 * gets one solver variable per value with exactly-one (at-least-one clause plus LogicNG's at-most-one cardinality
 * encoding). A {@link ClauseConstraint} is one clause. A {@link TableConstraint} is compressed to a
 * {@link TableDiagram} first and encoded with one auxiliary variable per diagram node ("this node is on the path
 * of the assignment"): the root holds, and a node whose variable takes a value follows that value's outcome. Node
 * variables are not decision variables: the solver branches on variable=value literals only, propagation sets the
 * nodes on the path, and a node left unassigned reads as "off the path" (every clause is then satisfied).
 * <p>
 * The solver runs with incremental mode off: LogicNG's incremental mode never deletes learnt clauses, so a
 * long-lived solver answering thousands of queries would slow down; without it MiniSat reduces its learnt-clause
 * database as usual (save/load of states is not needed, assumptions carry the selections).
 * <p>
 * With rule selectors, every clause of a rule (all constraints sharing a rule id) carries the negation of that
 * rule's selector literal, so a rule is active only while its selector is assumed: unsatisfiable cores then name
 * rules. Selectors are not decision variables: one that is not assumed stays unassigned unless propagation
 * falsifies it, and an unassigned selector reads as "rule off", so a model never costs a decision per rule.
 * Such a solver is only used for explanations.
 */
final class EncodedSolver {

    private final GuidedMiniSat solver;
    private final ValueIndex values;
    private final int[] firstSolverVar;
    private final int valueVariables;
    private final int[] ruleSelectors;

    private EncodedSolver(FdModel model, ValueIndex values, List<TableDiagram> diagrams, RuleGroups rules,
                          boolean withRuleSelectors) {
        MiniSatConfig config = MiniSatConfig.builder().incremental(false).build();
        FormulaFactory factory = new FormulaFactory();
        this.solver = new GuidedMiniSat(config);
        MiniSat cardinalityEncoder = new MiniSat(factory, solver);
        this.values = values;
        this.firstSolverVar = new int[model.size()];
        for (int x = 0; x < model.size(); x++) {
            firstSolverVar[x] = solver.nVars();
            int count = values.domainSize(x) == 2 ? 1 : values.domainSize(x);
            for (int k = 0; k < count; k++) {
                solver.newVar(true, true);
            }
        }
        this.valueVariables = solver.nVars();
        for (int x = 0; x < model.size(); x++) {
            if (values.domainSize(x) != 2) {
                encodeExactlyOne(cardinalityEncoder, factory, x, values.domainSize(x));
            }
        }
        if (withRuleSelectors) {
            ruleSelectors = new int[rules.count()];
            for (int r = 0; r < ruleSelectors.length; r++) {
                ruleSelectors[r] = MiniSatStyleSolver.mkLit(solver.newVar(true, false), false);
            }
        } else {
            ruleSelectors = null;
        }
        int tableIndex = 0;
        List<FdConstraint> constraints = model.constraints();
        for (int c = 0; c < constraints.size(); c++) {
            int guard = ruleSelectors == null ? -1 : MiniSatStyleSolver.not(ruleSelectors[rules.groupOf(c)]);
            FdConstraint constraint = constraints.get(c);
            if (constraint instanceof ClauseConstraint clause) {
                encodeClause(clause, guard);
            } else if (constraint instanceof TableConstraint table) {
                encodeTable(table, diagrams.get(tableIndex++), guard);
            }
        }
    }

    /** The engine's main solver: the model's constraints, always active. */
    static EncodedSolver plain(FdModel model, ValueIndex values, List<TableDiagram> diagrams, RuleGroups rules) {
        return new EncodedSolver(model, values, diagrams, rules, false);
    }

    /** A solver whose rules are active only under their selector literals (see {@link #ruleSelector(int)}). */
    static EncodedSolver withRuleSelectors(FdModel model, ValueIndex values, List<TableDiagram> diagrams,
                                           RuleGroups rules) {
        return new EncodedSolver(model, values, diagrams, rules, true);
    }

    private void encodeExactlyOne(MiniSat cardinalityEncoder, FormulaFactory factory, int x, int size) {
        List<Variable> literals = new ArrayList<>(size);
        LNGIntVector atLeastOne = new LNGIntVector(size);
        for (int v = 0; v < size; v++) {
            int index = firstSolverVar[x] + v;
            String name = "v" + x + "=" + v;
            solver.addName(name, index);
            literals.add(factory.variable(name));
            atLeastOne.push(MiniSatStyleSolver.mkLit(index, false));
        }
        solver.addClause(atLeastOne, null);
        if (size > 1) {
            cardinalityEncoder.add(factory.amo(literals));
        }
    }

    private void encodeClause(ClauseConstraint clause, int guard) {
        LNGIntVector lits = new LNGIntVector(clause.scope().length + 1);
        for (int i = 0; i < clause.scope().length; i++) {
            int lit = literal(clause.scope()[i], clause.values()[i]);
            lits.push(clause.positive()[i] ? lit : MiniSatStyleSolver.not(lit));
        }
        addClause(lits, guard);
    }

    private void encodeTable(TableConstraint table, TableDiagram diagram, int guard) {
        int root = diagram.root();
        if (root == TableDiagram.ACCEPT) {
            return;
        }
        if (root == TableDiagram.REJECT) {
            addClause(new LNGIntVector(), guard);
            return;
        }
        int firstNode = solver.nVars();
        for (int n = 0; n < diagram.nodeCount(); n++) {
            solver.newVar(true, false);
        }
        addClause(new LNGIntVector(new int[]{nodeLit(firstNode, root)}), guard);
        int[] scope = table.scope();
        for (int n = 0; n < diagram.nodeCount(); n++) {
            int notNode = MiniSatStyleSolver.not(nodeLit(firstNode, n));
            int x = scope[diagram.level(n)];
            int size = values.domainSize(x);
            LNGIntVector supported = new LNGIntVector(size + 1);
            supported.push(notNode);
            boolean rejectsSome = false;
            for (int v = 0; v < size; v++) {
                int outcome = diagram.outcome(n, v);
                int notValue = MiniSatStyleSolver.not(literal(x, v));
                if (outcome == TableDiagram.REJECT) {
                    rejectsSome = true;
                    addClause(new LNGIntVector(new int[]{notNode, notValue}), guard);
                } else {
                    supported.push(literal(x, v));
                    if (outcome >= 0) {
                        addClause(new LNGIntVector(new int[]{notNode, notValue, nodeLit(firstNode, outcome)}), guard);
                    }
                }
            }
            // For two-value domains this clause repeats the REJECT clause; for larger ones it strengthens propagation.
            if (rejectsSome && size > 2) {
                addClause(supported, guard);
            }
        }
    }

    private static int nodeLit(int firstNode, int node) {
        return MiniSatStyleSolver.mkLit(firstNode + node, false);
    }

    private void addClause(LNGIntVector lits, int guard) {
        if (guard >= 0) {
            lits.push(guard);
        }
        solver.addClause(lits, null);
    }

    /** Adds a clause that the model implies (a consequence learnt once); never call with rule selectors. */
    void addImpliedUnit(int lit) {
        solver.addClause(lit, null);
    }

    /** Solver literal for {@code variable = value}. */
    int literal(int variable, int value) {
        int base = firstSolverVar[variable];
        if (values.domainSize(variable) == 2) {
            return MiniSatStyleSolver.mkLit(base, value == 0);
        }
        return MiniSatStyleSolver.mkLit(base + value, false);
    }

    /** The selector literal of rule group {@code rule}; assume it to activate the rule. */
    int ruleSelector(int rule) {
        return ruleSelectors[rule];
    }

    /** Solves under the assumptions; true iff satisfiable. */
    boolean solve(LNGIntVector assumptions) {
        return solver.solve(null, assumptions) == Tristate.TRUE;
    }

    /**
     * After an unsatisfiable {@link #solve}: the assumption literals involved in the refutation (a subset of the
     * assumptions, not necessarily minimal), as a bit set over solver literals.
     */
    BitSet failedAssumptions() {
        LNGIntVector conflict = solver.conflict();
        BitSet failed = new BitSet();
        for (int i = 0; i < conflict.size(); i++) {
            failed.set(MiniSatStyleSolver.not(conflict.get(i)));
        }
        return failed;
    }

    /** After a satisfiable {@link #solve}: the model as a witness (one value bit per variable). */
    BitSet witness() {
        LNGBooleanVector model = solver.model();
        BitSet witness = new BitSet(values.totalValues());
        for (int x = 0; x < firstSolverVar.length; x++) {
            witness.set(values.offset(x) + modelValue(model, x));
        }
        return witness;
    }

    /** After a satisfiable {@link #solve}: the model's value index per variable. */
    int[] modelValues() {
        LNGBooleanVector model = solver.model();
        int[] result = new int[firstSolverVar.length];
        for (int x = 0; x < result.length; x++) {
            result[x] = modelValue(model, x);
        }
        return result;
    }

    private int modelValue(LNGBooleanVector model, int x) {
        int base = firstSolverVar[x];
        int size = values.domainSize(x);
        if (size == 2) {
            return model.get(base) ? 1 : 0;
        }
        for (int v = 0; v < size; v++) {
            if (model.get(base + v)) {
                return v;
            }
        }
        throw new IllegalStateException("model without a value for variable #" + x);
    }

    /** Makes the solver try {@code lit} first when it branches on its variable (a phase hint, not a constraint). */
    void preferTrue(int lit) {
        solver.variables().get(MiniSatStyleSolver.var(lit)).setPolarity(MiniSatStyleSolver.sign(lit));
    }

    /**
     * The values that unit propagation excludes under consistent assumptions (without search), as flat value
     * indices; the model's level-0 exclusions are not included.
     *
     * @return the excluded values, or null if unit propagation refutes the assumptions
     */
    BitSet excludedByPropagation(LNGIntVector assumptions) {
        LNGIntVector implied = new LNGIntVector();
        if (!solver.propagateAssumptions(assumptions, implied)) {
            return null;
        }
        BitSet excluded = new BitSet(values.totalValues());
        for (int i = 0; i < implied.size(); i++) {
            int lit = implied.get(i);
            int var = MiniSatStyleSolver.var(lit);
            if (var >= valueVariables) {
                continue;
            }
            int x = variableOfSolverVar(var);
            int size = values.domainSize(x);
            boolean positive = !MiniSatStyleSolver.sign(lit);
            if (size == 2) {
                excluded.set(values.index(x, positive ? 0 : 1));
            } else if (positive) {
                int own = values.index(x, var - firstSolverVar[x]);
                excluded.set(values.offset(x), values.offset(x) + size);
                excluded.clear(own);
            } else {
                excluded.set(values.index(x, var - firstSolverVar[x]));
            }
        }
        return excluded;
    }

    private int variableOfSolverVar(int var) {
        int x = java.util.Arrays.binarySearch(firstSolverVar, var);
        return x >= 0 ? x : -x - 2;
    }

    /** Makes the solver branch on these literals first, in order, on the following solves (empty: clears). */
    void decideFirst(LNGIntVector literals) {
        solver.decideFirst(literals);
    }

    /** Makes the solver try {@code variable = value} first when it branches on the variable's literals. */
    void preferValue(int variable, int value) {
        if (values.domainSize(variable) == 2) {
            preferTrue(literal(variable, value));
            return;
        }
        for (int v = 0; v < values.domainSize(variable); v++) {
            int lit = literal(variable, v);
            preferTrue(v == value ? lit : MiniSatStyleSolver.not(lit));
        }
    }
}
