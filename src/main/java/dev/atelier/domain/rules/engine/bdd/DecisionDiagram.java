// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reduced multi-valued decision diagram (MDD) of one table's tuples, over the table's distinct variables taken
 * in the engine's global variable order. It is the compact intermediate form of a table: the BDD compiler turns
 * each node into a small binary switch over the variable's code bits, and the rule-core finder turns each node
 * into a few short clauses, so neither ever needs one selector per tuple.
 * <p>
 * Node ids: {@link #FALSE} and {@link #TRUE} are the terminals, inner nodes are numbered from 2 upwards in
 * creation order, so every node's children have smaller ids (bottom-up order is ascending id order). A node whose
 * every domain value leads to the same child is never created (the child stands for it), so a variable may be
 * skipped on a path: it is then unconstrained by the table.
 * <p>
 * The diagram accepts exactly the listed tuples. For a {@code conflicts} table ({@link #negated()}) the constraint
 * holds where the diagram does not accept.
 */
final class DecisionDiagram {

    static final int FALSE = 0;
    static final int TRUE = 1;

    private final boolean negated;
    private final int root;
    private final int[] nodeVariable;
    private final int[][] edgeValues;
    private final int[][] edgeChildren;

    private DecisionDiagram(boolean negated, int root, List<int[]> values, List<int[]> children,
                            List<Integer> variables) {
        this.negated = negated;
        this.root = root;
        int n = variables.size();
        this.nodeVariable = new int[n];
        this.edgeValues = new int[n][];
        this.edgeChildren = new int[n][];
        for (int i = 0; i < n; i++) {
            nodeVariable[i] = variables.get(i);
            edgeValues[i] = values.get(i);
            edgeChildren[i] = children.get(i);
        }
    }

    /**
     * Builds the diagram of a table. Tuples with a value outside a variable's domain, and tuples that give a
     * variable repeated in the scope two different values, can never match and are dropped.
     *
     * @param table the table
     * @param model the model the table belongs to (for domain sizes)
     * @param rank  position of each model variable in the global order; the diagram tests variables by rank
     */
    static DecisionDiagram of(TableConstraint table, FdModel model, int[] rank) {
        int[] scope = table.scope();
        int[] distinct = Arrays.stream(scope).distinct().boxed()
                .sorted(Comparator.comparingInt(v -> rank[v])).mapToInt(Integer::intValue).toArray();
        int[] columnOf = new int[scope.length];
        for (int c = 0; c < scope.length; c++) {
            for (int d = 0; d < distinct.length; d++) {
                if (distinct[d] == scope[c]) {
                    columnOf[c] = d;
                }
            }
        }
        List<int[]> rows = new ArrayList<>(table.tuples().length);
        for (int[] tuple : table.tuples()) {
            int[] row = project(tuple, scope, columnOf, distinct.length, model);
            if (row != null) {
                rows.add(row);
            }
        }
        rows.sort(Arrays::compare);
        Builder builder = new Builder(distinct, model);
        int root = builder.build(rows, 0, 0, rows.size());
        return new DecisionDiagram(!table.supports(), root, builder.values, builder.children,
                builder.variables);
    }

    private static int[] project(int[] tuple, int[] scope, int[] columnOf, int width, FdModel model) {
        int[] row = new int[width];
        Arrays.fill(row, -1);
        for (int c = 0; c < tuple.length; c++) {
            int value = tuple[c];
            if (value < 0 || value >= model.variable(scope[c]).size()) {
                return null;
            }
            int column = columnOf[c];
            if (row[column] >= 0 && row[column] != value) {
                return null;
            }
            row[column] = value;
        }
        return row;
    }

    /** True for a conflicts table: the constraint holds where the diagram does not accept. */
    boolean negated() {
        return negated;
    }

    /** The root: {@link #FALSE}, {@link #TRUE} or an inner node. */
    int root() {
        return root;
    }

    /** Number of inner nodes (ids 2 .. nodeCount()+1). */
    int nodeCount() {
        return nodeVariable.length;
    }

    /** The model variable an inner node tests. */
    int variable(int node) {
        return nodeVariable[node - 2];
    }

    /** The values with an outgoing edge, ascending; every other value leads to {@link #FALSE}. */
    int[] edgeValues(int node) {
        return edgeValues[node - 2];
    }

    /** The child per edge, parallel to {@link #edgeValues(int)}. */
    int[] edgeChildren(int node) {
        return edgeChildren[node - 2];
    }

    /**
     * Whether the constraint alone excludes every completion of a partial assignment: for a supports table, no
     * listed tuple agrees with it; for a conflicts table, every tuple that agrees with it is listed.
     *
     * @param partial a value per model variable, or -1 where unset
     * @param domainSize per model variable, its number of values
     */
    boolean excludes(int[] partial, int[] domainSize) {
        byte[] memo = new byte[nodeVariable.length + 2];
        return !escapes(root, partial, domainSize, memo);
    }

    /** Whether some completion from {@code node} satisfies the constraint (memo: 0 unknown, 1 yes, 2 no). */
    private boolean escapes(int node, int[] partial, int[] domainSize, byte[] memo) {
        if (node == TRUE || node == FALSE) {
            return (node == TRUE) != negated;
        }
        if (memo[node] != 0) {
            return memo[node] == 1;
        }
        int variable = variable(node);
        int[] values = edgeValues(node);
        int[] children = edgeChildren(node);
        int from = partial[variable] < 0 ? 0 : partial[variable];
        int to = partial[variable] < 0 ? domainSize[variable] : partial[variable] + 1;
        boolean escapes = false;
        for (int value = from; value < to && !escapes; value++) {
            int edge = Arrays.binarySearch(values, value);
            escapes = edge < 0 ? negated : escapes(children[edge], partial, domainSize, memo);
        }
        memo[node] = (byte) (escapes ? 1 : 2);
        return escapes;
    }

    /** Bottom-up construction over lexicographically sorted rows, sharing equal sub-diagrams. */
    private static final class Builder {
        private final int[] columns;
        private final FdModel model;
        private final Map<NodeKey, Integer> unique = new HashMap<>();
        private final List<Integer> variables = new ArrayList<>();
        private final List<int[]> values = new ArrayList<>();
        private final List<int[]> children = new ArrayList<>();

        Builder(int[] columns, FdModel model) {
            this.columns = columns;
            this.model = model;
        }

        /** The node for rows [from, to), which agree on columns before {@code depth}. */
        int build(List<int[]> rows, int depth, int from, int to) {
            if (from == to) {
                return FALSE;
            }
            if (depth == columns.length) {
                return TRUE;
            }
            List<Integer> edgeValue = new ArrayList<>();
            List<Integer> edgeChild = new ArrayList<>();
            int start = from;
            while (start < to) {
                int value = rows.get(start)[depth];
                int end = start + 1;
                while (end < to && rows.get(end)[depth] == value) {
                    end++;
                }
                int child = build(rows, depth + 1, start, end);
                if (child != FALSE) {
                    edgeValue.add(value);
                    edgeChild.add(child);
                }
                start = end;
            }
            return node(columns[depth], edgeValue.stream().mapToInt(Integer::intValue).toArray(),
                    edgeChild.stream().mapToInt(Integer::intValue).toArray());
        }

        private int node(int variable, int[] edgeValue, int[] edgeChild) {
            if (edgeValue.length == 0) {
                return FALSE;
            }
            if (edgeValue.length == model.variable(variable).size()
                    && Arrays.stream(edgeChild).allMatch(c -> c == edgeChild[0])) {
                return edgeChild[0];
            }
            NodeKey key = new NodeKey(variable, edgeValue, edgeChild);
            Integer existing = unique.get(key);
            if (existing != null) {
                return existing;
            }
            int id = variables.size() + 2;
            variables.add(variable);
            values.add(edgeValue);
            children.add(edgeChild);
            unique.put(key, id);
            return id;
        }
    }

    private record NodeKey(int variable, int[] values, int[] children) {
        @Override
        public boolean equals(Object o) {
            return o instanceof NodeKey k && k.variable == variable && Arrays.equals(k.values, values)
                    && Arrays.equals(k.children, children);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * variable + Arrays.hashCode(values)) + Arrays.hashCode(children);
        }
    }
}
