// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import org.logicng.collections.LNGIntVector;
import org.logicng.solvers.sat.MiniSatStyleSolver;

import java.util.BitSet;

/**
 * Complete propagation on one warm solver, with witness reuse: a value is available iff some model of the rules
 * and the selections contains it, and every model found proves all of its values at once.
 * <ol>
 * <li>Solve under the selections (assumptions). The model, and every pooled witness that satisfies the
 * selections, confirm their values; unit propagation of the selections excludes values without search.</li>
 * <li>Each value still open is grafted from a pooled witness that contains it onto the model
 * ({@link WitnessTransplant}); a successful graft is a valid configuration with the selections, so it
 * confirms the value (and the values moved with it).</li>
 * <li>For each value still open, one SAT call with the value as an extra assumption, the solver deciding all
 * still-open values first so that the model confirms as many as it can. Unsatisfiable means excluded; its negation,
 * implied by the selections, joins the assumptions of the later calls (without selections it is implied by the
 * rules alone and becomes a unit clause of the solver for good).</li>
 * <li>For each selected variable, each other value is available iff the other selections allow it: a pooled
 * witness, a graft, or one SAT call.</li>
 * </ol>
 */
final class CompletePropagator {

    private static final int DONORS_PER_VALUE = 2;

    private final EncodedSolver solver;
    private final ValueIndex values;
    private final BitSet impossible;
    private final WitnessPool pool;
    private final WitnessTransplant transplant;

    /**
     * @param impossible values excluded by the model alone; the caller fills it after the first (no-selection)
     *                   propagation and never changes it afterwards
     */
    CompletePropagator(EncodedSolver solver, ValueIndex values, BitSet impossible, WitnessPool pool,
                       WitnessTransplant transplant) {
        this.solver = solver;
        this.values = values;
        this.impossible = impossible;
        this.pool = pool;
        this.transplant = transplant;
    }

    /** The available values under the selections, or null if the selections are inconsistent. */
    BitSet availableValues(Assignment selections) {
        int[] selected = selectedIndices(selections);
        LNGIntVector assumptions = literals(selected, -1);
        if (!solver.solve(assumptions)) {
            return null;
        }
        int[] model = solver.modelValues();
        BitSet available = witnessOf(model);
        pool.add((BitSet) available.clone());
        for (int w = 0; w < pool.size(); w++) {
            BitSet witness = pool.get(w);
            if (satisfies(witness, selected, -1)) {
                available.or(witness);
            }
        }
        BitSet open = new BitSet(values.totalValues());
        open.set(0, values.totalValues());
        open.andNot(available);
        open.andNot(impossible);
        open.andNot(solver.excludedByPropagation(assumptions));
        BitSet locked = new BitSet(values.variables());
        for (int index : selected) {
            int x = values.variableOf(index);
            locked.set(x);
            open.clear(values.offset(x), values.offset(x) + values.domainSize(x));
        }
        transplant.prepare(model);
        graftOpenValues(open, locked, available);
        solveOpenValues(assumptions, open, available);
        confirmAlternatives(selected, locked, available);
        return available;
    }

    private void graftOpenValues(BitSet open, BitSet locked, BitSet available) {
        Grafts grafts = new Grafts(open, locked, available);
        for (int w = pool.size() - 1; w >= 0 && !open.isEmpty(); w--) {
            grafts.fromDonor(pool.get(w));
        }
    }

    /**
     * Grafting of open values from donors: all open values of a donor at once, halving a batch that fails, so a
     * donor costs a few grafts; a value that failed with {@link #DONORS_PER_VALUE} donors is left to the solver.
     */
    private final class Grafts {
        private final BitSet open;
        private final BitSet locked;
        private final BitSet available;
        private final byte[] failures = new byte[values.totalValues()];
        private final int[] batchVariables = new int[values.variables()];
        private final int[] batchIndices = new int[values.variables()];
        private final BitSet proven = new BitSet();
        private BitSet donor;

        Grafts(BitSet open, BitSet locked, BitSet available) {
            this.open = open;
            this.locked = locked;
            this.available = available;
        }

        void fromDonor(BitSet witness) {
            donor = witness;
            BitSet candidates = (BitSet) witness.clone();
            candidates.and(open);
            int size = 0;
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                if (failures[i] < DONORS_PER_VALUE) {
                    batchVariables[size] = values.variableOf(i);
                    batchIndices[size++] = i;
                }
            }
            graft(0, size);
        }

