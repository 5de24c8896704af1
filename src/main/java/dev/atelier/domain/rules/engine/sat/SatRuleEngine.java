// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.logicng.solvers.sat.MiniSatStyleSolver;

import org.logicng.collections.LNGIntVector;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RuleEngine} on one persistent LogicNG MiniSat, for models too large to compile to a BDD (feature
 * models with 10,000+ Boolean options and 200,000+ clauses).
 * <p>
 * The model is encoded once (see {@link EncodedSolver}: one solver variable per Boolean option, one per value with
 * exactly-one for larger domains, tables through decision diagrams with one auxiliary variable per node). Every
 * query then runs on the loaded solver with the selections as assumptions:
 * <ul>
 * <li>{@link #propagate}: complete propagation with witness reuse ({@link CompletePropagator}); the no-selection
 * result is computed at construction (it also fixes which values are {@code IMPOSSIBLE}, and those exclusions are
 * added to the solver as unit clauses), the last result is cached, and witnesses of earlier clicks are reused
 * when they still satisfy the new selections;</li>
 * <li>{@link #explain}: minimal subset of the selections by deletion over assumptions; the rule ids come from a
 * second solver with one selector literal per rule, built on the first explanation and kept;</li>
 * <li>{@link #repair}: minimum number of retractions by implicit hitting sets over the solver's conflicts;</li>
 * <li>{@link #complete}: defaults first, then cheapest values, greedily in variable order with SAT checks.</li>
 * </ul>
 * Not thread-safe: one engine per session, or external locking.
 */
public final class SatRuleEngine implements RuleEngine {

    private static final int RECENT_WITNESSES = 256;
    private static final int GRAFT_MOVES = 1000;

    private final FdModel model;
    private final ValueIndex values;
    private final EncodedSolver solver;
    private final BitSet impossible = new BitSet();
    private final CompletePropagator propagator;
    private final ExplanationSearch explanations;
    private final RepairSearch repairs;
    private final GreedyCompletion completion;
    private final SatPropagation initial;
    private SatPropagation last;

    /** Encodes the model, loads the solver and computes the propagation without selections. */
    /**
     * Whether the model has any solution: one SAT call on a fresh encoding, without the propagation an engine
     * prepares (for analyses that ask this of many slightly changed models).
     */
    public static boolean satisfiable(FdModel model) {
        ValueIndex values = new ValueIndex(model);
        List<TableDiagram> diagrams = new ArrayList<>();
        for (FdConstraint constraint : model.constraints()) {
            if (constraint instanceof TableConstraint table) {
                diagrams.add(TableDiagram.of(table, values.domainSizes()));
            }
        }
        return EncodedSolver.plain(model, values, diagrams, new RuleGroups(model)).solve(new LNGIntVector());
    }

    public SatRuleEngine(FdModel model) {
        this.model = model;
        this.values = new ValueIndex(model);
        RuleGroups rules = new RuleGroups(model);
        List<TableDiagram> diagrams = new ArrayList<>();
        for (FdConstraint constraint : model.constraints()) {
            if (constraint instanceof TableConstraint table) {
                diagrams.add(TableDiagram.of(table, values.domainSizes()));
            }
        }
        this.solver = EncodedSolver.plain(model, values, diagrams, rules);
        WitnessPool pool = new WitnessPool(RECENT_WITNESSES);
        Occurrences occurrences = new Occurrences(model);
        WitnessTransplant transplant = new WitnessTransplant(model, values, diagrams, occurrences, GRAFT_MOVES);
        this.propagator = new CompletePropagator(solver, values, impossible, pool, transplant);
        this.explanations = new ExplanationSearch(model, solver, values, rules, occurrences,
                () -> EncodedSolver.withRuleSelectors(model, values, diagrams, rules));
        this.repairs = new RepairSearch(solver, values);
        this.completion = new GreedyCompletion(solver, values);

        Assignment none = Assignment.empty(model.size());
        BitSet possible = propagator.availableValues(none);
        impossible.set(0, values.totalValues());
        if (possible != null) {
            impossible.andNot(possible);
            for (int i = impossible.nextSetBit(0); i >= 0; i = impossible.nextSetBit(i + 1)) {
                solver.addImpliedUnit(MiniSatStyleSolver.not(solver.literal(values.variableOf(i), values.valueOf(i))));
            }
        }
        pool.seal();
        this.initial = new SatPropagation(none, possible != null, values, possible == null ? new BitSet() : possible,
                impossible);
        this.last = initial;
    }

    @Override
    public FdModel model() {
        return model;
    }

    @Override
    public Propagation propagate(Assignment selections) {
        return propagation(selections);
    }

    private SatPropagation propagation(Assignment selections) {
        requireSelections(selections);
        if (selections.count() == 0) {
            return initial;
        }
        if (!last.selections().equals(selections)) {
            BitSet available = propagator.availableValues(selections);
            last = new SatPropagation(selections, available != null, values,
                    available == null ? new BitSet() : available, impossible);
        }
        return last;
    }

    /**
     * {@inheritDoc}
     * <p>
     * For a selected variable, the explanation is for replacing its selection: a minimal subset of the other
     * selections that excludes the value.
     *
     * @throws IllegalArgumentException also if the variable is selected, the selections are inconsistent and the
     *                                  other selections do allow the value (nothing but the inconsistency excludes it)
     */
    @Override
    public Explanation explain(Assignment selections, int variable, int value) {
        requireValue(variable, value);
        SatPropagation propagation = propagation(selections);
        if (propagation.isAvailable(variable, value)) {
            throw new IllegalArgumentException(describe(variable, value) + " is available");
        }
        Explanation explanation = explanations.explain(othersSelected(selections, variable), variable, value);
        if (explanation == null) {
            throw new IllegalArgumentException(describe(variable, value)
                    + " is not excluded by the other selections (they are inconsistent among themselves)");
        }
        return explanation;
    }

    /**
     * {@inheritDoc}
     * <p>
     * The variable's own selection is not counted as a retraction (it is replaced by the wanted value). If the
     * value is already available the repair retracts nothing.
     */
    @Override
    public Optional<Repair> repair(Assignment selections, int variable, int value) {
        requireSelections(selections);
        requireValue(variable, value);
        if (impossible.get(values.index(variable, value))) {
            return Optional.empty();
        }
        return repairs.repair(othersSelected(selections, variable), variable, value);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Defaults go first: every unset variable with a preferred value takes it if it is consistent with the
     * selections and the defaults taken before it (in variable order); then the remaining variables, in order, take
     * their cheapest consistent value. {@code preferred} may be null (no defaults), {@code cost} or one of its rows
     * may be null (all values cost the same).
     */
    @Override
    public Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost) {
        requireSelections(selections);
        if (preferred != null) {
            requireLength(preferred.length, "preferred");
            for (int x = 0; x < preferred.length; x++) {
                if (preferred[x] != Assignment.UNSET) {
                    requireValue(x, preferred[x]);
                }
            }
        }
        if (cost != null) {
            requireLength(cost.length, "cost");
            for (int x = 0; x < cost.length; x++) {
                if (cost[x] != null && cost[x].length != values.domainSize(x)) {
                    throw new IllegalArgumentException("cost of variable " + model.variable(x).id() + " has "
                            + cost[x].length + " entries for " + values.domainSize(x) + " values");
                }
            }
        }
        return completion.complete(selections, preferred, cost);
    }

    /** {@inheritDoc} Checks each constraint on the assignment directly (no solver); false if a variable is unset. */
    @Override
    public boolean isValid(Assignment full) {
        requireLength(full.size(), "assignment");
        for (int x = 0; x < full.size(); x++) {
            if (full.get(x) < 0 || full.get(x) >= values.domainSize(x)) {
                return false;
            }
        }
        for (FdConstraint constraint : model.constraints()) {
            if (!satisfies(constraint, full)) {
                return false;
            }
        }
        return true;
    }

    private static boolean satisfies(FdConstraint constraint, Assignment full) {
        int[] scope = constraint.scope();
        if (constraint instanceof ClauseConstraint clause) {
            for (int i = 0; i < scope.length; i++) {
                if ((full.get(scope[i]) == clause.values()[i]) == clause.positive()[i]) {
                    return true;
                }
            }
            return false;
        }
        TableConstraint table = (TableConstraint) constraint;
        for (int[] tuple : table.tuples()) {
            boolean matches = true;
            for (int i = 0; i < scope.length && matches; i++) {
                matches = full.get(scope[i]) == tuple[i];
            }
            if (matches) {
                return table.supports();
            }
        }
        return !table.supports();
    }

    private int[] othersSelected(Assignment selections, int variable) {
        return propagator.selectedIndices(selections.isSet(variable) ? selections.without(variable) : selections);
    }

    private void requireSelections(Assignment selections) {
        requireLength(selections.size(), "selections");
        for (int x = 0; x < selections.size(); x++) {
            if (selections.isSet(x)) {
                requireValue(x, selections.get(x));
            }
        }
    }

    private void requireLength(int length, String what) {
        if (length != model.size()) {
            throw new IllegalArgumentException(what + " cover " + length + " variables, the model has "
                    + model.size());
        }
    }

    private void requireValue(int variable, int value) {
        if (variable < 0 || variable >= model.size()) {
            throw new IllegalArgumentException("no variable #" + variable + " in " + model.name());
        }
        if (value < 0 || value >= values.domainSize(variable)) {
            throw new IllegalArgumentException("variable " + model.variable(variable).id() + " has no value #"
                    + value);
        }
    }

    private String describe(int variable, int value) {
        return model.variable(variable).id() + "=" + model.variable(variable).values().get(value);
    }
}
