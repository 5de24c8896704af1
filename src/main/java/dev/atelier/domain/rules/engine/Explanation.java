// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import java.util.List;

/**
 * Why a value is not available: a minimal subset of the user's selections that excludes it (removing any one of
 * them no longer excludes it), and the ids of the rules involved.
 *
 * @param because variable/value pairs from the selections (empty when the value is impossible in the model)
 * @param rules   ids of the rules that together with {@code because} exclude the value
 */
public record Explanation(List<Literal> because, List<String> rules) {

    public Explanation {
        because = List.copyOf(because);
        rules = List.copyOf(rules);
    }

    /** One variable=value pair, by index. */
    public record Literal(int variable, int value) {
    }
}
