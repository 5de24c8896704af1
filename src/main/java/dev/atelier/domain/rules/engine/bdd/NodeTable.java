// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The compiled BDD of a model, exported once from LogicNG's kernel into flat arrays that the queries walk
 * directly.
 * <p>
 * Encoding: each model variable with {@code d > 1} values owns {@code ceil(log2 d)} adjacent levels (its
 * <em>block</em>); value index {@code i} is encoded as the binary code {@code i}, the level's bit weight says which
 * bit a level tests. Variables with one value own no level. Codes {@code >= d} are excluded by the BDD itself.
 * <p>
 * Nodes: {@link #FALSE} = 0, {@link #TRUE} = 1, inner nodes 2 .. {@code nodeCount()-1} sorted by level, so a
 * parent always has a smaller id than its children: ascending ids is a top-down order, descending bottom-up. The
 * terminals sit at level {@link #levels()}. An edge may skip levels; the skipped bits are unconstrained.
 */
final class NodeTable {

    static final int FALSE = 0;
    static final int TRUE = 1;
    /** Most bits one variable may have: domains up to 65,536 values. */
    static final int MAX_BITS = 16;
    /** Node flag: the low child lies outside the node's block (a terminal or another variable's node). */
    static final byte LOW_EXITS = 1;
    /** Node flag: the high child lies outside the node's block. */
    static final byte HIGH_EXITS = 2;
    /** Node flag: the node's variable has more than 64 codes, so its code sets take several longs. */
    static final byte WIDE = 4;

    private final int levels;
    private final int[] levelVariable;
    private final int[] levelWeight;
    private final long[] levelMaskOne;
    private final long[] levelMaskZero;
    private final int[] blockWords;
    private final int[] wideOffset;
    private final int wideLength;
    private final int[] blockVariable;
    private final int[] blockOf;
    private final int[] blockStart;
    private final int[] blockEnd;
    private final int variables;
    private final int[] nodeLevel;
    private final int[] nodeLow;
    private final int[] nodeHigh;
    private final int root;
    private final int[] nodeVariable;
    private final int[] nodeBlock;
    private final int[] nodeWeight;
    private final long[] nodeCodesLow;
    private final long[] nodeCodesHigh;
    private final byte[] nodeFlags;

    /**
     * @param variables     number of model variables
     * @param levelVariable per level, the model variable whose bit it tests (bits of a variable are adjacent)
     * @param levelWeight   per level, the bit's weight in the variable's code
     * @param nodeLevel     per node, its level ({@code levels} for the terminals)
     * @param nodeLow       per node, the child for bit 0
     * @param nodeHigh      per node, the child for bit 1
     * @param root          the root node
     */
    NodeTable(int variables, int[] levelVariable, int[] levelWeight, int[] nodeLevel, int[] nodeLow,
              int[] nodeHigh, int root) {
        this.levels = levelVariable.length;
        this.variables = variables;
        this.levelVariable = levelVariable;
        this.levelWeight = levelWeight;
        this.nodeLevel = nodeLevel;
        this.nodeLow = nodeLow;
        this.nodeHigh = nodeHigh;
        this.root = root;
        this.blockOf = new int[variables];
        Arrays.fill(blockOf, -1);
        int blocks = 0;
        for (int l = 0; l < levels; l++) {
            if (l == 0 || levelVariable[l] != levelVariable[l - 1]) {
                if (blockOf[levelVariable[l]] >= 0) {
                    throw new IllegalStateException("bits of variable #" + levelVariable[l] + " are not adjacent");
                }
                blockOf[levelVariable[l]] = blocks++;
            }
        }
        this.blockVariable = new int[blocks];
        this.blockStart = new int[blocks];
        this.blockEnd = new int[blocks];
        for (int l = levels - 1; l >= 0; l--) {
            int b = blockOf[levelVariable[l]];
            blockVariable[b] = levelVariable[l];
            blockStart[b] = l;
            if (blockEnd[b] == 0) {
                blockEnd[b] = l + 1;
            }
        }
        this.blockWords = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            int bits = blockEnd[b] - blockStart[b];
            if (bits > MAX_BITS) {
                throw new IllegalArgumentException("variable #" + blockVariable[b] + " has more than "
                        + (1 << MAX_BITS) + " values");
            }
            blockWords[b] = Math.max(1, (1 << bits) >>> 6);
        }
        this.levelMaskOne = new long[levels];
        this.levelMaskZero = new long[levels];
        for (int l = 0; l < levels; l++) {
            int b = blockOf[levelVariable[l]];
            int codes = Math.min(64, 1 << (blockEnd[b] - blockStart[b]));
            for (int code = 0; code < codes; code++) {
                if ((code & levelWeight[l]) != 0) {
                    levelMaskOne[l] |= 1L << code;
                } else {
                    levelMaskZero[l] |= 1L << code;
                }
            }
        }
        this.wideOffset = new int[nodeLevel.length];
        int offset = 0;
        for (int node = 2; node < nodeLevel.length; node++) {
            int words = blockWords[blockOfLevel(nodeLevel[node])];
            if (words > 1) {
                wideOffset[node] = offset;
                offset += words;
            }
        }
        this.wideLength = offset;
        int count = nodeLevel.length;
        this.nodeVariable = new int[count];
        this.nodeBlock = new int[count];
        this.nodeWeight = new int[count];
        this.nodeCodesLow = new long[count];
        this.nodeCodesHigh = new long[count];
        this.nodeFlags = new byte[count];
        nodeBlock[FALSE] = blocks;
        nodeBlock[TRUE] = blocks;
        for (int node = 2; node < count; node++) {
            int level = nodeLevel[node];
            int block = blockOfLevel(level);
            nodeVariable[node] = levelVariable[level];
            nodeBlock[node] = block;
            nodeWeight[node] = levelWeight[level];
            nodeCodesLow[node] = levelMaskZero[level];
            nodeCodesHigh[node] = levelMaskOne[level];
            int flags = blockWords[block] > 1 ? WIDE : 0;
            flags |= nodeLevel[nodeLow[node]] >= blockEnd[block] ? LOW_EXITS : 0;
            flags |= nodeLevel[nodeHigh[node]] >= blockEnd[block] ? HIGH_EXITS : 0;
            nodeFlags[node] = (byte) flags;
        }
    }

    /*
     * Per-node views for the hot loops in BddQueries: arrays indexed by node id, shared, never modified.
     */

    /** Per node, the child for bit 0. */
    int[] lows() {
        return nodeLow;
    }

    /** Per node, the child for bit 1. */
    int[] highs() {
        return nodeHigh;
    }

    /** Per node, the model variable it tests. */
    int[] nodeVariables() {
        return nodeVariable;
    }

    /** Per node, its block; {@link #blockCount()} for the terminals. */
    int[] nodeBlocks() {
        return nodeBlock;
    }

    /** Per node, the weight of its bit in the variable's code. */
    int[] nodeWeights() {
        return nodeWeight;
    }

    /** Per node, the codes (first 64) whose bit at the node's level is 0. */
    long[] nodeCodesLow() {
        return nodeCodesLow;
    }

    /** Per node, the codes (first 64) whose bit at the node's level is 1. */
    long[] nodeCodesHigh() {
        return nodeCodesHigh;
    }

    /** Per node, {@link #LOW_EXITS}, {@link #HIGH_EXITS} and {@link #WIDE} flags. */
    byte[] nodeFlags() {
        return nodeFlags;
    }

    /** Number of levels (Boolean variables) in the encoding. */
    int levels() {
        return levels;
    }

    /** Number of nodes including the two terminals. */
    int nodeCount() {
        return nodeLevel.length;
    }

    int root() {
        return root;
    }

    int level(int node) {
        return nodeLevel[node];
    }

    /**
     * Word {@code word} of the set of codes of the level's variable whose bit at this level is {@code bit}. Code
     * sets are bit sets over {@code 0 .. 2^bits-1}, in {@link #blockWords(int)} longs.
     */
    long codesWithBit(int level, boolean bit, int word) {
        int weight = levelWeight[level];
        if (weight < 64) {
            return bit ? levelMaskOne[level] : levelMaskZero[level];
        }
        return (((word << 6) & weight) != 0) == bit ? -1L : 0L;
    }

    /** Number of longs in a code set of this block's variable. */
    int blockWords(int block) {
        return blockWords[block];
    }

    /** Offset of a {@link #WIDE} node's code set in an array of {@link #wideLength()} longs. */
    int wideOffset(int node) {
        return wideOffset[node];
    }

    /** Length of an array that holds the code sets of all {@link #WIDE} nodes. */
    int wideLength() {
        return wideLength;
    }

    /** Number of blocks, i.e. of variables with more than one value. */
    int blockCount() {
        return blockVariable.length;
    }

    /** The block of a model variable (blocks are numbered top-down), or -1 for a one-value variable. */
    int blockOf(int variable) {
        return blockOf[variable];
    }

    int blockVariable(int block) {
        return blockVariable[block];
    }

    /** The block of a level. */
    int blockOfLevel(int level) {
        return blockOf[levelVariable[level]];
    }

    int variableCount() {
        return variables;
    }

    /** Number of complete assignments of the model variables that satisfy the BDD. */
    BigInteger countSolutions() {
        int n = nodeLevel.length;
        BigInteger[] count = new BigInteger[n];
        count[FALSE] = BigInteger.ZERO;
        count[TRUE] = BigInteger.ONE;
        for (int node = n - 1; node >= 2; node--) {
            count[node] = weighted(count, node, nodeLow[node]).add(weighted(count, node, nodeHigh[node]));
        }
        return root < 2 ? count[root].shiftLeft(levels) : count[root].shiftLeft(nodeLevel[root]);
    }

    private BigInteger weighted(BigInteger[] count, int parent, int child) {
        return count[child].shiftLeft(nodeLevel[child] - nodeLevel[parent] - 1);
    }
}
