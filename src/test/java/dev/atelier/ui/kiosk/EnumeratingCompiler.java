// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Statement;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only rule compiler for small hand-built products: each constraint rule becomes a table of the allowed
 * tuples of its dependencies, found by evaluating every combination; optional instances get "NA exactly when
 * absent" tables. Independent of the real compiler; fine for a few thousand combinations per rule.
 */
final class EnumeratingCompiler {

    private EnumeratingCompiler() {
    }

    static FdModel compile(ProductSpace space) {
        List<ProductSpace.Var> vars = space.variables();
        Map<String, Integer> index = new HashMap<>();
        List<FdVariable> fd = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            index.put(vars.get(i).id(), i);
            fd.add(new FdVariable(vars.get(i).id(), vars.get(i).values()));
        }
        Evaluator evaluator = new Evaluator(space);
        List<FdConstraint> constraints = new ArrayList<>();
        for (ProductSpace.Var v : vars) {
            List<String> chain = presenceChain(v.kind() == ProductSpace.Kind.COUNT ? v.instance() : v.instance());
            if (!v.optional() || chain.isEmpty()) {
                continue;
            }
            List<String> scope = new ArrayList<>(chain);
            scope.add(v.id());
            constraints.add(table("presence-" + v.id(), scope, index, vars, values -> {
                boolean present = present(v.kind() == ProductSpace.Kind.COUNT ? v.instance() : v.instance(), values);
                return present != ProductSpace.NA.equals(values.get(v.id()));
            }));
        }
        for (Rule r : space.product().rules()) {
            Statement s = RuleParser.parseRule(r.text(), SourcePos.UNKNOWN);
            if (!(s instanceof Statement.Constraint c)) {
                continue;
            }
            List<Scope> scopes = new ArrayList<>();
            scopes.add(Scope.ROOT);
            for (String dim : evaluator.freeDimensions(c.condition(), Scope.ROOT)) {
                List<Scope> next = new ArrayList<>();
                for (Scope sc : scopes) {
                    for (int k = 1; k <= evaluator.maxInstances(dim); k++) {
                        next.add(sc.bind(dim, k));
                    }
                }
                scopes = next;
            }
            int n = 0;
            for (Scope sc : scopes) {
                List<String> deps = new ArrayList<>(evaluator.dependencies(c.condition(), sc));
                constraints.add(table(r.id(), deps, index, vars,
                        values -> evaluator.satisfied(c.condition(), sc, values::get)));
                n++;
            }
            if (n == 0) {
                throw new IllegalStateException("rule " + r.id() + " compiled to nothing");
            }
        }
        return new FdModel(space.product().id(), fd, constraints);
    }

    private static List<String> presenceChain(ProductSpace.Instance inst) {
        List<String> chain = new ArrayList<>();
        for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
            if (i.index() > 0) {
                chain.add(i.parent().countId(i.component()));
            }
        }
        return chain;
    }

    private static boolean present(ProductSpace.Instance inst, Map<String, String> values) {
        for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = values.get(i.parent().countId(i.component()));
                if (count == null || count.equals(ProductSpace.NA) || Integer.parseInt(count) < i.index()) {
                    return false;
                }
            }
        }
        return true;
    }

    private interface Check {
        boolean test(Map<String, String> values);
    }

    private static TableConstraint table(String ruleId, List<String> scope, Map<String, Integer> index,
                                         List<ProductSpace.Var> vars, Check check) {
        int[] idx = scope.stream().mapToInt(index::get).toArray();
        List<int[]> allowed = new ArrayList<>();
        int[] counter = new int[idx.length];
        Map<String, String> values = new HashMap<>();
        while (true) {
            for (int i = 0; i < idx.length; i++) {
                values.put(scope.get(i), vars.get(idx[i]).values().get(counter[i]));
            }
            if (check.test(values)) {
                allowed.add(counter.clone());
            }
            int k = 0;
            while (k < idx.length) {
                counter[k]++;
                if (counter[k] < vars.get(idx[k]).values().size()) {
                    break;
                }
                counter[k] = 0;
                k++;
            }
            if (k == idx.length) {
                break;
            }
        }
        return new TableConstraint(ruleId, idx, allowed.toArray(new int[0][]), true);
    }
}
