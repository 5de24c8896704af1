// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.Assignment;

import java.util.Arrays;

import static dev.atelier.domain.rules.engine.bdd.NodeTable.HIGH_EXITS;
import static dev.atelier.domain.rules.engine.bdd.NodeTable.LOW_EXITS;
import static dev.atelier.domain.rules.engine.bdd.NodeTable.WIDE;

/**
 * The configurator's questions answered by walking a {@link NodeTable}: complete propagation, consistency,
 * minimum repair, evaluation. All work happens in scratch arrays allocated once, so an instance is not
 * thread-safe.
 * <p>
 * Selections are given as an array of value indices (codes) per model variable, {@code -1} for unset. A node's
 * edge is <em>allowed</em> if its variable is unset or the edge's bit agrees with the selected code. Sets of codes
 * are bit sets in longs; variables with more than 64 codes ({@link NodeTable#WIDE} nodes) take a slower general
 * path with several longs per set.
 */
final class BddQueries {

    private static final int UNSET = Assignment.UNSET;
    private static final int INFINITE = Integer.MAX_VALUE / 4;

    private final NodeTable table;
    private final int nodes;
    private final int root;
    private final int blockCount;
    private final int[] low;
    private final int[] high;
    private final int[] variableOf;
    private final int[] blockOf;
    private final int[] weight;
    private final long[] codesLow;
    private final long[] codesHigh;
    private final byte[] flags;
    private final int[] variableOffset;
    private final int[] variableWords;
    private final int codeSetLength;

    private final int[] lowSlot;
    private final int[] highSlot;
    private final long[] slot;
    private final long[] subFree;
    private final long[] wideSub;
    private final long[] wideSubFree;
    private final int[] reachStamp;
    private final int[] enteredStamp;
    private final int[] deadStamp;
    private final int[] keptDeadStamp;
    private final int[] skipDelta;
    private final int[] stackNode;
    private final byte[] stackPhase;
    private final byte[] stackBit;
    private final int[] repairCost0;
    private final int[] repairCost1;
    private int stamp;
    private int keptStamp;

    BddQueries(NodeTable table) {
        this.table = table;
        this.nodes = table.nodeCount();
        this.root = table.root();
        this.blockCount = table.blockCount();
        this.low = table.lows();
        this.high = table.highs();
        this.variableOf = table.nodeVariables();
        this.blockOf = table.nodeBlocks();
        this.weight = table.nodeWeights();
        this.codesLow = table.nodeCodesLow();
        this.codesHigh = table.nodeCodesHigh();
        this.flags = table.nodeFlags();
        int variables = table.variableCount();
        this.variableOffset = new int[variables];
        this.variableWords = new int[variables];
        int offset = 0;
        for (int v = 0; v < variables; v++) {
            int block = table.blockOf(v);
            variableWords[v] = block < 0 ? 1 : table.blockWords(block);
            variableOffset[v] = offset;
            offset += variableWords[v];
        }
        this.codeSetLength = offset;
        this.slot = new long[2 * nodes];
        slot[2 * NodeTable.TRUE + 1] = -1L;
        this.lowSlot = new int[nodes];
        this.highSlot = new int[nodes];
        for (int node = 2; node < nodes; node++) {
            lowSlot[node] = 2 * low[node] + ((flags[node] & LOW_EXITS) != 0 ? 1 : 0);
            highSlot[node] = 2 * high[node] + ((flags[node] & HIGH_EXITS) != 0 ? 1 : 0);
        }
        this.subFree = new long[nodes];
        this.wideSub = new long[table.wideLength()];
        this.wideSubFree = new long[table.wideLength()];
        this.reachStamp = new int[nodes];
        this.enteredStamp = new int[nodes];
        this.deadStamp = new int[nodes];
        this.keptDeadStamp = new int[nodes];
        this.skipDelta = new int[blockCount + 1];
        this.stackNode = new int[table.levels() + 1];
        this.stackPhase = new byte[table.levels() + 1];
        this.stackBit = new byte[table.levels() + 1];
        this.repairCost0 = new int[nodes];
        this.repairCost1 = new int[nodes];
    }

