// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import java.util.BitSet;
import java.util.List;

/**
 * Exact minimum hitting set by branch and bound: a smallest set of elements that intersects every given set.
 * Branches on the elements of the smallest set not yet hit; prunes with a greedy count of pairwise disjoint
 * sets not yet hit (each needs an element of its own). Meant for the few small conflicts of a repair.
 */
final class MinimumHittingSet {

    private final List<int[]> sets;
    private final BitSet chosen = new BitSet();
    private BitSet best;
    private int bestSize = Integer.MAX_VALUE;

    private MinimumHittingSet(List<int[]> sets) {
        this.sets = sets;
    }

    /** A minimum-size set of elements hitting every set (empty for no sets); no set may be empty. */
    static BitSet of(List<int[]> sets) {
        MinimumHittingSet search = new MinimumHittingSet(sets);
        search.branch(0);
        return search.best;
    }

    private void branch(int size) {
        if (size + disjointUnhitSets() >= bestSize) {
            return;
        }
        int[] unhit = smallestUnhitSet();
        if (unhit == null) {
            best = (BitSet) chosen.clone();
            bestSize = size;
            return;
        }
        for (int element : unhit) {
            chosen.set(element);
            branch(size + 1);
            chosen.clear(element);
        }
    }

    private int[] smallestUnhitSet() {
        int[] smallest = null;
        for (int[] set : sets) {
            if (!hit(set) && (smallest == null || set.length < smallest.length)) {
                smallest = set;
            }
        }
        return smallest;
    }

    private int disjointUnhitSets() {
        BitSet used = new BitSet();
        int count = 0;
        for (int[] set : sets) {
            if (hit(set)) {
                continue;
            }
            boolean disjoint = true;
            for (int element : set) {
                disjoint &= !used.get(element);
            }
            if (disjoint) {
                count++;
                for (int element : set) {
                    used.set(element);
                }
            }
        }
        return count;
    }

    private boolean hit(int[] set) {
        for (int element : set) {
            if (chosen.get(element)) {
                return true;
            }
        }
        return false;
    }
}
