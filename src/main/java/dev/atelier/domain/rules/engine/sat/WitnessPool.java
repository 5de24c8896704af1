// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Complete valid configurations found so far (as bit sets over flat value indices), kept to confirm values
 * without a SAT call: every witness that satisfies the current selections proves all its values available.
 * <p>
 * The witnesses of the engine's start-up (no selections; together they contain every possible value) stay for
 * the engine's lifetime; later ones go into a bounded ring of the most recent.
 */
final class WitnessPool {

    private final List<BitSet> permanent = new ArrayList<>();
    private final BitSet[] recent;
    private int recentCount;
    private int next;
    private boolean sealed;

    /** @param recentCapacity how many recent witnesses to keep after start-up */
    WitnessPool(int recentCapacity) {
        this.recent = new BitSet[recentCapacity];
    }

    void add(BitSet witness) {
        if (!sealed) {
            permanent.add(witness);
            return;
        }
        recent[next] = witness;
        next = (next + 1) % recent.length;
        recentCount = Math.min(recentCount + 1, recent.length);
    }

    /** Ends start-up: the witnesses so far are kept for good, later ones rotate. */
    void seal() {
        sealed = true;
    }

    int size() {
        return permanent.size() + recentCount;
    }

    /** Witness {@code i}, {@code 0 <= i < size()}. */
    BitSet get(int i) {
        return i < permanent.size() ? permanent.get(i) : recent[i - permanent.size()];
    }
}
