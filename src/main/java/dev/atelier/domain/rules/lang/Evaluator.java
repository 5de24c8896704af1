// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates rule-language expressions against a (partial or complete) configuration of one product: rules (by the
 * rule compiler, over every combination of values), price formulas, geometry and bill-of-materials quantities.
 * <p>
 * Semantics: a reference to an absent instance or a hidden variable is {@link Value#NA}: it equals no option,
 * sums as nothing, and a constraint whose comparison involves it does not apply. A variable the configuration has
 * not set is {@link Value#UNKNOWN}, and logic is three-valued over it. Names resolve in the scope's context
 * component first, then in its ancestors, then as derived values.
 * <p>
 * An evaluator caches name resolution; create one per product space and reuse it with different value lookups.
 * Where one expression is evaluated in one scope again and again, {@link #compile} it once.
 */
public final class Evaluator {

    static final MathContext MC = MathContext.DECIMAL64;

    private final ProductSpace space;
    private final Map<Expr.Ref, Map<String, Object>> resolved = new IdentityHashMap<>();
    private final Map<String, Expr> derived = new java.util.HashMap<>();
    private ExpressionCompiler compiler;

    public Evaluator(ProductSpace space) {
        this.space = space;
    }

    public ProductSpace space() {
        return space;
    }

    // ---------------------------------------------------------------------------------------- public API

    /** Evaluates {@code e} in {@code scope} with variable values from {@code values} (var id → value id or null). */
    public Value eval(Expr e, Scope scope, Function<String, String> values) {
        return new Run(values).eval(e, scope);
    }

    /**
     * {@code e} prepared for evaluation in {@code scope} again and again: names resolved, aggregates unrolled,
     * derived values inlined. Its {@link CompiledExpression#eval} gives exactly what {@link #eval} gives.
     */
    public CompiledExpression compile(Expr e, Scope scope) {
        if (compiler == null) {
            compiler = new ExpressionCompiler(this);
        }
        return compiler.compile(e, scope);
    }

    /** Whether a condition holds: true only for {@link Value#TRUE}. */
    public boolean test(Expr e, Scope scope, Function<String, String> values) {
        return eval(e, scope, values) instanceof Value.Bool b && b.value();
    }

    /** Whether a constraint is satisfied: true, or not applicable. Unknown counts as not (yet) satisfied. */
    public boolean satisfied(Expr e, Scope scope, Function<String, String> values) {
        Value v = eval(e, scope, values);
        return v instanceof Value.Na || (v instanceof Value.Bool b && b.value());
    }

    /** A numeric result; NA counts as zero. Throws if the value is unknown or not a number. */
    public BigDecimal number(Expr e, Scope scope, Function<String, String> values) {
        Value v = eval(e, scope, values);
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Na) {
            return BigDecimal.ZERO;
        }
        throw new EvaluationException(e.offset(), "'" + e + "' is " + describe(v) + ", not a number");
    }

    /**
     * Repeated components that {@code e} refers to without an instance number and that {@code scope} does not
     * bind (outside aggregate functions), outermost first: a rule over them holds for every instance.
     */
    public List<String> freeDimensions(Expr e, Scope scope) {
        Set<String> dims = new LinkedHashSet<>();
        collectFree(e, scope, dims);
        return new ArrayList<>(dims);
    }

    /**
     * Every variable {@code e} can read in {@code scope}, over every possible instance of aggregated components,
     * including the counts that decide which instances are present.
     */
    public Set<String> dependencies(Expr e, Scope scope) {
        Set<String> deps = new LinkedHashSet<>();
        collectDependencies(e, scope, deps);
        return deps;
    }

    /**
     * Checks that every name in {@code e} resolves in {@code scope} (free dimensions allowed) and that function
     * calls are well-formed; throws a {@link RuleSyntaxException} at the place of the first problem.
     */
    public void validate(Expr e, Scope scope, SourcePos pos) {
        try {
            validate(e, scope);
        } catch (EvaluationException ex) {
            throw new RuleSyntaxException(pos.plusColumns(Math.max(0, ex.offset())), ex.getMessage());
        }
    }

    /** The instance numbers of a repeated component that could exist under the bound scope (1..max). */
    public int maxInstances(String template) {
        return space.component(template).map(Component::max).orElse(0);
    }

    /** The variable id of a fully bound reference, e.g. {@code section.width} with section→2. */
    public Optional<String> variableId(Expr.Ref ref, Scope scope) {
        Path p = resolve(ref, scope);
        if (p.kind != PathKind.VAR || p.hasFree(scope)) {
            return Optional.empty();
        }
        return Optional.of(p.id(scope));
    }

    /**
     * The variable id of a fully bound reference to a choice, a measure, a many-of option or a component count
     * ({@code section.count}); empty for anything else (a component, a derived value, a text) or when an instance
     * number is still free.
     */
    public Optional<String> variableOrCountId(Expr.Ref ref, Scope scope) {
        Path p = resolve(ref, scope);
        if ((p.kind != PathKind.VAR && p.kind != PathKind.COUNT) || p.hasFree(scope)) {
            return Optional.empty();
        }
        return Optional.of(p.id(scope));
    }

    /**
     * The first reference in {@code e} (or in a derived value it uses) to a free-text field, if any. Rules may not
     * read texts: they are not variables of the rules engine.
     */
    public Optional<Expr.Ref> textReference(Expr e, Scope scope) {
        return textReference(e, scope, new java.util.HashSet<>());
    }

    private Optional<Expr.Ref> textReference(Expr e, Scope scope, Set<String> seenDerived) {
        if (e instanceof Expr.Ref r) {
            if (r.isSimpleName() && !resolvable(r, scope)) {
                return Optional.empty();
            }
            Path p = resolve(r, scope);
            if (p.kind == PathKind.TEXT) {
                return Optional.of(r);
            }
            if (p.kind == PathKind.DERIVED && seenDerived.add(p.derived.id())) {
                return textReference(derivedExpr(p.derived), Scope.ROOT, seenDerived);
            }
            return Optional.empty();
        }
        if (e instanceof Expr.Binary b && (b.op().equals("=") || b.op().equals("!="))) {
            if (b.right() instanceof Expr.Ref rr && rr.isSimpleName() && choiceGroup(b.left(), scope) != null) {
                return textReference(b.left(), scope, seenDerived);
            }
            if (b.left() instanceof Expr.Ref lr && lr.isSimpleName() && choiceGroup(b.right(), scope) != null) {
                return textReference(b.right(), scope, seenDerived);
            }
        }
        for (Expr c : children(e)) {
            if (c instanceof Expr.Str) {
                continue;
            }
            Optional<Expr.Ref> t = textReference(c, scope, seenDerived);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------- resolution

    enum PathKind { VAR, COMPONENT, COUNT, DERIVED, TEXT }

    /** One step of a resolved path through the component tree. */
    record Step(String name, String template, boolean repeated, int index) {
    }

    /** A reference resolved against the product structure; instance numbers may still come from the scope. */
    record Path(PathKind kind, List<Step> steps, String tail, ProductSpace.Var var, Derived derived,
                        Component component) {

        boolean hasFree(Scope scope) {
            return firstFree(scope) != null;
        }

        String firstFree(Scope scope) {
            for (Step s : steps) {
                if (s.repeated && s.index == 0 && !scope.indices().containsKey(s.template)) {
                    return s.template;
                }
            }
            return null;
        }

        /** Instance path of the steps, with indices from the scope. */
        String instancePath(Scope scope) {
            StringBuilder sb = new StringBuilder();
            for (Step s : steps) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s.name);
                if (s.repeated) {
                    int idx = s.index != 0 ? s.index : scope.indices().get(s.template);
                    sb.append('[').append(idx).append(']');
                }
            }
            return sb.toString();
        }

        String id(Scope scope) {
            String inst = instancePath(scope);
            return inst.isEmpty() ? tail : inst + "." + tail;
        }
    }

    Path resolve(Expr.Ref ref, Scope scope) {
        Map<String, Object> byContext = resolved.computeIfAbsent(ref, r -> new java.util.HashMap<>());
        Object p = byContext.get(scope.context());
        if (p == null) {
            try {
                p = resolveUncached(ref, scope.context());
            } catch (EvaluationException e) {
                p = e; // names that do not resolve (option ids) are asked about again and again
            }
            byContext.put(scope.context(), p);
        }
        if (p instanceof EvaluationException e) {
            throw e;
        }
        return (Path) p;
    }

    /** Like {@link #resolve}, but null instead of an exception for a name that does not resolve. */
    Path tryResolve(Expr.Ref ref, Scope scope) {
        try {
            return resolve(ref, scope);
        } catch (EvaluationException ex) {
            return null;
        }
    }

    private Path resolveUncached(Expr.Ref ref, String context) {
        String ctx = context;
        while (true) {
            Path p = resolveFrom(ref, ctx);
            if (p != null) {
                return p;
            }
            if (ctx.isEmpty()) {
                break;
            }
            int dot = ctx.lastIndexOf('.');
            ctx = dot < 0 ? "" : ctx.substring(0, dot);
        }
        if (ref.isSimpleName()) {
            String name = ref.segments().get(0).name();
            for (Derived d : space.product().derived()) {
                if (d.id().equals(name)) {
                    return new Path(PathKind.DERIVED, List.of(), name, null, d, null);
                }
            }
        }
        throw new EvaluationException(ref.offset(), "unknown name '" + ref + "'"
                + (context.isEmpty() ? "" : " (looked in " + context + " and its parents)"));
    }

    /** Resolves {@code ref} starting at the component with template {@code start}; null if the first name is not there. */
    private Path resolveFrom(Expr.Ref ref, String start) {
        List<Step> steps = new ArrayList<>();
        Component comp = space.product().root();
        String template = "";
        if (!start.isEmpty()) {
            for (String name : start.split("\\.")) {
                Component child = comp.child(name).orElse(null);
                if (child == null) {
                    return null;
                }
                template = template.isEmpty() ? name : template + "." + name;
                steps.add(new Step(name, template, child.isRepeated(), 0));
                comp = child;
            }
        }
        List<Expr.Segment> segs = ref.segments();
        for (int i = 0; i < segs.size(); i++) {
            Expr.Segment seg = segs.get(i);
            boolean last = i == segs.size() - 1;
            String tprefix = template.isEmpty() ? "" : template + ".";
            Optional<OptionGroup> group = comp.group(seg.name());
            if (group.isPresent()) {
                requireNoIndex(seg, ref);
                OptionGroup g = group.get();
                if (g.kind() == OptionGroup.Kind.ONE) {
                    if (!last) {
                        throw new EvaluationException(ref.offset(), "'" + seg.name() + "' is a choice; nothing"
                                + " follows it in '" + ref + "'");
                    }
                    return new Path(PathKind.VAR, steps, g.id(), var(tprefix + g.id()), null, null);
                }
                if (last || i + 2 != segs.size()) {
                    throw new EvaluationException(ref.offset(), "'" + seg.name() + "' allows several options;"
                            + " name one, e.g. " + ref + "." + g.options().get(0).id());
                }
                String opt = segs.get(i + 1).name();
                if (g.option(opt).isEmpty()) {
                    throw new EvaluationException(ref.offset(), "'" + opt + "' is not an option of '"
                            + seg.name() + "'");
                }
                return new Path(PathKind.VAR, steps, g.id() + "." + opt, var(tprefix + g.id() + "." + opt),
                        null, null);
            }
            if (comp.parameter(seg.name()).isPresent()) {
                requireNoIndex(seg, ref);
                if (!last) {
                    throw new EvaluationException(ref.offset(), "'" + seg.name() + "' is a measure; nothing"
                            + " follows it in '" + ref + "'");
                }
                return new Path(PathKind.VAR, steps, seg.name(), var(tprefix + seg.name()), null, null);
            }
            if (comp.text(seg.name()).isPresent()) {
                requireNoIndex(seg, ref);
                if (!last) {
                    throw new EvaluationException(ref.offset(), "'" + seg.name() + "' is a text; nothing"
                            + " follows it in '" + ref + "'");
                }
                return new Path(PathKind.TEXT, steps, seg.name(), null, null, null);
            }
            Optional<Component> child = comp.child(seg.name());
            if (child.isPresent()) {
                Component c = child.get();
                if (seg.index() != 0 && (!c.isRepeated() || seg.index() > c.max())) {
                    throw new EvaluationException(ref.offset(), "'" + seg.name() + "' has no instance "
                            + seg.index());
                }
                if (!last && segs.get(i + 1).name().equals("count") && i + 2 == segs.size()) {
                    if (!c.isRepeated()) {
                        throw new EvaluationException(ref.offset(), "'" + seg.name() + "' always exists once;"
                                + " it has no count");
                    }
                    return new Path(PathKind.COUNT, steps, seg.name() + ".count", var(tprefix + seg.name()
                            + ".count"), null, c);
                }
                template = tprefix + seg.name();
                steps = new ArrayList<>(steps);
                steps.add(new Step(seg.name(), template, c.isRepeated(), seg.index()));
                comp = c;
                if (last) {
                    return new Path(PathKind.COMPONENT, steps, "", null, null, c);
                }
                continue;
            }
            if (i == 0) {
                return null;
            }
            throw new EvaluationException(ref.offset(), "'" + seg.name() + "' is not part of '"
                    + segs.get(i - 1).name() + "'");
        }
        return null;
    }

    private ProductSpace.Var var(String template) {
        return space.variables().stream().filter(v -> v.template().equals(template)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no variable for " + template));
    }

    private static void requireNoIndex(Expr.Segment seg, Expr.Ref ref) {
        if (seg.index() != 0) {
            throw new EvaluationException(ref.offset(), "'" + seg.name() + "' is not a component; it takes no"
                    + " instance number");
        }
    }

    Expr derivedExpr(Derived d) {
        return derived.computeIfAbsent(d.id(), k -> RuleParser.parseExpression(d.expression(), SourcePos.UNKNOWN));
    }

    // ---------------------------------------------------------------------------------------- static walks

    private void collectFree(Expr e, Scope scope, Set<String> dims) {
        if (e instanceof Expr.Ref r) {
            if (r.isSimpleName() && !resolvable(r, scope)) {
                return;
            }
            Path p = resolve(r, scope);
            for (Step s : p.steps) {
                if (s.repeated && s.index == 0 && !scope.indices().containsKey(s.template)) {
                    if (p.kind == PathKind.COMPONENT && s == p.steps.get(p.steps.size() - 1)) {
                        continue; // a component named as a whole means its count, not each instance
                    }
                    dims.add(s.template);
                }
            }
        } else if (e instanceof Expr.Call c) {
            if (!isAggregate(c.name())) {
                c.args().forEach(a -> collectFree(a, scope, dims));
            }
        } else {
            children(e).forEach(x -> collectFree(x, scope, dims));
        }
    }

    boolean resolvable(Expr.Ref r, Scope scope) {
        return tryResolve(r, scope) != null;
    }

    private void collectDependencies(Expr e, Scope scope, Set<String> deps) {
        List<String> free = freeDimensionsIncludingAggregates(e, scope);
        if (!free.isEmpty()) {
            String dim = free.get(0);
            for (int i = 1; i <= maxInstances(dim); i++) {
                Scope bound = scope.bind(dim, i);
                addPresenceDeps(dim, bound, deps);
                collectDependencies(e, bound, deps);
            }
            return;
        }
        if (e instanceof Expr.Ref r) {
            if (r.isSimpleName() && !resolvable(r, scope)) {
                return;
            }
            Path p = resolve(r, scope);
            switch (p.kind) {
                case TEXT -> addPathPresenceDeps(p, scope, deps);
                case VAR, COUNT -> {
                    deps.add(p.id(scope));
                    addPathPresenceDeps(p, scope, deps);
                }
                case COMPONENT -> {
                    addPathPresenceDeps(p, scope, deps);
                    Step lastStep = p.steps.get(p.steps.size() - 1);
                    if (lastStep.repeated && lastStep.index == 0
                            && !scope.indices().containsKey(lastStep.template)) {
                        deps.add(countVarId(p, scope));
                    }
                }
                case DERIVED -> collectDependencies(derivedExpr(p.derived), Scope.ROOT, deps);
                default -> {
                }
            }
        } else if (e instanceof Expr.Call c && c.name().equals("before")) {
            return;
        } else {
            children(e).forEach(x -> collectDependencies(x, scope, deps));
        }
    }

    /** Free dimensions including those inside aggregates (which range over them). */
    private List<String> freeDimensionsIncludingAggregates(Expr e, Scope scope) {
        Set<String> dims = new LinkedHashSet<>();
        collectFreeDeep(e, scope, dims);
        return new ArrayList<>(dims);
    }

    private void collectFreeDeep(Expr e, Scope scope, Set<String> dims) {
        if (e instanceof Expr.Ref) {
            collectFree(e, scope, dims);
        } else {
            children(e).forEach(x -> collectFreeDeep(x, scope, dims));
        }
    }

    private void addPresenceDeps(String template, Scope scope, Set<String> deps) {
        addInstancePresenceDeps(instancePathOf(template, scope), deps);
    }

    /** The counts that decide whether the instance at {@code instancePath} exists. */
    private void addInstancePresenceDeps(String instancePath, Set<String> deps) {
        ProductSpace.Instance instance = space.instance(instancePath).orElse(null);
        while (instance != null) {
            if (instance.index() > 0) {
                deps.add(instance.parent().countId(instance.component()));
            }
            instance = instance.parent();
        }
    }

    private void addPathPresenceDeps(Path p, Scope scope, Set<String> deps) {
        List<Step> steps = p.steps;
        if (!steps.isEmpty()) {
            Step last = steps.get(steps.size() - 1);
            if (last.repeated && last.index == 0 && !scope.indices().containsKey(last.template)) {
                steps = steps.subList(0, steps.size() - 1); // the component as a whole: its parent must exist
            }
        }
        if (!steps.isEmpty()) {
            // explicit instance numbers (section[2]) come from the steps, the others from the scope
            addInstancePresenceDeps(new Path(PathKind.COMPONENT, steps, "", null, null, null).instancePath(scope),
                    deps);
        }
    }

    String instancePathOf(String template, Scope scope) {
        StringBuilder sb = new StringBuilder();
        String t = "";
        for (String name : template.split("\\.")) {
            t = t.isEmpty() ? name : t + "." + name;
            Component c = space.component(t).orElseThrow();
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
            if (c.isRepeated()) {
                Integer idx = scope.indices().get(t);
                if (idx == null) {
                    throw new IllegalStateException(t + " is not bound");
                }
                sb.append('[').append(idx).append(']');
            }
        }
        return sb.toString();
    }

    String countVarId(Path p, Scope scope) {
        List<Step> parentSteps = p.steps.subList(0, p.steps.size() - 1);
        Path parent = new Path(PathKind.COMPONENT, parentSteps, "", null, null, null);
        String inst = parent.instancePath(scope);
        Step last = p.steps.get(p.steps.size() - 1);
        return (inst.isEmpty() ? "" : inst + ".") + last.name + ".count";
    }

    private void validate(Expr e, Scope scope) {
        if (e instanceof Expr.Ref r) {
            resolve(r, scope);
        } else if (e instanceof Expr.Binary b) {
            {
                boolean eq = b.op().equals("=") || b.op().equals("!=");
                if (eq && b.right() instanceof Expr.Ref rr && rr.isSimpleName() && choiceGroup(b.left(), scope) != null) {
                    validate(b.left(), scope);
                    requireOption(choiceGroup(b.left(), scope), rr);
                } else if (eq && b.left() instanceof Expr.Ref lr && lr.isSimpleName()
                        && choiceGroup(b.right(), scope) != null) {
                    validate(b.right(), scope);
                    requireOption(choiceGroup(b.right(), scope), lr);
                } else {
                    validate(b.left(), scope);
                    validate(b.right(), scope);
                }
            }
        } else if (e instanceof Expr.In in) {
            validate(in.operand(), scope);
            OptionGroup g = choiceGroup(in.operand(), scope);
            for (Expr v : in.values()) {
                if (v instanceof Expr.Ref r && g != null) {
                    requireOption(g, r);
                }
            }
        } else if (e instanceof Expr.Call c) {
            validateCall(c, scope);
        } else {
            children(e).forEach(x -> validate(x, scope));
        }
    }

    private void validateCall(Expr.Call c, Scope scope) {
        int n = c.args().size();
        boolean ok = switch (c.name()) {
            case "true", "false", "index" -> n == 0;
            case "sum", "count", "abs", "floor", "ceil", "before" -> n == 1;
            case "round" -> n == 1 || n == 2;
            case "min", "max" -> n >= 1;
            case "attr" -> n == 2 && c.args().get(1) instanceof Expr.Str;
            case "tier" -> n == 1;
            case "if" -> n == 3;
            default -> false;
        };
        if (!ok) {
            throw new EvaluationException(c.offset(), "wrong arguments for " + c.name() + "(…)");
        }
        if (c.name().equals("attr") || c.name().equals("tier")) {
            if (choiceGroup(c.args().get(0), scope) == null) {
                throw new EvaluationException(c.offset(), c.name() + "(…) needs a choice such as frame.finish");
            }
        }
        for (Expr a : c.args()) {
            if (!(a instanceof Expr.Str)) {
                validate(a, scope);
            }
        }
    }

    private void requireOption(OptionGroup g, Expr.Ref r) {
        String name = r.segments().get(0).name();
        if (g.option(name).isEmpty()) {
            throw new EvaluationException(r.offset(), "'" + name + "' is not an option of '" + g.id() + "'");
        }
    }

    /** The one-of group {@code e} names, if it is a reference to one. */
    OptionGroup choiceGroup(Expr e, Scope scope) {
        if (e instanceof Expr.Ref r) {
            Path p = tryResolve(r, scope);
            if (p != null && p.kind == PathKind.VAR && p.var.kind() == ProductSpace.Kind.GROUP) {
                return p.var.group();
            }
        }
        return null;
    }

    /** The direct sub-expressions of {@code e} (not the constant sets of {@code in}). */
    private static List<Expr> children(Expr e) {
        if (e instanceof Expr.Unary u) {
            return List.of(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        }
        if (e instanceof Expr.In in) {
            return List.of(in.operand());
        }
        if (e instanceof Expr.Cardinality c) {
            return c.items();
        }
        if (e instanceof Expr.Call c) {
            return c.args();
        }
        return List.of();
    }

    private static boolean isAggregate(String name) {
        return name.equals("sum") || name.equals("count") || name.equals("before")
                || name.equals("min") || name.equals("max");
    }

    static String describe(Value v) {
        if (v instanceof Value.Unknown) {
            return "not chosen yet";
        }
        if (v instanceof Value.Na) {
            return "not applicable";
        }
        if (v instanceof Value.Sym s) {
            return "the choice '" + s.value() + "'";
        }
        return v instanceof Value.Bool ? "a condition" : "a number";
    }

    // ---------------------------------------------------------------------------------------- evaluation

    /** One evaluation with one value lookup. */
    private final class Run {

        private final Function<String, String> values;

        Run(Function<String, String> values) {
            this.values = values;
        }

        Value eval(Expr e, Scope scope) {
            if (e instanceof Expr.Num n) {
                return new Value.Num(n.value());
            } else if (e instanceof Expr.Str s) {
                return new Value.Sym(s.value());
            } else if (e instanceof Expr.Ref r) {
                return ref(r, scope);
            } else if (e instanceof Expr.Unary u) {
                return unary(u, scope);
            } else if (e instanceof Expr.Binary b) {
                return binary(b, scope);
            } else if (e instanceof Expr.In in) {
                return in(in, scope);
            } else if (e instanceof Expr.Call c) {
                return call(c, scope);
            }
            return cardinality((Expr.Cardinality) e, scope);
        }

        private Value ref(Expr.Ref r, Scope scope) {
            Path p = resolve(r, scope);
            String free = p.kind == PathKind.COMPONENT ? null : p.firstFree(scope);
            if (p.kind == PathKind.COMPONENT) {
                for (int i = 0; i < p.steps.size() - 1; i++) {
                    Step s = p.steps.get(i);
                    if (s.repeated && s.index == 0 && !scope.indices().containsKey(s.template)) {
                        free = s.template;
                        break;
                    }
                }
            }
            if (free != null) {
                throw new EvaluationException(r.offset(), "'" + r + "' names every " + free + "; use sum(…),"
                        + " count(…) or an instance number");
            }
            return switch (p.kind) {
                case DERIVED -> eval(derivedExpr(p.derived), Scope.ROOT);
                case VAR -> varValue(p.var, p.id(scope));
                case COUNT -> varValue(p.var, p.id(scope));
                case COMPONENT -> component(p, scope);
                case TEXT -> {
                    String text = values.apply(p.id(scope));
                    yield text == null || text.isEmpty() ? Value.NA : new Value.Sym(text);
                }
            };
        }

        private Value component(Path p, Scope scope) {
            Step last = p.steps.get(p.steps.size() - 1);
            boolean bound = !last.repeated || last.index != 0 || scope.indices().containsKey(last.template);
            if (bound) {
                return present(p.instancePath(scope));
            }
            String countId = countVarId(p, scope);
            return varValue(space.variable(countId).orElseThrow(), countId);
        }

        private Value varValue(ProductSpace.Var var, String id) {
            String v = values.apply(id);
            return v == null ? Value.UNKNOWN : valueOf(var, v);
        }

        /** Whether an instance exists: its parent exists and the parent's count reaches its number. */
        private Value present(String instancePath) {
            ProductSpace.Instance inst = space.instance(instancePath).orElse(null);
            if (inst == null) {
                return Value.FALSE;
            }
            boolean unknown = false;
            for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
                if (i.index() > 0) {
                    String c = values.apply(i.parent().countId(i.component()));
                    if (c == null) {
                        unknown = true;
                    } else if (c.equals(ProductSpace.NA) || Integer.parseInt(c) < i.index()) {
                        return Value.FALSE;
                    }
                }
            }
            return unknown ? Value.UNKNOWN : Value.TRUE;
        }

        private Value unary(Expr.Unary u, Scope scope) {
            Value v = eval(u.operand(), scope);
            if (u.op().equals("not")) {
                return not(truth(v, u.operand()));
            }
            if (v instanceof Value.Num n) {
                return new Value.Num(n.value().negate());
            }
            return passThrough(v, u);
        }

        private Value binary(Expr.Binary b, Scope scope) {
            String op = b.op();
            switch (op) {
                case "and": {
                    Value l = truth(eval(b.left(), scope), b.left());
                    if (l == Value.FALSE) {
                        return Value.FALSE;
                    }
                    return and(l, truth(eval(b.right(), scope), b.right()));
                }
                case "or": {
                    Value l = truth(eval(b.left(), scope), b.left());
                    if (l == Value.TRUE) {
                        return Value.TRUE;
                    }
                    return or(l, truth(eval(b.right(), scope), b.right()));
                }
                case "implies":
                case "requires":
                    return or(not(truth(eval(b.left(), scope), b.left())), truth(eval(b.right(), scope), b.right()));
                case "excludes":
                    return not(and(truth(eval(b.left(), scope), b.left()), truth(eval(b.right(), scope), b.right())));
                case "iff": {
                    Value l = truth(eval(b.left(), scope), b.left());
                    Value r = truth(eval(b.right(), scope), b.right());
                    if (l instanceof Value.Unknown || r instanceof Value.Unknown) {
                        return Value.UNKNOWN;
                    }
                    return Value.of(l.equals(r));
                }
                case "=":
                case "!=": {
                    Value eq = equality(b, scope);
                    return op.equals("=") ? eq : (eq instanceof Value.Bool x ? Value.of(!x.value()) : eq);
                }
                default:
                    return arithmeticOrOrder(b, scope);
            }
        }

        private Value equality(Expr.Binary b, Scope scope) {
            Value l = b.left() instanceof Expr.Ref lr && lr.isSimpleName() && choiceGroup(b.right(), scope) != null
                    ? new Value.Sym(lr.segments().get(0).name()) : eval(b.left(), scope);
            Value r = b.right() instanceof Expr.Ref rr && rr.isSimpleName() && !(l instanceof Value.Num)
                    && (choiceGroup(b.left(), scope) != null || !resolvable(rr, scope))
                    ? new Value.Sym(rr.segments().get(0).name()) : eval(b.right(), scope);
            return equal(l, r);
        }

        private Value in(Expr.In in, Scope scope) {
            Value v = eval(in.operand(), scope);
            if (v instanceof Value.Unknown) {
                return Value.UNKNOWN;
            }
            boolean found = false;
            for (Expr e : in.values()) {
                Value c = e instanceof Expr.Ref r ? new Value.Sym(r.segments().get(0).name()) : eval(e, scope);
                if (equal(v, c) == Value.TRUE) {
                    found = true;
                    break;
                }
            }
            return Value.of(found != in.negated());
        }

        private Value arithmeticOrOrder(Expr.Binary b, Scope scope) {
            return Evaluator.arithmeticOrOrder(b, eval(b.left(), scope), eval(b.right(), scope));
        }

        private Value cardinality(Expr.Cardinality c, Scope scope) {
            int yes = 0;
            int unknown = 0;
            for (Expr item : c.items()) {
                for (Value v : each(item, scope)) {
                    Value t = truth(v, item);
                    if (t == Value.TRUE) {
                        yes++;
                    } else if (t instanceof Value.Unknown) {
                        unknown++;
                    }
                }
            }
            return cardinalityOf(c, yes, unknown);
        }

        /** The values of {@code e} for every present instance of its free dimensions. */
        private List<Value> each(Expr e, Scope scope) {
            List<Value> out = new ArrayList<>();
            List<String> free = freeDimensions(e, scope);
            if (free.isEmpty()) {
                out.add(eval(e, scope));
                return out;
            }
            String dim = free.get(0);
            for (int i = 1; i <= maxInstances(dim); i++) {
                Scope bound = scope.bind(dim, i);
                Value present = present(instancePathOf(dim, bound));
                if (present == Value.FALSE) {
                    continue;
                }
                if (present instanceof Value.Unknown) {
                    out.add(Value.UNKNOWN);
                    continue;
                }
                out.addAll(each(e, bound));
            }
            return out;
        }

        private Value call(Expr.Call c, Scope scope) {
            List<Expr> args = c.args();
            switch (c.name()) {
                case "true":
                    return Value.TRUE;
                case "false":
                    return Value.FALSE;
                case "sum":
                    return sum(each(args.get(0), scope), args.get(0));
                case "count":
                    return count(each(args.get(0), scope));
                case "min":
                case "max": {
                    BigDecimal best = null;
                    for (Expr a : args) {
                        for (Value v : each(a, scope)) {
                            if (v instanceof Value.Unknown) {
                                return Value.UNKNOWN;
                            }
                            if (v instanceof Value.Na) {
                                continue;
                            }
                            BigDecimal x = num(v, a);
                            if (best == null || (c.name().equals("min") ? x.compareTo(best) < 0 : x.compareTo(best) > 0)) {
                                best = x;
                            }
                        }
                    }
                    return best == null ? Value.NA : new Value.Num(best);
                }
                case "before":
                    return before(c, scope);
                case "abs":
                case "floor":
                case "ceil":
                case "round": {
                    Value v = eval(args.get(0), scope);
                    if (!(v instanceof Value.Num n)) {
                        return passThrough(v, c);
                    }
                    int digits = args.size() > 1 ? num(eval(args.get(1), scope), args.get(1)).intValue() : 0;
                    return new Value.Num(switch (c.name()) {
                        case "abs" -> n.value().abs();
                        case "floor" -> n.value().setScale(0, RoundingMode.FLOOR);
                        case "ceil" -> n.value().setScale(0, RoundingMode.CEILING);
                        default -> n.value().setScale(digits, RoundingMode.HALF_UP);
                    });
                }
                case "index": {
                    String ctx = scope.context();
                    Integer idx = scope.indices().get(ctx);
                    return new Value.Num(BigDecimal.valueOf(idx == null ? 1 : idx));
                }
                case "if": {
                    Value cond = truth(eval(args.get(0), scope), args.get(0));
                    if (cond instanceof Value.Unknown) {
                        return Value.UNKNOWN;
                    }
                    return eval(cond == Value.TRUE ? args.get(1) : args.get(2), scope);
                }
                case "attr":
                case "tier":
                    return optionFact(c, scope);
                default:
                    throw new EvaluationException(c.offset(), "unknown function " + c.name());
            }
        }

        /** Sum of the argument over the earlier instances of the context component (for placing side by side). */
        private Value before(Expr.Call c, Scope scope) {
            String ctx = scope.context();
            Integer current = scope.indices().get(ctx);
            if (current == null) {
                throw new EvaluationException(c.offset(), "before(…) needs a repeated component as context");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 1; i < current; i++) {
                Value v = eval(c.args().get(0), scope.bind(ctx, i));
                if (v instanceof Value.Unknown) {
                    return Value.UNKNOWN;
                }
                if (v instanceof Value.Num n) {
                    total = total.add(n.value());
                }
            }
            return new Value.Num(total);
        }

        private Value optionFact(Expr.Call c, Scope scope) {
            OptionGroup g = choiceGroup(c.args().get(0), scope);
            if (g == null) {
                throw new EvaluationException(c.offset(), c.name() + "(…) needs a choice such as frame.finish");
            }
            return Evaluator.optionFact(c, g, eval(c.args().get(0), scope), space);
        }
    }

    /**
     * {@code tier(choice)} or {@code attr(choice, "name")} of the chosen option {@code v} of group {@code g}; shared
     * by the interpreter and compiled expressions so both answer (and fail) alike.
     */
    /** {@code atleast/atmost/exactly k of …} given how many items are true and how many are still unknown. */
    static Value cardinalityOf(Expr.Cardinality c, int yes, int unknown) {
        int k = c.k();
        return switch (c.kind()) {
            case "atleast" -> yes >= k ? Value.TRUE : yes + unknown < k ? Value.FALSE : Value.UNKNOWN;
            case "atmost" -> yes > k ? Value.FALSE : yes + unknown <= k ? Value.TRUE : Value.UNKNOWN;
            default -> yes > k || yes + unknown < k ? Value.FALSE
                    : unknown == 0 ? Value.TRUE : Value.UNKNOWN;
        };
    }

    static Value optionFact(Expr.Call c, OptionGroup g, Value v, ProductSpace space) {
        if (!(v instanceof Value.Sym s)) {
            return passThrough(v, c);
        }
        Option o = g.option(s.value()).orElseThrow(() ->
                new EvaluationException(c.offset(), "'" + s.value() + "' is not an option of " + g.id()));
        if (c.name().equals("tier")) {
            int tier = o.material() == null ? 1
                    : space.material(o.material()).map(Material::tier).orElse(1);
            return new Value.Num(BigDecimal.valueOf(tier));
        }
        String name = ((Expr.Str) c.args().get(1)).value();
        Double a = o.attributes().get(name);
        if (a == null) {
            throw new EvaluationException(c.offset(), "option '" + o.id() + "' has no attribute '" + name + "'");
        }
        return new Value.Num(BigDecimal.valueOf(a));
    }

    // ---------------------------------------------------------------------------------------- value semantics

    /** {@code l op r} for the arithmetic and order operators: unknown or n/a if either side is. */
    static Value arithmeticOrOrder(Expr.Binary b, Value l, Value r) {
        if (l instanceof Value.Unknown || r instanceof Value.Unknown) {
            return Value.UNKNOWN;
        }
        if (l instanceof Value.Na || r instanceof Value.Na) {
            return Value.NA;
        }
        BigDecimal a = num(l, b.left());
        BigDecimal c = num(r, b.right());
        return switch (b.op()) {
            case "+" -> new Value.Num(a.add(c));
            case "-" -> new Value.Num(a.subtract(c));
            case "*" -> new Value.Num(a.multiply(c));
            case "/" -> {
                if (c.signum() == 0) {
                    throw new EvaluationException(b.offset(), "division by zero in '" + b + "'");
                }
                yield new Value.Num(a.divide(c, MC));
            }
            case "<" -> Value.of(a.compareTo(c) < 0);
            case "<=" -> Value.of(a.compareTo(c) <= 0);
            case ">" -> Value.of(a.compareTo(c) > 0);
            case ">=" -> Value.of(a.compareTo(c) >= 0);
            default -> throw new EvaluationException(b.offset(), "unknown operator " + b.op());
        };
    }

    /** What a variable's value id (not null) is as a value: n/a, an option symbol, a truth value or a number. */
    static Value valueOf(ProductSpace.Var var, String v) {
        if (v.equals(ProductSpace.NA)) {
            return Value.NA;
        }
        return switch (var.kind()) {
            case GROUP -> new Value.Sym(v);
            case FLAG -> Value.of(v.equals(ProductSpace.YES));
            case PARAMETER, COUNT -> new Value.Num(new BigDecimal(v));
        };
    }

    /** {@code sum(list)}: unknown if any item is; n/a items add nothing (shared with the compiled form). */
    static Value sum(List<Value> items, Expr where) {
        BigDecimal total = BigDecimal.ZERO;
        for (Value v : items) {
            if (v instanceof Value.Unknown) {
                return Value.UNKNOWN;
            }
            if (v instanceof Value.Num n) {
                total = total.add(n.value());
            } else if (!(v instanceof Value.Na)) {
                total = total.add(num(v, where));
            }
        }
        return new Value.Num(total);
    }

    /** {@code count(list)}: numbers add their value, true adds one; unknown if any item is. */
    static Value count(List<Value> items) {
        int total = 0;
        for (Value v : items) {
            if (v instanceof Value.Unknown) {
                return Value.UNKNOWN;
            }
            if (v instanceof Value.Num n) {
                total += n.value().intValue();
            } else if (v == Value.TRUE) {
                total++;
            }
        }
        return new Value.Num(BigDecimal.valueOf(total));
    }

    static BigDecimal num(Value v, Expr where) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        throw new EvaluationException(where.offset(), "'" + where + "' is " + describe(v) + ", not a number");
    }

    static Value truth(Value v, Expr where) {
        if (v instanceof Value.Bool || v instanceof Value.Unknown) {
            return v;
        }
        if (v instanceof Value.Na) {
            return Value.FALSE;
        }
        if (v instanceof Value.Num) {
            throw new EvaluationException(where.offset(), "'" + where
                    + "' is a number, not a condition; compare it, e.g. " + where + " > 0");
        }
        throw new EvaluationException(where.offset(), "'" + where
                + "' is a choice, not a condition; compare it, e.g. " + where + " = …");
    }

    static Value passThrough(Value v, Expr where) {
        if (v instanceof Value.Unknown || v instanceof Value.Na) {
            return v;
        }
        throw new EvaluationException(where.offset(), "'" + where + "' needs a number");
    }

    static Value not(Value v) {
        return v instanceof Value.Bool b ? Value.of(!b.value()) : v;
    }

    static Value and(Value a, Value b) {
        if (a == Value.FALSE || b == Value.FALSE) {
            return Value.FALSE;
        }
        if (a == Value.TRUE && b == Value.TRUE) {
            return Value.TRUE;
        }
        return Value.UNKNOWN;
    }

    static Value or(Value a, Value b) {
        if (a == Value.TRUE || b == Value.TRUE) {
            return Value.TRUE;
        }
        if (a == Value.FALSE && b == Value.FALSE) {
            return Value.FALSE;
        }
        return Value.UNKNOWN;
    }

    static Value equal(Value l, Value r) {
        if (l instanceof Value.Unknown || r instanceof Value.Unknown) {
            return Value.UNKNOWN;
        }
        if (l instanceof Value.Na || r instanceof Value.Na) {
            return Value.FALSE;
        }
        if (l instanceof Value.Num a && r instanceof Value.Num c) {
            return Value.of(a.value().compareTo(c.value()) == 0);
        }
        if (l instanceof Value.Num a && r instanceof Value.Sym s) {
            return Value.of(a.value().stripTrailingZeros().toPlainString().equals(s.value()));
        }
        if (l instanceof Value.Sym s && r instanceof Value.Num a) {
            return Value.of(a.value().stripTrailingZeros().toPlainString().equals(s.value()));
        }
        return Value.of(l.equals(r));
    }
}
