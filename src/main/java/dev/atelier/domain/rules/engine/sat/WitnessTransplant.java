// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.BitSet;
import java.util.List;

/**
 * Proves a value available without a SAT call by grafting part of an old witness onto a current model.
 * <p>
 * Given a model {@code base} of the current selections and a donor witness (any valid configuration) that
 * contains the wanted value: set the value in the base, and while some constraint on a changed variable is
 * violated, move every unlocked variable of that constraint to its donor value (the donor satisfies the
 * constraint, so this repairs it unless a locked variable is in the way). Each variable moves at most once, always
 * towards the donor, so this ends; if no constraint is left violated, the result is a complete valid
 * configuration that keeps every locked (selected) variable and contains the wanted value. In configuration
 * models most choices are local (a feature, its group, its parents), so the graft is small, while the solver
 * would need a full search per value.
 */
final class WitnessTransplant {

    private final FdModel model;
    private final ValueIndex values;
    private final TableDiagram[] diagramOf;
    private final int[] clauseStart;
    private final int[] literalVariable;
    private final int[] literalValue;
    private final boolean[] literalPositive;
    private final Occurrences occurrences;
    private final int maxMoves;
    private final int[] moved;
    private final int[] previous;

    /**
     * @param diagrams the table diagrams in the order of the model's tables
     * @param maxMoves give up a graft after this many moved variables besides the grafted ones (a long cascade
     *                 rarely succeeds, and costs time)
     */
    WitnessTransplant(FdModel model, ValueIndex values, List<TableDiagram> diagrams, Occurrences occurrences,
                      int maxMoves) {
        this.model = model;
        this.occurrences = occurrences;
        this.values = values;
        this.maxMoves = maxMoves;
        List<FdConstraint> constraints = model.constraints();
        this.diagramOf = new TableDiagram[constraints.size()];
        this.clauseStart = new int[constraints.size() + 1];
        int literals = 0;
        for (FdConstraint constraint : constraints) {
            if (constraint instanceof ClauseConstraint clause) {
                literals += clause.scope().length;
            }
        }
        this.literalVariable = new int[literals];
        this.literalValue = new int[literals];
        this.literalPositive = new boolean[literals];
        int table = 0;
        int literal = 0;
        for (int c = 0; c < constraints.size(); c++) {
            FdConstraint constraint = constraints.get(c);
            clauseStart[c] = literal;
            if (constraint instanceof TableConstraint) {
                diagramOf[c] = diagrams.get(table++);
            } else if (constraint instanceof ClauseConstraint clause) {
                for (int i = 0; i < clause.scope().length; i++) {
                    literalVariable[literal] = clause.scope()[i];
                    literalValue[literal] = clause.values()[i];
                    literalPositive[literal++] = clause.positive()[i];
                }
            }
        }
        clauseStart[constraints.size()] = literal;
        this.moved = new int[model.size()];
        this.previous = new int[model.size()];
    }

    /**
     * Tries to graft the donor's values of {@code variables[from, to)} onto the base model.
     *
     * @param base   a valid configuration (value per variable); changed during the call, restored before return
     * @param locked variables that must keep their base value (the grafted variables must not be locked)
     * @param proven receives the flat indices of all moved values on success
     * @return true on success
     */
    boolean graft(int[] base, BitSet donor, int[] variables, int from, int to, BitSet locked, BitSet proven) {
        int moves = 0;
        for (int k = from; k < to; k++) {
            int x = variables[k];
            int wanted = donorValue(donor, x);
            if (base[x] != wanted) {
                previous[moves] = base[x];
                moved[moves++] = x;
                base[x] = wanted;
            }
        }
        boolean ok = true;
        for (int next = 0; ok && next < moves; next++) {
            for (int c : occurrences.constraintsOf(moved[next])) {
                if (satisfied(c, base)) {
                    continue;
                }
                for (int z : model.constraints().get(c).scope()) {
                    int wanted = donorValue(donor, z);
                    if (base[z] != wanted && !locked.get(z)) {
                        if (moves - (to - from) >= maxMoves) {
                            ok = false;
                            break;
                        }
                        previous[moves] = base[z];
                        moved[moves++] = z;
                        base[z] = wanted;
                    }
                }
                if (!ok || !satisfied(c, base)) {
                    ok = false;
                    break;
                }
            }
        }
        for (int k = moves - 1; k >= 0; k--) {
            if (ok) {
                proven.set(values.index(moved[k], base[moved[k]]));
            }
            base[moved[k]] = previous[k];
        }
        return ok;
    }

    private int donorValue(BitSet donor, int x) {
        return donor.nextSetBit(values.offset(x)) - values.offset(x);
    }

    private boolean satisfied(int c, int[] assignment) {
        if (diagramOf[c] != null) {
            return diagramOf[c].accepts(model.constraints().get(c).scope(), assignment);
        }
        for (int i = clauseStart[c]; i < clauseStart[c + 1]; i++) {
            if ((assignment[literalVariable[i]] == literalValue[i]) == literalPositive[i]) {
                return true;
            }
        }
        return false;
    }

}
