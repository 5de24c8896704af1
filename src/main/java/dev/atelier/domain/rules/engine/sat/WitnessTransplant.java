// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Proves values available without a SAT call by grafting part of an old witness onto a current model.
 * <p>
 * Given a model {@code base} of the current selections and a donor witness (any valid configuration) that
 * contains the wanted values: set them in the base, and while some constraint on a changed variable is violated,
 * move every unlocked variable of that constraint to its donor value (the donor satisfies the constraint, so this
 * repairs it unless a locked variable is in the way). Each variable moves at most once, always towards the donor,
 * so this ends; if no constraint is left violated, the result is a complete valid configuration that keeps every
 * locked (selected) variable and contains the wanted values. In configuration models most choices are local (a
 * feature, its group, its parents), so a graft is small, while the solver would need a full search per value.
 * <p>
 * A move of {@code x} from {@code a} to {@code b} re-checks only what it can break: the clauses with the literal
 * {@code x = a} or {@code x != b}, the tables on {@code x}, and the at-most-one groups of {@code x = b}. Feature
 * models state "at most one of these features" as pairwise exclusion clauses (a group of 229 alternatives is 26,000
 * clauses); such cliques of binary exclusions are found once and checked by counting their true members, so moving
 * a feature costs one counter update per group instead of a check per sibling.
 */
final class WitnessTransplant {

    private static final int MIN_GROUP = 3;

    private final FdModel model;
    private final ValueIndex values;
    private final TableDiagram[] diagramOf;
    private final int[] clauseStart;
    private final int[] literalVariable;
    private final int[] literalValue;
    private final boolean[] literalPositive;
    /** Per flat value (x, v): the clauses with the literal x = v (they may break when x leaves v). */
    private final Csr relying;
    /** Per flat value (x, v): the clauses with the literal x != v outside groups (they may break when x takes v). */
    private final Csr forbidding;
    private final int[][] tablesOf;
    /** At-most-one groups: their members as flat values. */
    private final Csr groupMembers;
    /** Per flat value: the groups it is a member of. */
    private final Csr groupsOf;
    private final int maxMoves;

    private int[] base;
    private int[] trueMembers;
    private BitSet donor;
    private BitSet locked;
    private final int[] moved;
    private final int[] previous;
    private int moves;

    /**
     * @param diagrams the table diagrams in the order of the model's tables
     * @param maxMoves give up a graft after this many moved variables besides the grafted ones (a long cascade
     *                 rarely succeeds, and costs time)
     */
    WitnessTransplant(FdModel model, ValueIndex values, List<TableDiagram> diagrams, Occurrences occurrences,
                      int maxMoves) {
        this.model = model;
        this.values = values;
        this.maxMoves = maxMoves;
        List<FdConstraint> constraints = model.constraints();
        this.diagramOf = new TableDiagram[constraints.size()];
        this.clauseStart = new int[constraints.size() + 1];
        int literals = 0;
        for (FdConstraint constraint : constraints) {
            if (constraint instanceof ClauseConstraint clause) {
                literals += clause.scope().length;
            }
        }
        this.literalVariable = new int[literals];
        this.literalValue = new int[literals];
        this.literalPositive = new boolean[literals];
        int table = 0;
        int literal = 0;
        for (int c = 0; c < constraints.size(); c++) {
            FdConstraint constraint = constraints.get(c);
            clauseStart[c] = literal;
            if (constraint instanceof TableConstraint) {
                diagramOf[c] = diagrams.get(table++);
            } else if (constraint instanceof ClauseConstraint clause) {
                for (int i = 0; i < clause.scope().length; i++) {
                    literalVariable[literal] = clause.scope()[i];
                    literalValue[literal] = clause.values()[i];
                    literalPositive[literal++] = clause.positive()[i];
                }
            }
        }
        clauseStart[constraints.size()] = literal;

        ExclusionGroups groups = new ExclusionGroups();
        this.groupMembers = Csr.of(groups.members);
        this.groupsOf = groups.groupsOfValues(values.totalValues());
        boolean[] covered = new boolean[constraints.size()];
        for (int c = 0; c < covered.length; c++) {
            covered[c] = groups.covers(c);
        }
        this.relying = clausesByLiteral(true, covered);
        this.forbidding = clausesByLiteral(false, covered);
        this.tablesOf = new int[model.size()][];
        for (int x = 0; x < model.size(); x++) {
            tablesOf[x] = Arrays.stream(occurrences.constraintsOf(x)).filter(c -> diagramOf[c] != null).toArray();
        }
        this.moved = new int[model.size()];
        this.previous = new int[model.size()];
    }

    /** Sets the base model for the following grafts (kept by reference, restored after each graft). */
    void prepare(int[] baseModel) {
        this.base = baseModel;
        this.trueMembers = new int[groupMembers.size()];
        for (int x = 0; x < baseModel.length; x++) {
            int index = values.index(x, baseModel[x]);
            for (int k = groupsOf.start(index); k < groupsOf.end(index); k++) {
                trueMembers[groupsOf.item(k)]++;
            }
        }
    }

