// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.configuration.ProductSpace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Enumerates the tuples of a rule's variables for extensional compilation, with two reductions that do not change
 * the resulting constraint:
 * <ul>
 * <li>structure: a variable of an instance whose deciding count is in the tuple takes only the values the
 * structure allows (not applicable exactly when the instance is absent), so impossible tuples are never
 * evaluated — the structure tables exclude them anyway;</li>
 * <li>alike values: values the rule cannot tell apart (options it does not name, measures on the same side of
 * every threshold it compares with) behave alike, so one of them stands for the others during evaluation and the
 * tuples are expanded afterwards.</li>
 * </ul>
 */
final class TupleEnumeration {

    /**
     * One variable of the tuple.
     *
     * @param id          variable id (what the predicate's lookup answers for)
     * @param values      its domain
     * @param governing   position of the count deciding whether its instance is present, or -1
     * @param anchorIndex the instance number the count must reach
     * @param hideable    whether it may be not applicable while present (a visibility rule decides)
     * @param classOf     class of each value: values of one class behave alike in the rule; null when all differ
     */
    record Position(String id, List<String> values, int governing, int anchorIndex, boolean hideable,
                    int[] classOf) {
    }

    /** The classes of alike values per position: representatives and their members (value indices). */
    private final Position[] positions;
    private final int[][] reps;
    private final int[][][] members;
    private final boolean[] governs;

    TupleEnumeration(Position[] positions) {
        this.positions = positions.clone();
        int n = positions.length;
        reps = new int[n][];
        members = new int[n][][];
        governs = new boolean[n];
        for (int k = 0; k < n; k++) {
            Position p = positions[k];
            if (p.governing() >= 0) {
                governs[p.governing()] = true;
            }
            Map<Integer, List<Integer>> byClass = new java.util.LinkedHashMap<>();
            for (int i = 0; i < p.values().size(); i++) {
                byClass.computeIfAbsent(p.classOf() == null ? i : p.classOf()[i], c -> new ArrayList<>()).add(i);
            }
            List<int[]> classes = new ArrayList<>();
            byClass.values().forEach(m -> classes.add(m.stream().mapToInt(Integer::intValue).toArray()));
            members[k] = classes.toArray(new int[0][]);
            reps[k] = classes.stream().mapToInt(c -> c[0]).toArray();
        }
    }

    /** The outcome: accepted and rejected tuples as classes (expand to value tuples on demand). */
    final class Result {
        private final List<int[]> allowed;
        private final List<int[]> forbidden;
        private final long allowedCount;
        private final long forbiddenCount;

        Result(List<int[]> allowed, List<int[]> forbidden) {
            this.allowed = allowed;
            this.forbidden = forbidden;
            this.allowedCount = size(allowed);
            this.forbiddenCount = size(forbidden);
        }

        long allowedCount() {
            return allowedCount;
        }

        long forbiddenCount() {
            return forbiddenCount;
        }

        /** The value tuples of one side: the accepted ones ({@code true}) or the rejected ones. */
        int[][] expand(boolean accepted) {
            List<int[]> out = new ArrayList<>();
            for (int[] classTuple : accepted ? allowed : forbidden) {
                expandInto(classTuple, 0, new int[classTuple.length], out);
            }
            return out.toArray(new int[0][]);
        }

        private long size(List<int[]> classTuples) {
            long total = 0;
            for (int[] t : classTuples) {
                long product = 1;
                for (int k = 0; k < t.length; k++) {
                    product *= members[k][t[k]].length;
                }
                total += product;
            }
            return total;
        }

        private void expandInto(int[] classTuple, int k, int[] tuple, List<int[]> out) {
            if (k == classTuple.length) {
                out.add(tuple.clone());
                return;
            }
            for (int v : members[k][classTuple[k]]) {
                tuple[k] = v;
                expandInto(classTuple, k + 1, tuple, out);
            }
        }
    }

    /** How many evaluations {@link #run} makes (tuples of representatives the structure allows). */
    long visited() {
        return count(0, new String[positions.length]);
    }

    /** Evaluates {@code holds} on every structurally possible tuple of representatives. */
    Result run(Predicate<Function<String, String>> holds) {
        List<int[]> allowed = new ArrayList<>();
        List<int[]> forbidden = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        Function<String, String> lookup = current::get;
        enumerate(0, new int[positions.length], new String[positions.length], current, lookup, holds, allowed,
                forbidden);
        return new Result(allowed, forbidden);
    }

    private boolean skip(int k, String value, String[] chosen) {
        Position p = positions[k];
        if (p.governing() < 0) {
            return false;
        }
        String count = chosen[p.governing()];
        boolean present = !count.equals(ProductSpace.NA) && Integer.parseInt(count) >= p.anchorIndex();
        boolean na = value.equals(ProductSpace.NA);
        return present ? na && !p.hideable() : !na;
    }

    private long count(int k, String[] chosen) {
        if (k == positions.length) {
            return 1;
        }
        long total = 0;
        long here = 0;
        for (int c = 0; c < reps[k].length; c++) {
            String value = positions[k].values().get(reps[k][c]);
            if (skip(k, value, chosen)) {
                continue;
            }
            if (governs[k]) {
                chosen[k] = value;
                total = saturate(total + count(k + 1, chosen));
            } else {
                here++;
            }
        }
        if (!governs[k]) {
            long rest = count(k + 1, chosen);
            total = here == 0 || rest == 0 ? 0 : here > Long.MAX_VALUE / rest ? Long.MAX_VALUE : here * rest;
        }
        return total;
    }

    private static long saturate(long v) {
        return v < 0 ? Long.MAX_VALUE : v;
    }

    private void enumerate(int k, int[] classTuple, String[] chosen, Map<String, String> current,
                           Function<String, String> lookup, Predicate<Function<String, String>> holds,
                           List<int[]> allowed, List<int[]> forbidden) {
        if (k == positions.length) {
            (holds.test(lookup) ? allowed : forbidden).add(classTuple.clone());
            return;
        }
        Position p = positions[k];
        for (int c = 0; c < reps[k].length; c++) {
            String value = p.values().get(reps[k][c]);
            if (skip(k, value, chosen)) {
                continue;
            }
            classTuple[k] = c;
            chosen[k] = value;
            current.put(p.id(), value);
            enumerate(k + 1, classTuple, chosen, current, lookup, holds, allowed, forbidden);
        }
        current.remove(p.id());
    }
}