    /** Length of a code-set array for {@link #supportedCodes}: one or more longs per variable. */
    int codeSetLength() {
        return codeSetLength;
    }

    /** Offset of a variable's code set in such an array. */
    int variableOffset(int variable) {
        return variableOffset[variable];
    }

    /**
     * Complete propagation in one bottom-up and one top-down pass over the node table.
     * <p>
     * Writes into {@code supported}, for every variable, the set of codes that some satisfying assignment gives it
     * together with the selections of all <em>other</em> variables. For an unset variable these are its available
     * values; for a selected one, the values it could switch to. Sets are not cut to the domain: a caller tests
     * only codes below the domain size (the BDD excludes larger codes anyway).
     * <p>
     * Bottom-up, each node gets the set of its variable's codes that lead from it to TRUE through the rest of its
     * block (bits above the node are left free), once under the selections and, in the block of a selected
     * variable, once ignoring that variable's own selection ({@code subFree}). Each node has two slots: that code
     * set, and an all-ones mask if it can reach TRUE at all; an edge reads its child's code set if the child is in
     * the same block, its mask otherwise, so the pass needs no branches for the common case. Top-down, every node
     * reachable from the root under the selections that is entered from a block above contributes its set to its
     * variable; an edge that jumps over whole blocks into a node that can reach TRUE makes every code of the
     * skipped variables supported.
     *
     * @return whether the selections are consistent
     */
    boolean supportedCodes(int[] selection, long[] supported) {
        Arrays.fill(supported, 0L);
        if (root == NodeTable.FALSE) {
            return false;
        }
        if (root == NodeTable.TRUE) {
            Arrays.fill(supported, -1L);
            return true;
        }
        bottomUp(selection);
        topDown(selection, supported);
        return good(root);
    }

    private void bottomUp(int[] selection) {
        long[] slot = this.slot;
        for (int node = nodes - 1; node >= 2; node--) {
            int f = flags[node];
            if ((f & WIDE) != 0) {
                bottomUpWide(node, selection);
                continue;
            }
            long viaLow = slot[lowSlot[node]] & codesLow[node];
            long viaHigh = slot[highSlot[node]] & codesHigh[node];
            int selected = selection[variableOf[node]];
            long codes;
            if (selected == UNSET) {
                codes = viaLow | viaHigh;
            } else {
                codes = (selected & weight[node]) != 0 ? viaHigh : viaLow;
                long freeLow = (f & LOW_EXITS) != 0 ? viaLow : subFree[low[node]] & codesLow[node];
                long freeHigh = (f & HIGH_EXITS) != 0 ? viaHigh : subFree[high[node]] & codesHigh[node];
                subFree[node] = freeLow | freeHigh;
            }
            slot[2 * node] = codes;
            slot[2 * node + 1] = codes == 0L ? 0L : -1L;
        }
    }

    /** Whether the node can reach TRUE under the selections (after {@link #bottomUp}). */
    private boolean good(int node) {
        return slot[2 * node + 1] != 0L;
    }

