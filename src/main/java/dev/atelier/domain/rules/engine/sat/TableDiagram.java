// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table constraint compressed to a reduced multi-valued decision diagram (MDD): a node per distinct set of
 * allowed suffixes, so shared prefixes and suffixes of the tuples are stored once.
 * <p>
 * Node {@code n} tests the variable at scope position {@link #level(int)}; for each value of that variable its
 * outcome is {@link #ACCEPT} (every completion is allowed), {@link #REJECT} (none is) or the id of the next node.
 * The root is an outcome as well: a table that allows everything has root {@code ACCEPT}.
 */
final class TableDiagram {

    /** Outcome: the tuple is allowed whatever the remaining variables take. */
    static final int ACCEPT = -1;
    /** Outcome: the tuple is forbidden whatever the remaining variables take. */
    static final int REJECT = -2;

    private final int[] levels;
    private final int[][] outcomes;
    private final int root;

    private TableDiagram(int[] levels, int[][] outcomes, int root) {
        this.levels = levels;
        this.outcomes = outcomes;
        this.root = root;
    }

    /**
     * Compresses a table.
     *
     * @param table       the table (allowed or forbidden tuples)
     * @param domainSizes domain size per variable of the model; tuple values outside a domain never match
     */
    static TableDiagram of(TableConstraint table, int[] domainSizes) {
        return new Builder(table, domainSizes).build();
    }

    /** Root outcome: {@link #ACCEPT}, {@link #REJECT} or a node id. */
    int root() {
        return root;
    }

    int nodeCount() {
        return levels.length;
    }

    /** Scope position tested by node {@code node}. */
    int level(int node) {
        return levels[node];
    }

    /** Outcome of node {@code node} when its variable takes {@code value}. */
    int outcome(int node, int value) {
        return outcomes[node][value];
    }

    /**
     * True iff the assignment's values on the table's scope form an allowed tuple.
     *
     * @param scope      the table's scope (variable per position)
     * @param assignment a value index per model variable
     */
    boolean accepts(int[] scope, int[] assignment) {
        int current = root;
        while (current >= 0) {
            current = outcomes[current][assignment[scope[levels[current]]]];
        }
        return current == ACCEPT;
    }

    /** Builds the reduced diagram bottom-up from the lexicographically sorted tuples. */
    private static final class Builder {

        private final int[] scope;
        private final int[] domainSizes;
        private final int[][] rows;
        private final int onMatch;
        private final int onMiss;
        private final Map<NodeKey, Integer> unique = new HashMap<>();
        private final List<int[]> nodeOutcomes = new ArrayList<>();
        private final List<Integer> nodeLevels = new ArrayList<>();

        Builder(TableConstraint table, int[] domainSizes) {
            this.scope = table.scope();
            this.domainSizes = domainSizes;
            this.rows = table.tuples().clone();
            Arrays.sort(rows, Arrays::compare);
            this.onMatch = table.supports() ? ACCEPT : REJECT;
            this.onMiss = table.supports() ? REJECT : ACCEPT;
        }

        TableDiagram build() {
            int root = node(0, 0, rows.length);
            int[] levels = nodeLevels.stream().mapToInt(Integer::intValue).toArray();
            return new TableDiagram(levels, nodeOutcomes.toArray(new int[0][]), root);
        }

        /** The outcome for the tuples {@code rows[from, to)}, which agree on the positions before {@code level}. */
        private int node(int level, int from, int to) {
            if (from == to) {
                return onMiss;
            }
            if (level == scope.length) {
                return onMatch;
            }
            int size = domainSizes[scope[level]];
            int[] out = new int[size];
            Arrays.fill(out, onMiss);
            int i = from;
            while (i < to) {
                int value = rows[i][level];
                int j = i + 1;
                while (j < to && rows[j][level] == value) {
                    j++;
                }
                if (value >= 0 && value < size) {
                    out[value] = node(level + 1, i, j);
                }
                i = j;
            }
            boolean uniform = true;
            for (int v = 1; v < size && uniform; v++) {
                uniform = out[v] == out[0];
            }
            if (uniform && out[0] < 0) {
                return out[0];
            }
            return unique.computeIfAbsent(new NodeKey(level, out), key -> {
                nodeOutcomes.add(key.outcomes());
                nodeLevels.add(key.level());
                return nodeOutcomes.size() - 1;
            });
        }
    }

    /** Identity of a node for sharing: its level and outcome per value. */
    private record NodeKey(int level, int[] outcomes) {

        @Override
        public boolean equals(Object o) {
            return o instanceof NodeKey k && k.level == level && Arrays.equals(k.outcomes, outcomes);
        }

        @Override
        public int hashCode() {
            return 31 * level + Arrays.hashCode(outcomes);
        }

        @Override
        public String toString() {
            return "NodeKey[" + level + ", " + Arrays.toString(outcomes) + "]";
        }
    }
}
