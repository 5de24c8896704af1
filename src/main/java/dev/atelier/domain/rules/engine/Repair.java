// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import java.util.List;

/**
 * The smallest change that makes a wanted value available: the selections to retract (a minimum-size set), and
 * a complete valid configuration that contains the wanted value and keeps every other selection, whose values for
 * the retracted variables are a suggestion of what to change them to.
 *
 * @param retract    selections to drop, minimal in number
 * @param suggestion a complete consistent assignment with the wanted value and all kept selections
 */
public record Repair(List<Explanation.Literal> retract, Assignment suggestion) {

    public Repair {
        retract = List.copyOf(retract);
    }
}
