// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.FdModel;

/**
 * Numbers every variable=value pair of a model consecutively ("flat value index"): variable {@code x} owns the
 * indices {@code offset(x) .. offset(x) + domainSize(x) - 1}. Bit sets over these indices hold witnesses and
 * value states compactly.
 */
final class ValueIndex {

    private final int[] offsets;
    private final int[] sizes;
    private final int[] variableOf;

    ValueIndex(FdModel model) {
        int n = model.size();
        offsets = new int[n];
        sizes = new int[n];
        int total = 0;
        for (int x = 0; x < n; x++) {
            offsets[x] = total;
            sizes[x] = model.variable(x).size();
            total += sizes[x];
        }
        variableOf = new int[total];
        for (int x = 0; x < n; x++) {
            for (int v = 0; v < sizes[x]; v++) {
                variableOf[offsets[x] + v] = x;
            }
        }
    }

    int variables() {
        return offsets.length;
    }

    int totalValues() {
        return variableOf.length;
    }

    int offset(int variable) {
        return offsets[variable];
    }

    int domainSize(int variable) {
        return sizes[variable];
    }

    int index(int variable, int value) {
        return offsets[variable] + value;
    }

    /** Variable of a flat value index. */
    int variableOf(int index) {
        return variableOf[index];
    }

    /** Value (within its variable's domain) of a flat value index. */
    int valueOf(int index) {
        return index - offsets[variableOf[index]];
    }

    /** Domain sizes by variable (a copy). */
    int[] domainSizes() {
        return sizes.clone();
    }
}
