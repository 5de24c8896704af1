// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import org.logicng.solvers.sat.MiniSat2Solver;
import org.logicng.solvers.sat.MiniSatConfig;

import java.util.BitSet;

/**
 * LogicNG's MiniSat, able to restrict which Booleans it branches on between solves. {@link RuleCoreFinder} uses it
 * to branch only on the values of variables that the switched-on rules (and the assumed literals) mention: finding
 * a model of a few rules then no longer means deciding every variable of the model.
 */
final class ScopedMiniSat extends MiniSat2Solver {

    ScopedMiniSat() {
        super(MiniSatConfig.builder().incremental(false).build());
    }

    /**
     * Makes exactly the given Booleans decision variables. Call only between solves (at decision level 0); the
     * variable order heap is rebuilt accordingly.
     */
    void branchOn(BitSet decisions) {
        for (int v = 0; v < nVars(); v++) {
            vars.get(v).setDecision(decisions.get(v));
        }
        rebuildOrderHeap();
    }
}
