// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.model;

/**
 * A constraint over finite-domain variables. Every constraint carries the id of the catalog rule (or XCSP
 * constraint) it came from, so explanations can name it.
 */
public sealed interface FdConstraint permits TableConstraint, ClauseConstraint {

    /** Id of the rule this constraint comes from; shown in explanations. */
    String ruleId();

    /** Indices (into {@link FdModel#variables()}) of the variables in scope. */
    int[] scope();
}