        private void graft(int from, int to) {
            if (from == to) {
                return;
            }
            if (transplant.graft(donor, batchVariables, from, to, locked, proven)) {
                available.or(proven);
                open.andNot(proven);
                proven.clear();
            } else if (to - from == 1) {
                failures[batchIndices[from]]++;
            } else {
                int middle = (from + to) >>> 1;
                graft(from, middle);
                graft(middle, to);
            }
        }
    }

    private void solveOpenValues(LNGIntVector assumptions, BitSet open, BitSet available) {
        boolean noSelections = assumptions.empty();
        LNGIntVector order = new LNGIntVector();
        for (int index = open.nextSetBit(0); index >= 0; index = open.nextSetBit(index + 1)) {
            // The assumptions head the list so that LogicNG's restart of the list at the backjump level never skips
            // an open value (see GreedyCompletion).
            order.clear();
            for (int k = 0; k < assumptions.size(); k++) {
                order.push(assumptions.get(k));
            }
            for (int i = index; i >= 0; i = open.nextSetBit(i + 1)) {
                order.push(literal(i));
            }
            solver.decideFirst(order);
            int lit = literal(index);
            assumptions.push(lit);
            boolean sat = solver.solve(assumptions);
            assumptions.pop();
            if (sat) {
                BitSet witness = solver.witness();
                pool.add(witness);
                available.or(witness);
                open.andNot(witness);
            } else {
                if (noSelections) {
                    solver.addImpliedUnit(MiniSatStyleSolver.not(lit));
                } else {
                    assumptions.push(MiniSatStyleSolver.not(lit));
                }
            }
        }
        solver.decideFirst(new LNGIntVector());
    }

    private void confirmAlternatives(int[] selected, BitSet locked, BitSet available) {
        BitSet proven = new BitSet(values.totalValues());
        for (int s = 0; s < selected.length; s++) {
            int x = values.variableOf(selected[s]);
            LNGIntVector others = null;
            for (int v = 0; v < values.domainSize(x); v++) {
                int index = values.index(x, v);
                if (index == selected[s] || impossible.get(index)) {
                    continue;
                }
                if (alternativeFromPool(index, selected, s, locked, proven)) {
                    available.set(index);
                    continue;
                }
                if (others == null) {
                    others = literals(selected, s);
                }
                others.push(literal(index));
                boolean sat = solver.solve(others);
                others.pop();
                if (sat) {
                    pool.add(solver.witness());
                    available.set(index);
                }
            }
        }
    }

    /**
     * A pooled witness with the value and the other selections, or a graft of the value from a pooled witness onto
     * the model of the selections.
     */
    private boolean alternativeFromPool(int index, int[] selected, int skip, BitSet locked, BitSet proven) {
        int x = values.variableOf(index);
        int donors = 0;
        for (int w = pool.size() - 1; w >= 0; w--) {
            BitSet witness = pool.get(w);
            if (!witness.get(index)) {
                continue;
            }
            if (satisfies(witness, selected, skip)) {
                return true;
            }
            if (donors < DONORS_PER_VALUE) {
                donors++;
                locked.clear(x);
                boolean grafted = transplant.graft(witness, new int[]{x}, 0, 1, locked, proven);
                locked.set(x);
                proven.clear();
                if (grafted) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Flat value indices of the selections. */
    int[] selectedIndices(Assignment selections) {
        int[] selected = new int[selections.count()];
        int k = 0;
        for (int x = 0; x < selections.size(); x++) {
            if (selections.isSet(x)) {
                selected[k++] = values.index(x, selections.get(x));
            }
        }
        return selected;
    }

    /** Solver literals of the flat value indices, leaving out position {@code skip} (or none if -1). */
    private LNGIntVector literals(int[] indices, int skip) {
        LNGIntVector lits = new LNGIntVector(indices.length + 8);
        for (int k = 0; k < indices.length; k++) {
            if (k != skip) {
                lits.push(literal(indices[k]));
            }
        }
        return lits;
    }

    private int literal(int index) {
        return solver.literal(values.variableOf(index), values.valueOf(index));
    }

    private BitSet witnessOf(int[] model) {
        BitSet witness = new BitSet(values.totalValues());
        for (int x = 0; x < model.length; x++) {
            witness.set(values.index(x, model[x]));
        }
        return witness;
    }

    private static boolean satisfies(BitSet witness, int[] selected, int skip) {
        for (int k = 0; k < selected.length; k++) {
            if (k != skip && !witness.get(selected[k])) {
                return false;
            }
        }
        return true;
    }
}
