// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * jqwik generators of small finite-domain models (up to 6 variables, domains of 1 to 4 values, mostly Boolean;
 * clauses, allowed/forbidden tables over up to 3 variables and groups of pairwise exclusions; rule ids shared
 * between constraints) and of
 * sequences of selections on them, small enough to check against {@link BruteForce}.
 */
final class SmallModels {

    private static final String[] RULE_IDS = {"r0", "r1", "r2", "r3", "r4"};

    private SmallModels() {
    }

    /** A model and a few selection states to visit in order on one engine. */
    record Scenario(FdModel model, List<Assignment> states, int[] preferred, long[][] cost) {

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("domains=");
            sb.append(model.variables().stream().map(v -> String.valueOf(v.size())).collect(Collectors.joining(",")));
            for (FdConstraint c : model.constraints()) {
                sb.append("\n  ").append(c.ruleId()).append(": ");
                if (c instanceof ClauseConstraint clause) {
                    for (int i = 0; i < clause.scope().length; i++) {
                        sb.append(clause.positive()[i] ? "" : "!").append('x').append(clause.scope()[i]).append('=')
                                .append(clause.values()[i]).append(' ');
                    }
                } else {
                    TableConstraint table = (TableConstraint) c;
                    sb.append(table.supports() ? "allow " : "forbid ").append(Arrays.toString(table.scope()))
                            .append(' ').append(Arrays.deepToString(table.tuples()));
                }
            }
            sb.append("\n  states=").append(states).append("\n  preferred=").append(Arrays.toString(preferred))
                    .append(" cost=").append(Arrays.deepToString(cost));
            return sb.toString();
        }
    }

    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> domainSize = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(2)), Tuple.of(1, Arbitraries.just(1)),
                Tuple.of(2, Arbitraries.just(3)), Tuple.of(2, Arbitraries.just(4)));
        return domainSize.list().ofMinSize(1).ofMaxSize(6).flatMap(SmallModels::scenarioOver);
    }

    private static Arbitrary<Scenario> scenarioOver(List<Integer> domains) {
        Arbitrary<List<FdConstraint>> constraints = Combinators.combine(
                Arbitraries.oneOf(clause(domains), table(domains)).list().ofMaxSize(7),
                exclusionGroup(domains).list().ofMaxSize(2)).as((single, groups) -> {
                    List<FdConstraint> all = new ArrayList<>(single);
                    groups.forEach(all::addAll);
                    return all;
                });
        Arbitrary<List<Assignment>> states = partial(domains).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<int[]> preferred = partial(domains).map(Assignment::toArray);
        Arbitrary<long[][]> cost = costs(domains);
        return Combinators.combine(constraints, states, preferred, cost)
                .as((cs, st, pref, c) -> new Scenario(model(domains, cs), st, pref, c));
    }

    private static FdModel model(List<Integer> domains, List<FdConstraint> constraints) {
        List<FdVariable> variables = new ArrayList<>();
        for (int x = 0; x < domains.size(); x++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < domains.get(x); v++) {
                values.add(String.valueOf(v));
            }
            variables.add(new FdVariable("x" + x, values));
        }
        return new FdModel("random", variables, constraints);
    }

    private static Arbitrary<String> ruleId() {
        return Arbitraries.of(RULE_IDS);
    }

    private static Arbitrary<FdConstraint> clause(List<Integer> domains) {
        Arbitrary<int[]> literal = Arbitraries.integers().between(0, domains.size() - 1).flatMap(x ->
                Combinators.combine(Arbitraries.integers().between(0, domains.get(x) - 1), Arbitraries.of(true, false))
                        .as((v, positive) -> new int[]{x, v, positive ? 1 : 0}));
        return Combinators.combine(ruleId(), literal.list().ofMinSize(1).ofMaxSize(3)).as((id, lits) -> {
            int[] scope = lits.stream().mapToInt(l -> l[0]).toArray();
            int[] values = lits.stream().mapToInt(l -> l[1]).toArray();
            boolean[] positive = new boolean[lits.size()];
            for (int i = 0; i < positive.length; i++) {
                positive[i] = lits.get(i)[2] == 1;
            }
            return new ClauseConstraint(id, scope, values, positive);
        });
    }

    /** "At most one of these values" as pairwise exclusion clauses, the way feature models state alternatives. */
    static Arbitrary<List<FdConstraint>> exclusionGroup(List<Integer> domains) {
        if (domains.size() < 3) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<List<Integer>> members = Arbitraries.integers().between(0, domains.size() - 1)
                .list().uniqueElements().ofMinSize(3).ofMaxSize(Math.min(4, domains.size()));
        return Combinators.combine(ruleId(), members, Arbitraries.integers().between(0, 3).list().ofSize(4))
                .as((id, vars, picks) -> {
                    List<FdConstraint> clauses = new ArrayList<>();
                    for (int a = 0; a < vars.size(); a++) {
                        for (int b = a + 1; b < vars.size(); b++) {
                            int x = vars.get(a);
                            int y = vars.get(b);
                            clauses.add(new ClauseConstraint(id, new int[]{x, y},
                                    new int[]{picks.get(a) % domains.get(x), picks.get(b) % domains.get(y)},
                                    new boolean[]{false, false}));
                        }
                    }
                    return clauses;
                });
    }

    private static Arbitrary<FdConstraint> table(List<Integer> domains) {
        int maxArity = Math.min(3, domains.size());
        Arbitrary<List<Integer>> scopes = Arbitraries.integers().between(0, domains.size() - 1)
                .list().uniqueElements().ofMinSize(1).ofMaxSize(maxArity);
        return scopes.flatMap(scope -> {
            List<int[]> all = new ArrayList<>();
            product(scope, domains, new int[scope.size()], 0, all);
            return Combinators.combine(ruleId(), Arbitraries.of(true, false), Arbitraries.subsetOf(all))
                    .as((id, supports, tuples) -> new TableConstraint(id, scope.stream().mapToInt(i -> i).toArray(),
                            tuples.toArray(new int[0][]), supports));
        });
    }

    private static void product(List<Integer> scope, List<Integer> domains, int[] tuple, int position,
                                List<int[]> out) {
        if (position == tuple.length) {
            out.add(tuple.clone());
            return;
        }
        for (int v = 0; v < domains.get(scope.get(position)); v++) {
            tuple[position] = v;
            product(scope, domains, tuple, position + 1, out);
        }
    }

    private static Arbitrary<Assignment> partial(List<Integer> domains) {
        List<Arbitrary<Integer>> perVariable = new ArrayList<>();
        for (int size : domains) {
            perVariable.add(Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(Assignment.UNSET)),
                    Tuple.of(2, Arbitraries.integers().between(0, size - 1))));
        }
        return Combinators.combine(perVariable).as(values -> Assignment.of(values.stream().mapToInt(i -> i).toArray()));
    }

    private static Arbitrary<long[][]> costs(List<Integer> domains) {
        List<Arbitrary<long[]>> perVariable = new ArrayList<>();
        for (int size : domains) {
            perVariable.add(Arbitraries.longs().between(0, 3).array(long[].class).ofSize(size));
        }
        return Combinators.combine(perVariable).as(rows -> rows.toArray(new long[0][]));
    }
}