    /** {@link #bottomUp} for a node whose code sets take several longs. */
    private void bottomUpWide(int node, int[] selection) {
        int level = table.level(node);
        int words = table.blockWords(blockOf[node]);
        int offset = table.wideOffset(node);
        int selected = selection[variableOf[node]];
        Arrays.fill(wideSub, offset, offset + words, 0L);
        Arrays.fill(wideSubFree, offset, offset + words, 0L);
        boolean any = false;
        for (int bit = 0; bit < 2; bit++) {
            int child = bit == 0 ? low[node] : high[node];
            boolean exits = (flags[node] & (bit == 0 ? LOW_EXITS : HIGH_EXITS)) != 0;
            if (exits && !good(child)) {
                continue;
            }
            boolean allowed = selected == UNSET || ((selected & weight[node]) != 0) == (bit == 1);
            int childOffset = exits ? 0 : table.wideOffset(child);
            for (int w = 0; w < words; w++) {
                long codes = table.codesWithBit(level, bit == 1, w);
                if (allowed) {
                    long reached = exits ? codes : wideSub[childOffset + w] & codes;
                    wideSub[offset + w] |= reached;
                    any |= reached != 0L;
                }
                wideSubFree[offset + w] |= exits ? codes : wideSubFree[childOffset + w] & codes;
            }
        }
        slot[2 * node + 1] = any ? -1L : 0L;
    }

    private void topDown(int[] selection, long[] supported) {
        int current = nextStamp();
        Arrays.fill(skipDelta, 0);
        if (good(root)) {
            skipDelta[0]++;
            skipDelta[blockOf[root]]--;
        }
        enter(root, selection, supported, current);
        reachStamp[root] = current;
        for (int node = root; node < nodes; node++) {
            if (reachStamp[node] != current) {
                continue;
            }
            int f = flags[node];
            int block = blockOf[node];
            int selected = selection[variableOf[node]];
            boolean bit = selected != UNSET && (selected & weight[node]) != 0;
            if (selected == UNSET || !bit) {
                follow(low[node], (f & LOW_EXITS) != 0, block, selection, supported, current);
            }
            if (selected == UNSET || bit) {
                follow(high[node], (f & HIGH_EXITS) != 0, block, selection, supported, current);
            }
        }
        int skipping = 0;
        for (int block = 0; block < blockCount; block++) {
            skipping += skipDelta[block];
            if (skipping > 0) {
                int variable = table.blockVariable(block);
                Arrays.fill(supported, variableOffset[variable],
                        variableOffset[variable] + variableWords[variable], -1L);
            }
        }
        if (good(root)) {
            for (int v = 0; v < variableOffset.length; v++) {
                if (table.blockOf(v) < 0) {
                    supported[variableOffset[v]] = 1L;
                }
            }
        }
    }

    /** An allowed edge from a reachable node in {@code block} to {@code child}. */
    private void follow(int child, boolean exits, int block, int[] selection, long[] supported, int current) {
        if (child == NodeTable.FALSE) {
            return;
        }
        if (exits) {
            int childBlock = blockOf[child];
            if (childBlock > block + 1 && good(child)) {
                skipDelta[block + 1]++;
                skipDelta[childBlock]--;
            }
            if (child != NodeTable.TRUE) {
                enter(child, selection, supported, current);
            }
        }
        reachStamp[child] = current;
    }

    /** A path enters {@code node}'s block at {@code node}: all codes it leads to are supported. */
    private void enter(int node, int[] selection, long[] supported, int current) {
        if (enteredStamp[node] == current) {
            return;
        }
        enteredStamp[node] = current;
        int variable = variableOf[node];
        boolean free = selection[variable] != UNSET;
        if ((flags[node] & WIDE) == 0) {
            supported[variableOffset[variable]] |= free ? subFree[node] : slot[2 * node];
            return;
        }
        long[] codes = free ? wideSubFree : wideSub;
        int offset = table.wideOffset(node);
        int target = variableOffset[variable];
        for (int w = 0; w < variableWords[variable]; w++) {
            supported[target + w] |= codes[offset + w];
        }
    }

