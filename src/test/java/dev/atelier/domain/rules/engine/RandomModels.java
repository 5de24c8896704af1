// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

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
import java.util.stream.IntStream;

/**
 * jqwik generators for small random models: 3 to 6 variables with 2 to 4 values, and 1 to 5 constraints
 * (supports tables, conflicts tables, clauses) over 1 to 3 variables, so that a {@link BruteForce} oracle can
 * enumerate them. Built from combinators, so failures shrink.
 */
public final class RandomModels {

    private RandomModels() {
    }

    /** A model together with a partial assignment of it (often, but not always, consistent). */
    public record Case(FdModel model, int[] selection) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("domains=");
            text.append(model.variables().stream().map(FdVariable::size).toList()).append(" constraints=[");
            for (FdConstraint c : model.constraints()) {
                text.append(describe(c)).append("; ");
            }
            return text.append("] selection=").append(Arrays.toString(selection)).toString();
        }
    }

    public static Arbitrary<Case> cases() {
        return models().flatMap(model -> selections(model).map(selection -> new Case(model, selection)));
    }

    public static Arbitrary<FdModel> models() {
        return Arbitraries.integers().between(2, 4).list().ofMinSize(3).ofMaxSize(6)
                .flatMap(domains -> constraint(domains).list().ofMinSize(1).ofMaxSize(5)
                        .map(constraints -> model(domains, constraints)));
    }

    /**
     * Like {@link #cases()}, but the first variable has 65 to 300 values, so its value sets no longer fit one long
     * (three small variables and up to four constraints of arity up to 2 keep enumeration cheap).
     */
    public static Arbitrary<Case> wideCases() {
        Arbitrary<List<Integer>> domains = Combinators.combine(Arbitraries.integers().between(65, 300),
                Arbitraries.integers().between(2, 3).list().ofSize(3)).as((wide, small) -> {
                    List<Integer> all = new ArrayList<>();
                    all.add(wide);
                    all.addAll(small);
                    return all;
                });
        Arbitrary<FdModel> models = domains.flatMap(d -> wideConstraint(d).list().ofMinSize(1).ofMaxSize(4)
                .map(constraints -> model(d, constraints)));
        return models.flatMap(model -> selections(model).map(selection -> new Case(model, selection)));
    }

    private static Arbitrary<FdConstraint> wideConstraint(List<Integer> domains) {
        Arbitrary<int[]> scope = Arbitraries.integers().between(1, domains.size() - 1)
                .map(other -> new int[] {0, other});
        return Arbitraries.frequencyOf(
                Tuple.of(3, scope.flatMap(s -> table(domains, s))),
                Tuple.of(1, table(domains, new int[] {0})),
                Tuple.of(1, scope.flatMap(s -> clause(domains, s))));
    }

    /** Per variable a value or -1 (unset); about half the variables are set. */
    public static Arbitrary<int[]> selections(FdModel model) {
        List<Arbitrary<Integer>> values = new ArrayList<>();
        for (FdVariable variable : model.variables()) {
            values.add(Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(Assignment.UNSET)),
                    Tuple.of(1, Arbitraries.integers().between(0, variable.size() - 1))));
        }
        return Combinators.combine(values).as(list -> list.stream().mapToInt(Integer::intValue).toArray());
    }

    private static FdModel model(List<Integer> domains, List<FdConstraint> constraints) {
        List<FdVariable> variables = new ArrayList<>();
        for (int v = 0; v < domains.size(); v++) {
            variables.add(new FdVariable("x" + v,
                    IntStream.range(0, domains.get(v)).mapToObj(i -> "v" + i).toList()));
        }
        List<FdConstraint> named = new ArrayList<>();
        for (int c = 0; c < constraints.size(); c++) {
            FdConstraint constraint = constraints.get(c);
            String id = "r" + c;
            named.add(constraint instanceof TableConstraint t
                    ? new TableConstraint(id, t.scope(), t.tuples(), t.supports())
                    : new ClauseConstraint(id, constraint.scope(), ((ClauseConstraint) constraint).values(),
                    ((ClauseConstraint) constraint).positive()));
        }
        return new FdModel("random", variables, named);
    }

    private static Arbitrary<FdConstraint> constraint(List<Integer> domains) {
        Arbitrary<int[]> scope = Arbitraries.integers().between(0, domains.size() - 1).list().ofMinSize(1)
                .ofMaxSize(3).map(list -> list.stream().mapToInt(Integer::intValue).toArray());
        return scope.flatMap(s -> Arbitraries.frequencyOf(
                Tuple.of(3, table(domains, s)),
                Tuple.of(1, clause(domains, s))));
    }

    private static Arbitrary<FdConstraint> table(List<Integer> domains, int[] scope) {
        List<int[]> all = new ArrayList<>();
        product(domains, scope, new int[scope.length], 0, all);
        return Combinators.combine(Arbitraries.subsetOf(all), Arbitraries.of(true, false))
                .as((tuples, supports) -> new TableConstraint("t", scope, tuples.toArray(new int[0][]), supports));
    }

    private static Arbitrary<FdConstraint> clause(List<Integer> domains, int[] scope) {
        List<Arbitrary<Integer>> values = new ArrayList<>();
        for (int v : scope) {
            values.add(Arbitraries.integers().between(0, domains.get(v) - 1));
        }
        Arbitrary<int[]> literalValues = Combinators.combine(values)
                .as(list -> list.stream().mapToInt(Integer::intValue).toArray());
        Arbitrary<boolean[]> signs = Arbitraries.of(true, false).list().ofSize(scope.length).map(list -> {
            boolean[] result = new boolean[list.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = list.get(i);
            }
            return result;
        });
        return Combinators.combine(literalValues, signs).as((v, p) -> new ClauseConstraint("c", scope, v, p));
    }

    private static void product(List<Integer> domains, int[] scope, int[] current, int position, List<int[]> out) {
        if (position == scope.length) {
            out.add(current.clone());
            return;
        }
        for (int value = 0; value < domains.get(scope[position]); value++) {
            current[position] = value;
            product(domains, scope, current, position + 1, out);
        }
    }

    private static String describe(FdConstraint c) {
        if (c instanceof TableConstraint t) {
            return c.ruleId() + (t.supports() ? " supports " : " conflicts ") + Arrays.toString(t.scope())
                    + " " + Arrays.deepToString(t.tuples());
        }
        ClauseConstraint clause = (ClauseConstraint) c;
        StringBuilder text = new StringBuilder(c.ruleId()).append(" clause");
        for (int i = 0; i < clause.scope().length; i++) {
            text.append(' ').append('x').append(clause.scope()[i]).append(clause.positive()[i] ? "=" : "!=")
                    .append(clause.values()[i]);
        }
        return text.toString();
    }
}
