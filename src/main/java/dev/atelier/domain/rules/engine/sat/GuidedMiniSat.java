// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import org.logicng.collections.LNGIntVector;
import org.logicng.datastructures.Tristate;
import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;

/**
 * LogicNG's MiniSat 2 with its decision order settable as solver literals. LogicNG already supports a
 * "selection order" (literals to branch on first, in order, before the activity heuristic); its public setter
 * takes formula literals and looks each name up, which costs milliseconds for thousands of literals per call.
 * This exposes the same mechanism with solver literals, so every witness search can try all still-unconfirmed
 * values first.
 * <p>
 * It also answers which literals unit propagation derives from a set of assumptions, without a search: the same
 * first step {@code solve} takes with assumptions, stopped before the first free decision.
 */
final class GuidedMiniSat extends MiniSat2Solver {

    GuidedMiniSat(MiniSatConfig config) {
        super(config);
    }

    /** Branch on these literals first, in order (each one only while unassigned); an empty vector clears it. */
    void decideFirst(LNGIntVector literals) {
        this.selectionOrder = literals;
        this.selectionOrderIdx = 0;
    }

    /**
     * Propagates the assumptions (one decision level each, as {@code solve} does) and collects every literal they
     * make true by unit propagation, the assumptions included; level-0 literals are not collected. Leaves the
     * solver at level 0.
     *
     * @param implied receives the derived literals
     * @return false if unit propagation finds the assumptions contradictory (then {@code implied} is incomplete)
     */
    boolean propagateAssumptions(LNGIntVector assumptions, LNGIntVector implied) {
        if (!this.ok) {
            return false;
        }
        boolean consistent = true;
        int start = this.trail.size();
        for (int i = 0; i < assumptions.size() && consistent; i++) {
            int lit = assumptions.get(i);
            Tristate current = value(lit);
            if (current == Tristate.FALSE) {
                consistent = false;
            } else if (current == Tristate.UNDEF) {
                this.trailLim.push(this.trail.size());
                uncheckedEnqueue(lit, null);
                consistent = propagate() == null;
            }
        }
        for (int i = start; consistent && i < this.trail.size(); i++) {
            implied.push(this.trail.get(i));
        }
        cancelUntil(0);
        return consistent;
    }
}