    /** Whether some satisfying assignment extends the selection; a depth-first search that stops at TRUE. */
    boolean consistent(int[] selection) {
        if (root < 2) {
            return root == NodeTable.TRUE;
        }
        int dead = nextStamp();
        int top = 0;
        stackNode[0] = root;
        stackPhase[0] = 0;
        while (top >= 0) {
            int node = stackNode[top];
            int phase = stackPhase[top];
            if (phase == 2) {
                deadStamp[node] = dead;
                top--;
                continue;
            }
            int selected = selection[variableOf[node]];
            int child;
            if (selected == UNSET) {
                child = phase == 0 ? low[node] : high[node];
                stackPhase[top] = (byte) (phase + 1);
            } else {
                child = (selected & weight[node]) != 0 ? high[node] : low[node];
                stackPhase[top] = 2;
            }
            if (child == NodeTable.TRUE) {
                return true;
            }
            if (child != NodeTable.FALSE && deadStamp[child] != dead) {
                top++;
                stackNode[top] = child;
                stackPhase[top] = 0;
            }
        }
        return false;
    }

    /**
     * Starts a series of {@link #witness} searches whose selections only ever grow: nodes found dead in one search
     * stay known as dead in the later ones (a node that cannot reach TRUE under some selections cannot under more).
     */
    void startGrowingSearch() {
        if (keptStamp == Integer.MAX_VALUE) {
            Arrays.fill(keptDeadStamp, 0);
            keptStamp = 0;
        }
        keptStamp++;
    }

    /**
     * A satisfying assignment that extends the selection, found depth-first: at a node of an unselected variable
     * the search first follows the edge that agrees with {@code target}'s code for that variable, so the witness
     * tends to take the target values. Used by greedy completion, whose selections only grow between calls of
     * one {@link #startGrowingSearch() series}: a node found dead is remembered for the rest of the series if it
     * lies below every block of {@code probedBlock} (the block of the one variable whose selection is only tried
     * out in this call, -1 for none), because its sub-diagram does not read that variable.
     *
     * @param selection   the selected codes (not modified)
     * @param target      per variable, a code within its domain, to prefer where the selection leaves it open
     * @param probedBlock block of the tentatively selected variable, or -1
     * @param witness     receives the assignment (codes within the domains) if there is one; untouched otherwise
     * @return whether the selection is consistent
     */
    boolean witness(int[] selection, int[] target, int probedBlock, int[] witness) {
        if (root < 2) {
            if (root == NodeTable.FALSE) {
                return false;
            }
            fillWitness(selection, target, -1, witness);
            return true;
        }
        int dead = nextStamp();
        int kept = keptStamp;
        int top = 0;
        stackNode[0] = root;
        stackPhase[0] = 0;
        while (top >= 0) {
            int node = stackNode[top];
            int phase = stackPhase[top];
            if (phase == 2) {
                if (blockOf[node] > probedBlock) {
                    keptDeadStamp[node] = kept;
                } else {
                    deadStamp[node] = dead;
                }
                top--;
                continue;
            }
            int selected = selection[variableOf[node]];
            int bit;
            if (selected == UNSET) {
                int wanted = (target[variableOf[node]] & weight[node]) != 0 ? 1 : 0;
                bit = phase == 0 ? wanted : 1 - wanted;
                stackPhase[top] = (byte) (phase + 1);
            } else {
                bit = (selected & weight[node]) != 0 ? 1 : 0;
                stackPhase[top] = 2;
            }
            stackBit[top] = (byte) bit;
            int child = bit == 1 ? high[node] : low[node];
            if (child == NodeTable.TRUE) {
                fillWitness(selection, target, top, witness);
                return true;
            }
            if (child != NodeTable.FALSE && deadStamp[child] != dead && keptDeadStamp[child] != kept) {
                top++;
                stackNode[top] = child;
                stackPhase[top] = 0;
            }
        }
        return false;
    }

    /**
     * The witness of a path to TRUE on the stack (entries 0..top): the selection, the path's bits for the open
     * variables, the target's bits elsewhere. Every code in the path's cube satisfies the BDD, which excludes
     * codes beyond the domains, so the mix is a valid code.
     */
    private void fillWitness(int[] selection, int[] target, int top, int[] witness) {
        for (int v = 0; v < selection.length; v++) {
            witness[v] = selection[v] != UNSET ? selection[v] : target[v];
        }
        for (int i = 0; i <= top; i++) {
            int node = stackNode[i];
            int v = variableOf[node];
            if (selection[v] == UNSET) {
                witness[v] = stackBit[i] == 1 ? witness[v] | weight[node] : witness[v] & ~weight[node];
            }
        }
    }

