// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.model.FdModel;

import java.util.List;

/**
 * What the {@link BddCompiler} produces: the BDD's node table, and the decision diagram of every table (kept for
 * the SAT encoding that finds the rules behind an explanation).
 *
 * @param model    the model
 * @param table    the compiled BDD
 * @param diagrams per constraint of the model, its decision diagram, or null for a clause
 */
record CompiledModel(FdModel model, NodeTable table, List<DecisionDiagram> diagrams) {
}
