// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test oracle: answers every engine question by enumerating all solutions of a small model. Independent of the
 * real engines by construction (no solver, no encoding).
 */
public final class BruteForceRuleEngine implements RuleEngine {

    private final FdModel model;
    private final List<int[]> solutions = new ArrayList<>();

    public BruteForceRuleEngine(FdModel model) {
        this.model = model;
        enumerate(new int[model.size()], 0);
    }

    /** All solutions of the model. */
    public List<int[]> solutions() {
        return solutions;
    }

    private void enumerate(int[] a, int v) {
        if (v == a.length) {
            if (satisfies(model, a)) {
                solutions.add(a.clone());
            }
            return;
        }
        for (int x = 0; x < model.variable(v).size(); x++) {
            a[v] = x;
            enumerate(a, v + 1);
        }
    }

    /** Whether a full assignment satisfies every constraint of the model. */
    public static boolean satisfies(FdModel model, int[] a) {
        for (FdConstraint c : model.constraints()) {
            if (c instanceof TableConstraint t) {
                boolean listed = false;
                for (int[] tuple : t.tuples()) {
                    boolean match = true;
                    for (int i = 0; i < tuple.length && match; i++) {
                        match = a[t.scope()[i]] == tuple[i];
                    }
                    if (match) {
                        listed = true;
                        break;
                    }
                }
                if (listed != t.supports()) {
                    return false;
                }
            } else if (c instanceof ClauseConstraint cl) {
                boolean sat = false;
                for (int i = 0; i < cl.scope().length && !sat; i++) {
                    sat = (a[cl.scope()[i]] == cl.values()[i]) == cl.positive()[i];
                }
                if (!sat) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean extends_(int[] s, Assignment sel) {
        for (int v = 0; v < s.length; v++) {
            if (sel.isSet(v) && sel.get(v) != s[v]) {
                return false;
            }
        }
        return true;
    }

    private boolean consistent(Assignment sel) {
        return solutions.stream().anyMatch(s -> extends_(s, sel));
    }

    @Override
    public FdModel model() {
        return model;
    }

    @Override
    public Propagation propagate(Assignment selections) {
        int n = model.size();
        boolean[][] avail = new boolean[n][];
        boolean[][] possible = new boolean[n][];
        for (int v = 0; v < n; v++) {
            avail[v] = new boolean[model.variable(v).size()];
            possible[v] = new boolean[model.variable(v).size()];
        }
        for (int[] s : solutions) {
            for (int v = 0; v < n; v++) {
                possible[v][s[v]] = true;
                if (extends_(s, selections.isSet(v) ? selections.without(v) : selections)) {
                    avail[v][s[v]] = true;
                }
            }
        }
        boolean consistent = consistent(selections);
        int[] fixed = new int[n];
        boolean complete = consistent;
        for (int v = 0; v < n; v++) {
            fixed[v] = Assignment.UNSET;
            if (selections.isSet(v)) {
                fixed[v] = selections.get(v);
                continue;
            }
            int count = 0;
            for (int x = 0; x < avail[v].length; x++) {
                if (avail[v][x] && consistent) {
                    count++;
                    fixed[v] = x;
                }
            }
            if (count != 1) {
                fixed[v] = Assignment.UNSET;
                complete = false;
            }
        }
        boolean ok = consistent;
        boolean done = complete;
        return new Propagation() {
            @Override
            public Assignment selections() {
                return selections;
            }

            @Override
            public boolean consistent() {
                return ok;
            }

            @Override
            public ValueState state(int variable, int value) {
                if (!possible[variable][value]) {
                    return ValueState.IMPOSSIBLE;
                }
                return ok && avail[variable][value] ? ValueState.AVAILABLE : ValueState.NEEDS_CHANGE;
            }

            @Override
            public int fixedValue(int variable) {
                return fixed[variable];
            }

            @Override
            public boolean complete() {
                return done;
            }
        };
    }

    @Override
    public Explanation explain(Assignment selections, int variable, int value) {
        Assignment base = selections.without(variable).with(variable, value);
        if (consistent(base)) {
            throw new IllegalArgumentException("value is available");
        }
        Assignment core = base;
        for (int v = 0; v < model.size(); v++) {
            if (v != variable && core.isSet(v) && !consistent(core.without(v))) {
                core = core.without(v);
            }
        }
        List<Explanation.Literal> because = new ArrayList<>();
        for (int v = 0; v < model.size(); v++) {
            if (v != variable && core.isSet(v)) {
                because.add(new Explanation.Literal(v, core.get(v)));
            }
        }
        List<String> rules = new ArrayList<>();
        for (FdConstraint c : model.constraints()) {
            rules.add(c.ruleId());
        }
        return new Explanation(because, rules.stream().distinct().toList());
    }

    @Override
    public Optional<Repair> repair(Assignment selections, int variable, int value) {
        Repair best = null;
        for (int[] s : solutions) {
            if (s[variable] != value) {
                continue;
            }
            List<Explanation.Literal> retract = new ArrayList<>();
            for (int v = 0; v < s.length; v++) {
                if (v != variable && selections.isSet(v) && selections.get(v) != s[v]) {
                    retract.add(new Explanation.Literal(v, selections.get(v)));
                }
            }
            if (best == null || retract.size() < best.retract().size()) {
                best = new Repair(retract, Assignment.of(s));
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Optional<Assignment> complete(Assignment selections, int[] preferred, long[][] cost) {
        Assignment a = selections;
        if (!consistent(a)) {
            return Optional.empty();
        }
        for (int v = 0; v < model.size(); v++) {
            if (a.isSet(v)) {
                continue;
            }
            if (preferred[v] != Assignment.UNSET && consistent(a.with(v, preferred[v]))) {
                a = a.with(v, preferred[v]);
                continue;
            }
            int best = -1;
            for (int x = 0; x < model.variable(v).size(); x++) {
                if (consistent(a.with(v, x)) && (best < 0 || cost[v][x] < cost[v][best])) {
                    best = x;
                }
            }
            a = a.with(v, best);
        }
        return Optional.of(a);
    }

    @Override
    public boolean isValid(Assignment full) {
        return satisfies(model, full.toArray());
    }
}