    /**
     * Tries to graft the donor's values of {@code variables[from, to)} onto the prepared base model.
     *
     * @param lockedVariables variables that must keep their base value (the grafted ones must not be locked)
     * @param proven          receives the flat indices of all moved values on success
     * @return true on success
     */
    boolean graft(BitSet donorWitness, int[] variables, int from, int to, BitSet lockedVariables, BitSet proven) {
        this.donor = donorWitness;
        this.locked = lockedVariables;
        moves = 0;
        for (int k = from; k < to; k++) {
            moveToDonor(variables[k]);
        }
        int budget = moves + maxMoves;
        boolean ok = true;
        for (int next = 0; ok && next < moves; next++) {
            int x = moved[next];
            int left = values.index(x, previous[next]);
            int taken = values.index(x, base[x]);
            ok = repairAll(relying, left) && repairAll(forbidding, taken) && repairTables(x) && repairGroups(taken)
                    && moves <= budget;
        }
        for (int k = moves - 1; k >= 0; k--) {
            if (ok) {
                proven.set(values.index(moved[k], base[moved[k]]));
            }
            setValue(moved[k], previous[k]);
        }
        return ok;
    }

    private boolean repairAll(Csr lists, int index) {
        for (int k = lists.start(index); k < lists.end(index); k++) {
            if (!repair(lists.item(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean repairTables(int x) {
        for (int c : tablesOf[x]) {
            if (!repair(c)) {
                return false;
            }
        }
        return true;
    }

    /** If constraint {@code c} is violated, moves its unlocked variables to the donor; false if it stays violated. */
    private boolean repair(int c) {
        if (satisfied(c)) {
            return true;
        }
        for (int z : model.constraints().get(c).scope()) {
            if (!locked.get(z)) {
                moveToDonor(z);
            }
        }
        return satisfied(c);
    }

    /** For every group of the value just taken that now has two true members: moves the others to the donor. */
    private boolean repairGroups(int taken) {
        for (int k = groupsOf.start(taken); k < groupsOf.end(taken); k++) {
            int group = groupsOf.item(k);
            for (int m = groupMembers.start(group); trueMembers[group] > 1 && m < groupMembers.end(group); m++) {
                int member = groupMembers.item(m);
                int z = values.variableOf(member);
                if (member != taken && base[z] == values.valueOf(member)) {
                    if (locked.get(z)) {
                        return false;
                    }
                    moveToDonor(z);
                }
            }
            if (trueMembers[group] > 1) {
                return false;
            }
        }
        return true;
    }

    private void moveToDonor(int z) {
        int wanted = donor.nextSetBit(values.offset(z)) - values.offset(z);
        if (base[z] != wanted) {
            previous[moves] = base[z];
            moved[moves++] = z;
            setValue(z, wanted);
        }
    }

    private void setValue(int z, int value) {
        int left = values.index(z, base[z]);
        for (int k = groupsOf.start(left); k < groupsOf.end(left); k++) {
            trueMembers[groupsOf.item(k)]--;
        }
        base[z] = value;
        int taken = values.index(z, value);
        for (int k = groupsOf.start(taken); k < groupsOf.end(taken); k++) {
            trueMembers[groupsOf.item(k)]++;
        }
    }

    private boolean satisfied(int c) {
        if (diagramOf[c] != null) {
            return diagramOf[c].accepts(model.constraints().get(c).scope(), base);
        }
        for (int i = clauseStart[c]; i < clauseStart[c + 1]; i++) {
            if ((base[literalVariable[i]] == literalValue[i]) == literalPositive[i]) {
                return true;
            }
        }
        return false;
    }

    /** Per flat value, the clauses (not covered by a group) having it as a literal of the given sign. */
    private Csr clausesByLiteral(boolean positive, boolean[] covered) {
        int[] starts = new int[values.totalValues() + 1];
        forEachLiteral(positive, covered, (index, c) -> starts[index + 1]++);
        for (int i = 0; i < values.totalValues(); i++) {
            starts[i + 1] += starts[i];
        }
        int[] items = new int[starts[values.totalValues()]];
        int[] fill = Arrays.copyOf(starts, values.totalValues());
        forEachLiteral(positive, covered, (index, c) -> items[fill[index]++] = c);
        return new Csr(starts, items);
    }

    private void forEachLiteral(boolean positive, boolean[] covered, LiteralVisitor visitor) {
        for (int c = 0; c < covered.length; c++) {
            for (int i = clauseStart[c]; i < clauseStart[c + 1] && !covered[c]; i++) {
                if (literalPositive[i] == positive) {
                    visitor.visit(values.index(literalVariable[i], literalValue[i]), c);
                }
            }
        }
    }

    /** Receives one clause literal: its flat value and its clause. */
    private interface LiteralVisitor {
        void visit(int valueIndex, int clause);
    }

    private static List<List<Integer>> emptyLists(int count) {
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>(0));
        }
        return lists;
    }

    /**
     * Cliques of binary exclusion clauses ({@code x != a or y != b} over two variables), found greedily: take
     * the value with the most exclusions whose exclusions are not yet covered, and grow a group from its excluded
     * values that exclude every member so far. Groups of at least {@link #MIN_GROUP} members replace their
     * clauses; the rest stay clauses.
     */
    private final class ExclusionGroups {

        private final List<List<Integer>> members = new ArrayList<>();
        private final long[] edges;
        private final boolean[] edgeCovered;

        ExclusionGroups() {
            long[] found = new long[model.constraints().size()];
            int count = 0;
            for (int c = 0; c < model.constraints().size(); c++) {
                long edge = exclusionEdge(c);
                if (edge >= 0) {
                    found[count++] = edge;
                }
            }
            edges = Arrays.stream(found, 0, count).sorted().distinct().toArray();
            edgeCovered = new boolean[edges.length];
            int[][] neighbours = neighbours(values.totalValues());
            Integer[] order = new Integer[neighbours.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(neighbours[b].length, neighbours[a].length));
            for (int u : order) {
                grow(u, neighbours[u]);
            }
        }

        private void grow(int u, int[] candidates) {
            List<Integer> group = new ArrayList<>();
            group.add(u);
            for (int v : candidates) {
                if (edgeCovered[edgeIndex(u, v)]) {
                    continue;
                }
                boolean excludesAll = true;
                for (int k = 1; k < group.size() && excludesAll; k++) {
                    excludesAll = edgeIndex(group.get(k), v) >= 0;
                }
                if (excludesAll) {
                    group.add(v);
                }
            }
            if (group.size() < MIN_GROUP) {
                return;
            }
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    edgeCovered[edgeIndex(group.get(a), group.get(b))] = true;
                }
            }
            members.add(group);
        }

        private int[][] neighbours(int totalValues) {
            int[] degree = new int[totalValues];
            for (long edge : edges) {
                degree[(int) (edge >>> 32)]++;
                degree[(int) edge]++;
            }
            int[][] result = new int[totalValues][];
            for (int i = 0; i < totalValues; i++) {
                result[i] = new int[degree[i]];
                degree[i] = 0;
            }
            for (long edge : edges) {
                int a = (int) (edge >>> 32);
                int b = (int) edge;
                result[a][degree[a]++] = b;
                result[b][degree[b]++] = a;
            }
            return result;
        }

        /** The exclusion edge of clause {@code c} (smaller flat value in the high half), or -1 if it is none. */
        private long exclusionEdge(int c) {
            if (diagramOf[c] != null || clauseStart[c + 1] - clauseStart[c] != 2) {
                return -1;
            }
            int i = clauseStart[c];
            if (literalPositive[i] || literalPositive[i + 1] || literalVariable[i] == literalVariable[i + 1]) {
                return -1;
            }
            int a = values.index(literalVariable[i], literalValue[i]);
            int b = values.index(literalVariable[i + 1], literalValue[i + 1]);
            return ((long) Math.min(a, b) << 32) | Math.max(a, b);
        }

        private int edgeIndex(int a, int b) {
            long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            int index = Arrays.binarySearch(edges, key);
            return index >= 0 ? index : -1;
        }

        boolean covers(int c) {
            long edge = exclusionEdge(c);
            return edge >= 0 && edgeCovered[Arrays.binarySearch(edges, edge)];
        }

        Csr groupsOfValues(int totalValues) {
            List<List<Integer>> lists = emptyLists(totalValues);
            for (int g = 0; g < members.size(); g++) {
                for (int member : members.get(g)) {
                    lists.get(member).add(g);
                }
            }
            return Csr.of(lists);
        }
    }

    /** Lists of ints in one array (compressed sparse rows). */
    private static final class Csr {
        private final int[] starts;
        private final int[] items;

        private Csr(int[] starts, int[] items) {
            this.starts = starts;
            this.items = items;
        }

        static Csr of(List<List<Integer>> lists) {
            int[] starts = new int[lists.size() + 1];
            for (int i = 0; i < lists.size(); i++) {
                starts[i + 1] = starts[i] + lists.get(i).size();
            }
            int[] items = new int[starts[lists.size()]];
            for (int i = 0; i < lists.size(); i++) {
                for (int k = 0; k < lists.get(i).size(); k++) {
                    items[starts[i] + k] = lists.get(i).get(k);
                }
            }
            return new Csr(starts, items);
        }

        int size() {
            return starts.length - 1;
        }

        int start(int row) {
            return starts[row];
        }

        int end(int row) {
            return starts[row + 1];
        }

        int item(int k) {
            return items[k];
        }
    }
}