    /**
     * A minimum repair: the fewest selections (other than {@code variable}'s) to change so that
     * {@code variable = value} together with the rest is consistent. A shortest-path computation over the node
     * table where changing a selected variable costs 1 however many of its bits change, so each node carries two
     * costs: with its block's variable not yet changed on the path, and already changed.
     *
     * @param selection the selections (not modified)
     * @return a complete satisfying assignment with {@code variable = value} that keeps as many selections as
     *         possible, or null if no satisfying assignment has {@code variable = value}
     */
    int[] repair(int[] selection, int variable, int value) {
        if (root == NodeTable.FALSE) {
            return null;
        }
        int[] wanted = selection.clone();
        wanted[variable] = value;
        for (int node = nodes - 1; node >= 2; node--) {
            repairCost0[node] = Math.min(step(node, 0, false, wanted, variable), step(node, 1, false, wanted, variable));
            repairCost1[node] = Math.min(step(node, 0, true, wanted, variable), step(node, 1, true, wanted, variable));
        }
        if (root >= 2 && repairCost0[root] >= INFINITE) {
            return null;
        }
        int[] result = wanted.clone();
        int node = root;
        boolean changed = false;
        while (node >= 2) {
            int here = (changed ? repairCost1 : repairCost0)[node];
            int bit = step(node, 0, changed, wanted, variable) == here ? 0 : 1;
            int v = variableOf[node];
            int code = result[v] == UNSET ? 0 : result[v];
            result[v] = bit == 1 ? code | weight[node] : code & ~weight[node];
            boolean mismatch = wanted[v] != UNSET && ((wanted[v] & weight[node]) != 0) != (bit == 1);
            boolean exits = (flags[node] & (bit == 0 ? LOW_EXITS : HIGH_EXITS)) != 0;
            changed = !exits && (changed || mismatch);
            node = bit == 0 ? low[node] : high[node];
        }
        for (int v = 0; v < result.length; v++) {
            if (result[v] == UNSET) {
                result[v] = 0;
            }
        }
        return result;
    }

    /** Cost of the rest of the cheapest path from {@code node} that takes edge {@code bit}. */
    private int step(int node, int bit, boolean changed, int[] wanted, int variable) {
        int v = variableOf[node];
        int selected = wanted[v];
        boolean mismatch = selected != UNSET && ((selected & weight[node]) != 0) != (bit == 1);
        if (mismatch && v == variable) {
            return INFINITE;
        }
        int child = bit == 0 ? low[node] : high[node];
        int rest;
        if (child < 2) {
            rest = child == NodeTable.TRUE ? 0 : INFINITE;
        } else if ((flags[node] & (bit == 0 ? LOW_EXITS : HIGH_EXITS)) != 0) {
            rest = repairCost0[child];
        } else {
            rest = (changed || mismatch ? repairCost1 : repairCost0)[child];
        }
        return rest >= INFINITE ? INFINITE : rest + (mismatch && !changed ? 1 : 0);
    }

    /** Whether a complete assignment (codes within the domains) satisfies the BDD: one walk from the root. */
    boolean evaluate(Assignment full) {
        int node = root;
        while (node >= 2) {
            node = (full.get(variableOf[node]) & weight[node]) != 0 ? high[node] : low[node];
        }
        return node == NodeTable.TRUE;
    }

    private int nextStamp() {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(reachStamp, 0);
            Arrays.fill(enteredStamp, 0);
            Arrays.fill(deadStamp, 0);
            stamp = 0;
        }
        return ++stamp;
    }
}
