// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Statement;
import dev.atelier.domain.rules.lang.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The meaning of a product's rules written down directly, without tables: whether a complete assignment is a
 * valid configuration. The compiler's tables must agree with it on every assignment. Shares only the evaluator
 * (expression semantics) with the compiler.
 */
final class ReferenceSemantics {

    private final ProductSpace space;
    private final Evaluator ev;
    private final List<Statement> statements = new ArrayList<>();
    private final Set<String> hiddenByRule = new HashSet<>();

    ReferenceSemantics(ProductSpace space) {
        this.space = space;
        this.ev = new Evaluator(space);
        for (Rule r : space.product().rules()) {
            Statement s = RuleParser.parseRule(r.text(), SourcePos.UNKNOWN);
            statements.add(s);
            if (s instanceof Statement.Visible v) {
                for (ProductSpace.Var var : space.variables()) {
                    if (var.template().equals(v.target().template())
                            || var.template().startsWith(v.target().template() + ".")) {
                        hiddenByRule.add(var.id());
                    }
                }
            }
        }
    }

    boolean valid(Map<String, String> values) {
        Function<String, String> lookup = values::get;
        for (ProductSpace.Var v : space.variables()) {
            boolean present = present(v.instance(), lookup);
            boolean na = values.get(v.id()).equals(ProductSpace.NA);
            if (!present && !na) {
                return false;
            }
            if (present && na && !hiddenByRule.contains(v.id())) {
                return false;
            }
        }
        for (Statement s : statements) {
            if (!holds(s, lookup)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Statement s, Function<String, String> lookup) {
        if (s instanceof Statement.Constraint c) {
            for (Scope scope : bindings(ev.freeDimensions(c.condition(), Scope.ROOT))) {
                if (boundPresent(scope, lookup)) {
                    Value v = ev.eval(c.condition(), scope, lookup);
                    if (!(v instanceof Value.Na || v == Value.TRUE)) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (s instanceof Statement.Table t) {
            Set<String> dimSet = new LinkedHashSet<>();
            t.columns().forEach(col -> dimSet.addAll(ev.freeDimensions(col, Scope.ROOT)));
            for (Scope scope : bindings(new ArrayList<>(dimSet))) {
                if (!boundPresent(scope, lookup)) {
                    continue;
                }
                List<String> tuple = new ArrayList<>();
                boolean na = false;
                for (Expr.Ref col : t.columns()) {
                    String v = lookup.apply(ev.variableOrCountId(col, scope).orElseThrow());
                    na |= v.equals(ProductSpace.NA);
                    tuple.add(v);
                }
                if (na) {
                    continue;
                }
                boolean listed = false;
                for (List<Expr> row : t.rows()) {
                    List<String> r = new ArrayList<>();
                    for (Expr e : row) {
                        r.add(e instanceof Expr.Num n ? n.value().stripTrailingZeros().toPlainString()
                                : ((Expr.Ref) e).segments().get(0).name());
                    }
                    listed |= r.equals(tuple);
                }
                if (listed != t.allow()) {
                    return false;
                }
            }
            return true;
        }
        if (s instanceof Statement.Visible vis) {
            for (Expr.Ref target : targets(vis.target())) {
                if (!visible(target, vis.when(), lookup)) {
                    return false;
                }
            }
            return true;
        }
        return true;
    }

    /** The target itself, or every option of the many-of group it names. */
    private List<Expr.Ref> targets(Expr.Ref target) {
        List<Expr.Ref> out = new ArrayList<>();
        for (ProductSpace.Var v : space.variables()) {
            if (v.kind() == ProductSpace.Kind.FLAG && v.template().equals(target.template() + "." + v.option().id())
                    && out.stream().noneMatch(r -> r.segments().get(r.segments().size() - 1).name()
                    .equals(v.option().id()))) {
                List<Expr.Segment> segs = new ArrayList<>(target.segments());
                segs.add(new Expr.Segment(v.option().id(), 0));
                out.add(new Expr.Ref(segs, 0));
            }
        }
        return out.isEmpty() ? List.of(target) : out;
    }

    private boolean visible(Expr.Ref target, Expr when, Function<String, String> lookup) {
        {
            Set<String> dimSet = new LinkedHashSet<>(ev.freeDimensions(target, Scope.ROOT));
            dimSet.addAll(ev.freeDimensions(when, Scope.ROOT));
            for (Scope scope : bindings(new ArrayList<>(dimSet))) {
                String x = ev.variableOrCountId(target, scope).orElseThrow();
                ProductSpace.Var var = space.variable(x).orElseThrow();
                boolean shown = present(var.instance(), lookup) && boundPresent(scope, lookup)
                        && ev.test(when, scope, lookup);
                if (shown == lookup.apply(x).equals(ProductSpace.NA)) {
                    return false;
                }
            }
            return true;
        }
    }

    private List<Scope> bindings(List<String> dims) {
        List<String> sorted = new ArrayList<>(dims);
        sorted.sort((a, b) -> Integer.compare(a.split("\\.").length, b.split("\\.").length));
        List<Scope> out = new ArrayList<>();
        bind(sorted, 0, Scope.ROOT, out);
        return out;
    }

    private void bind(List<String> dims, int k, Scope scope, List<Scope> out) {
        if (k == dims.size()) {
            out.add(scope);
            return;
        }
        for (int i = 1; i <= ev.maxInstances(dims.get(k)); i++) {
            bind(dims, k + 1, scope.bind(dims.get(k), i), out);
        }
    }

    /** Whether the instances of the bound dimensions exist (the rule applies only then). */
    private boolean boundPresent(Scope scope, Function<String, String> lookup) {
        for (String template : scope.indices().keySet()) {
            StringBuilder path = new StringBuilder();
            String t = "";
            for (String name : template.split("\\.")) {
                t = t.isEmpty() ? name : t + "." + name;
                Component c = space.component(t).orElseThrow();
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(name);
                if (c.isRepeated()) {
                    path.append('[').append(scope.indices().get(t)).append(']');
                }
            }
            if (!present(space.instance(path.toString()).orElseThrow(), lookup)) {
                return false;
            }
        }
        return true;
    }

    private static boolean present(ProductSpace.Instance inst, Function<String, String> lookup) {
        for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = lookup.apply(i.parent().countId(i.component()));
                if (count.equals(ProductSpace.NA) || new BigDecimal(count).intValue() < i.index()) {
                    return false;
                }
            }
        }
        return true;
    }
}
