// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.EvaluationException;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Statement;
import dev.atelier.domain.rules.lang.Value;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles a product's rules into the finite-domain model the rules engine works on.
 * <ul>
 * <li>Variables: the {@link ProductSpace} variables, same order and ids.</li>
 * <li>Structure: every variable of an instance that can be absent is {@link ProductSpace#NA} exactly when the
 * instance is absent (its parent's count is below its number, or its parent is absent): one small table over
 * the deciding count and the variable, rule id {@code structure:<instance path>}.</li>
 * <li>Constraints: each rule is instantiated for every binding of its free dimensions (a rule about
 * {@code section.width} holds for each section) and applies only while the bound instances are present. It is
 * compiled extensionally: the Cartesian product of the domains of the variables it reads is enumerated (skipping
 * tuples the structure already excludes) and the satisfying tuples — or the violating ones, whichever list is
 * shorter — become a {@link TableConstraint} carrying the rule id. A rule whose product of domains exceeds the
 * limit (default {@value #DEFAULT_MAX_TUPLES}) is refused. See {@code docs/decisions/0005}.</li>
 * <li>Tables ({@code table (…) allow|forbid {…}}) directly; visibility ({@code visible X when C}) as
 * "X is not applicable exactly when its instance is absent or C is false"; defaults as {@link SoftDefault}s.</li>
 * </ul>
 * Rules may not read free-text fields. Problems are collected, not thrown one by one: see {@link #check}.
 */
public final class ProductCompiler {

    /** Largest product of domain sizes a single rule instance may have. */
    public static final long DEFAULT_MAX_TUPLES = 2_000_000L;

    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=");
    private static final Map<String, String> FLIPPED = Map.of("=", "=", "!=", "!=", "<", ">", "<=", ">=", ">", "<",
            ">=", "<=");

    /** Position used while parsing so offsets survive rules read without a position. */
    private static final SourcePos ORIGIN = new SourcePos("", 1, 1);

    private final long maxTuples;

    public ProductCompiler() {
        this(DEFAULT_MAX_TUPLES);
    }

    /** A compiler that refuses rule instances whose product of domain sizes exceeds {@code maxTuples}. */
    public ProductCompiler(long maxTuples) {
        if (maxTuples < 1) {
            throw new IllegalArgumentException("maxTuples must be positive");
        }
        this.maxTuples = maxTuples;
    }

    /**
     * What compiling gave: the compiled product (absent only when the product's variables could not be built)
     * and every problem, errors and warnings, in rule order.
     */
    public record Report(Optional<CompiledProduct> compiled, List<CompileProblem> problems) {
        public Report {
            Objects.requireNonNull(compiled, "compiled");
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(CompileProblem::error);
        }

        public List<CompileProblem> errors() {
            return problems.stream().filter(CompileProblem::error).toList();
        }
    }

    /**
     * Compiles a product.
     *
     * @param catalog its catalog (materials for {@code tier(…)}); may be null in tests
     * @throws RuleCompileException listing every error if any rule cannot be compiled
     */
    public CompiledProduct compile(Catalog catalog, Product product) {
        Report report = check(catalog, product);
        if (report.hasErrors()) {
            throw new RuleCompileException(product.id(), report.errors());
        }
        return report.compiled().orElseThrow();
    }

    /** Compiles a product, collecting every problem instead of throwing. */
    public Report check(Catalog catalog, Product product) {
        ProductSpace space;
        try {
            space = ProductSpace.of(catalog, product);
        } catch (IllegalArgumentException e) {
            return new Report(Optional.empty(), List.of(new CompileProblem("structure", SourcePos.UNKNOWN, 0,
                    e.getMessage(), true)));
        }
        return new Run(space).run();
    }

    /** A rule instance whose table would be too large. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** One compilation. */
    private final class Run {

        private final ProductSpace space;
        private final Product product;
        private final Evaluator ev;
        private final List<ProductSpace.Var> vars;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<FdConstraint> constraints = new ArrayList<>();
        private final Map<String, LocalizedText> messages = new LinkedHashMap<>();
        private final List<SoftDefault> defaults = new ArrayList<>();
        private final List<CompiledProduct.Visibility> visibility = new ArrayList<>();
        private final Set<Integer> governedByVisibility = new HashSet<>();
        private final List<CompileProblem> problems = new ArrayList<>();

        Run(ProductSpace space) {
            this.space = space;
            this.product = space.product();
            this.ev = new Evaluator(space);
            this.vars = space.variables();
            for (int i = 0; i < vars.size(); i++) {
                index.put(vars.get(i).id(), i);
            }
        }

        Report run() {
            structure();
            catalogDefaults();
            for (Rule r : product.rules()) {
                messages.put(r.id(), r.message());
                compileRule(r);
            }
            hiddenWithoutRule();
            List<FdVariable> fdVars = vars.stream().map(v -> new FdVariable(v.id(), v.values())).toList();
            Map<String, String> english = new LinkedHashMap<>();
            messages.forEach((k, v) -> english.put(k, v.get("en")));
            FdModel model = new FdModel(product.id(), fdVars, constraints, english);
            CompiledProduct compiled = new CompiledProduct(space, ev, model, messages, defaults, visibility,
                    problems.stream().filter(p -> !p.error()).toList());
            return new Report(Optional.of(compiled), problems);
        }

        // -------------------------------------------------------------------------------------------- structure

        /** The nearest instance at or above {@code inst} that is one of several (index > 0), or null. */
        private ProductSpace.Instance anchor(ProductSpace.Instance inst) {
            for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
                if (i.index() > 0) {
                    return i;
                }
            }
            return null;
        }

        private String countOf(ProductSpace.Instance anchor) {
            return anchor.parent().countId(anchor.component());
        }

        private void structure() {
            for (int v = 0; v < vars.size(); v++) {
                ProductSpace.Var var = vars.get(v);
                if (!var.instance().optional()) {
                    continue;
                }
                ProductSpace.Instance a = anchor(var.instance());
                if (a == null) {
                    continue;
                }
                addPresenceTable(v, a, mayBeHidden(var));
            }
        }

        /**
         * Table over (count deciding the anchor, variable): absent means NA; present means not NA unless the
         * variable may be hidden (then its visibility rule decides).
         */
        private void addPresenceTable(int v, ProductSpace.Instance anchor, boolean hideable) {
            int c = index.get(countOf(anchor));
            List<String> counts = vars.get(c).values();
            List<String> values = vars.get(v).values();
            int na = values.indexOf(ProductSpace.NA);
            List<int[]> allowed = new ArrayList<>();
            List<int[]> forbidden = new ArrayList<>();
            for (int ci = 0; ci < counts.size(); ci++) {
                boolean present = isPresent(counts.get(ci), anchor.index());
                for (int vi = 0; vi < values.size(); vi++) {
                    boolean ok = present ? (vi != na || hideable) : vi == na;
                    (ok ? allowed : forbidden).add(new int[]{ci, vi});
                }
            }
            String ruleId = "structure:" + vars.get(v).instance().path();
            structureMessage(ruleId, vars.get(v).instance());
            if (!forbidden.isEmpty()) {
                boolean supports = allowed.size() <= forbidden.size();
                constraints.add(new TableConstraint(ruleId, new int[]{c, v},
                        (supports ? allowed : forbidden).toArray(new int[0][]), supports));
            }
        }

        private void structureMessage(String ruleId, ProductSpace.Instance inst) {
            if (messages.containsKey(ruleId)) {
                return;
            }
            String label = inst.component().label().get("en");
            String labelDe = inst.component().label().get("de");
            messages.put(ruleId, LocalizedText.of(label + " " + inst.path()
                            + " has choices only while it is part of the product",
                    labelDe + " " + inst.path() + " hat nur Auswahlen, solange es Teil des Produkts ist"));
        }

        /** Hideable variables that no visibility rule governs are never hidden (only absent). */
        private void hiddenWithoutRule() {
            for (int v = 0; v < vars.size(); v++) {
                ProductSpace.Var var = vars.get(v);
                if (!mayBeHidden(var) || governedByVisibility.contains(v) || !var.values().contains(ProductSpace.NA)) {
                    continue;
                }
                ProductSpace.Instance a = anchor(var.instance());
                if (a == null || !var.instance().optional()) {
                    int na = var.values().indexOf(ProductSpace.NA);
                    String ruleId = "structure:" + (var.instance().path().isEmpty() ? product.id()
                            : var.instance().path());
                    structureMessage(ruleId, var.instance());
                    constraints.add(new TableConstraint(ruleId, new int[]{v}, new int[][]{{na}}, false));
                } else {
                    addPresenceTable(v, a, false);
                }
            }
        }

        /** Whether a visibility rule can hide the variable (itself, or its many-of group as a whole). */
        private boolean mayBeHidden(ProductSpace.Var var) {
            if (space.hideable().contains(var.template())) {
                return true;
            }
            if (var.kind() != ProductSpace.Kind.FLAG) {
                return false;
            }
            String t = var.template();
            return space.hideable().contains(t.substring(0, t.length() - var.option().id().length() - 1));
        }

        private boolean isPresent(String countValue, int instanceIndex) {
            return !countValue.equals(ProductSpace.NA) && Integer.parseInt(countValue) >= instanceIndex;
        }

        // -------------------------------------------------------------------------------------------- defaults

        private void catalogDefaults() {
            for (int v = 0; v < vars.size(); v++) {
                ProductSpace.Var var = vars.get(v);
                String value = switch (var.kind()) {
                    case GROUP -> var.group().defaultOption();
                    case FLAG -> var.option().id().equals(var.group().defaultOption()) ? ProductSpace.YES : null;
                    case PARAMETER -> var.parameter().defaultValue() == null ? null
                            : Parameter.format(var.parameter().defaultValue());
                    case COUNT -> null;
                };
                if (value != null) {
                    defaults.add(new SoftDefault(v, var.values().indexOf(value), "default:" + var.template(), null,
                            null));
                }
            }
        }

        // -------------------------------------------------------------------------------------------- rules

        private void compileRule(Rule r) {
            Statement st;
            try {
                st = RuleParser.parseRule(r.text(), ORIGIN);
            } catch (RuleSyntaxException e) {
                error(r, e.position().column() - 1, e.detail());
                return;
            }
            try {
                if (st instanceof Statement.Constraint c) {
                    constraint(r, c.condition());
                } else if (st instanceof Statement.Table t) {
                    table(r, t);
                } else if (st instanceof Statement.Visible vis) {
                    visible(r, vis);
                } else {
                    defaultRule(r, (Statement.Default) st);
                }
            } catch (RuleSyntaxException e) {
                error(r, e.position().column() - 1, e.detail());
            } catch (EvaluationException e) {
                error(r, Math.max(0, e.offset()), e.getMessage());
            } catch (TooLarge e) {
                error(r, 0, e.getMessage());
            }
        }

        private void error(Rule r, int offset, String message) {
            problems.add(new CompileProblem(r.id(), r.source(), offset, message, true));
        }

        private void validate(Expr e) {
            ev.validate(e, Scope.ROOT, ORIGIN);
            Optional<Expr.Ref> text = ev.textReference(e, Scope.ROOT);
            if (text.isPresent()) {
                throw new EvaluationException(text.get().offset(), "rules cannot read the text '" + text.get()
                        + "': texts are not choices (prices, geometry and the bill of materials may use them)");
            }
        }

        private void constraint(Rule r, Expr e) {
            validate(e);
            List<String> dims = ev.freeDimensions(e, Scope.ROOT);
            Map<String, List<Test>> compared = comparisons(List.of(e));
            for (Scope scope : bindings(dims)) {
                Set<String> deps = ev.dependencies(e, scope);
                List<ProductSpace.Instance> guard = guard(dims, scope, deps);
                LinkedHashSet<String> scopeIds = new LinkedHashSet<>(deps);
                guardCounts(guard, scopeIds);
                tableFor(r, e, scopeIds, compared, values -> {
                    if (!present(guard, values)) {
                        return true;
                    }
                    Value v = ev.eval(e, scope, values);
                    if (v instanceof Value.Unknown) {
                        throw unexpectedRead(e);
                    }
                    return v instanceof Value.Na || v == Value.TRUE;
                });
            }
        }

        private EvaluationException unexpectedRead(Expr e) {
            return new EvaluationException(e.offset(), "this rule reads values it does not name directly (e.g. "
                    + "through before(…), which is for placing parts); rewrite it with sum(…) or instance numbers");
        }

        private void table(Rule r, Statement.Table t) {
            List<String> dims = new ArrayList<>();
            for (Expr.Ref col : t.columns()) {
                validate(col);
                for (String d : ev.freeDimensions(col, Scope.ROOT)) {
                    if (!dims.contains(d)) {
                        dims.add(d);
                    }
                }
            }
            dims = outermostFirst(dims);
            List<Scope> scopes = bindings(dims);
            List<List<String>> rows = null;
            for (Scope scope : scopes) {
                List<String> colIds = new ArrayList<>();
                for (Expr.Ref col : t.columns()) {
                    String id = ev.variableOrCountId(col, scope).orElseThrow(() -> new EvaluationException(
                            col.offset(), "table column '" + col + "' must be a choice, a measure, an option of a "
                            + "many-of group or a count"));
                    colIds.add(id);
                }
                if (rows == null) {
                    rows = rowValues(t, colIds);
                }
                Set<List<String>> rowSet = new HashSet<>(rows);
                boolean optional = colIds.stream().anyMatch(id -> vars.get(index.get(id)).optional());
                if (dims.isEmpty() && !optional) {
                    int[] scopeIdx = colIds.stream().mapToInt(index::get).toArray();
                    List<int[]> tuples = new ArrayList<>();
                    Set<List<String>> seen = new HashSet<>();
                    for (List<String> row : rows) {
                        if (seen.add(row)) {
                            int[] tuple = new int[row.size()];
                            for (int i = 0; i < row.size(); i++) {
                                tuple[i] = vars.get(scopeIdx[i]).values().indexOf(row.get(i));
                            }
                            tuples.add(tuple);
                        }
                    }
                    constraints.add(new TableConstraint(r.id(), scopeIdx, tuples.toArray(new int[0][]), t.allow()));
                    continue;
                }
                List<ProductSpace.Instance> guard = guard(dims, scope, colIds);
                LinkedHashSet<String> scopeIds = new LinkedHashSet<>(colIds);
                guardCounts(guard, scopeIds);
                tableFor(r, t.columns().get(0), scopeIds, null, values -> {
                    if (!present(guard, values)) {
                        return true;
                    }
                    List<String> tuple = new ArrayList<>(colIds.size());
                    for (String id : colIds) {
                        String v = values.apply(id);
                        if (v.equals(ProductSpace.NA)) {
                            return true;
                        }
                        tuple.add(v);
                    }
                    return rowSet.contains(tuple) == t.allow();
                });
            }
        }

        /** The value ids of the rows, checked against the columns' domains. */
        private List<List<String>> rowValues(Statement.Table t, List<String> colIds) {
            List<List<String>> rows = new ArrayList<>();
            for (List<Expr> row : t.rows()) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    ids.add(valueId(row.get(i), vars.get(index.get(colIds.get(i))), t.columns().get(i).toString()));
                }
                rows.add(ids);
            }
            return rows;
        }

        /** The value id a literal stands for in a variable's domain. */
        private String valueId(Expr literal, ProductSpace.Var var, String name) {
            String id;
            if (literal instanceof Expr.Num n) {
                id = Parameter.format(n.value());
            } else if (literal instanceof Expr.Ref ref && ref.isSimpleName()) {
                id = ref.segments().get(0).name();
            } else if (literal instanceof Expr.Str s) {
                id = s.value();
            } else if (literal instanceof Expr.Call c && (c.name().equals("true") || c.name().equals("false"))) {
                id = c.name().equals("true") ? ProductSpace.YES : ProductSpace.NO;
            } else if (literal instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.Num n) {
                id = Parameter.format(n.value().negate());
            } else {
                throw new EvaluationException(literal.offset(), "'" + literal + "' must be a value of " + name);
            }
            if (id.equals(ProductSpace.NA) || !var.values().contains(id)) {
                List<String> domain = var.values().stream().filter(x -> !x.equals(ProductSpace.NA)).toList();
                throw new EvaluationException(literal.offset(), "'" + id + "' is not a value of " + name
                        + " (values: " + shortList(domain) + ")");
            }
            return id;
        }

        private String shortList(List<String> values) {
            if (values.size() <= 8) {
                return String.join(", ", values);
            }
            return String.join(", ", values.subList(0, 3)) + " … " + values.get(values.size() - 1);
        }

        private void visible(Rule r, Statement.Visible vis) {
            List<Expr.Ref> targets = visibilityTargets(vis.target());
            validate(vis.when());
            for (Expr.Ref target : targets) {
                List<String> dims = new ArrayList<>(ev.freeDimensions(target, Scope.ROOT));
                for (String d : ev.freeDimensions(vis.when(), Scope.ROOT)) {
                    if (!dims.contains(d)) {
                        dims.add(d);
                    }
                }
                dims = outermostFirst(dims);
                for (Scope scope : bindings(dims)) {
                    String x = ev.variableOrCountId(target, scope).orElseThrow();
                    int xi = index.get(x);
                    ProductSpace.Var var = vars.get(xi);
                    if (var.kind() == ProductSpace.Kind.COUNT) {
                        throw new EvaluationException(target.offset(), "a count cannot be hidden; hide the "
                                + "component's choices instead");
                    }
                    Set<String> deps = ev.dependencies(vis.when(), scope);
                    List<ProductSpace.Instance> guard = new ArrayList<>();
                    for (ProductSpace.Instance i = var.instance(); i != null; i = i.parent()) {
                        if (i.index() > 0) {
                            guard.add(i);
                        }
                    }
                    List<ProductSpace.Instance> whenGuard = guard(dims, scope, deps);
                    LinkedHashSet<String> scopeIds = new LinkedHashSet<>();
                    scopeIds.add(x);
                    scopeIds.addAll(deps);
                    guardCounts(guard, scopeIds);
                    guardCounts(whenGuard, scopeIds);
                    governedByVisibility.add(xi);
                    visibility.add(new CompiledProduct.Visibility(xi, r.id()));
                    Map<String, List<Test>> compared = comparisons(List.of(vis.when()));
                    compared.remove(var.template());
                    tableFor(r, vis.when(), scopeIds, compared, values -> {
                        boolean shown = present(guard, values) && present(whenGuard, values);
                        if (shown) {
                            Value c = ev.eval(vis.when(), scope, values);
                            if (c instanceof Value.Unknown) {
                                throw unexpectedRead(vis.when());
                            }
                            shown = c == Value.TRUE;
                        }
                        return shown != values.apply(x).equals(ProductSpace.NA);
                    });
                }
            }
        }

        /** The variable references a visibility target stands for: itself, or each option of a many-of group. */
        private List<Expr.Ref> visibilityTargets(Expr.Ref target) {
            try {
                ev.validate(target, Scope.ROOT, ORIGIN);
                return List.of(target);
            } catch (RuleSyntaxException e) {
                Optional<OptionGroup> many = manyGroup(target.template());
                if (many.isEmpty()) {
                    throw e;
                }
                List<Expr.Ref> refs = new ArrayList<>();
                for (var o : many.get().options()) {
                    List<Expr.Segment> segs = new ArrayList<>(target.segments());
                    segs.add(new Expr.Segment(o.id(), 0));
                    refs.add(new Expr.Ref(segs, target.offset()));
                }
                return refs;
            }
        }

        private Optional<OptionGroup> manyGroup(String template) {
            return vars.stream().filter(v -> v.kind() == ProductSpace.Kind.FLAG)
                    .filter(v -> v.template().equals(template + "." + v.option().id()))
                    .map(ProductSpace.Var::group).findFirst();
        }

        private void defaultRule(Rule r, Statement.Default d) {
            validate(d.target());
            if (d.when() != null) {
                validate(d.when());
            }
            List<String> dims = new ArrayList<>(ev.freeDimensions(d.target(), Scope.ROOT));
            if (d.when() != null) {
                for (String dim : ev.freeDimensions(d.when(), Scope.ROOT)) {
                    if (!dims.contains(dim)) {
                        dims.add(dim);
                    }
                }
            }
            dims = outermostFirst(dims);
            for (Scope scope : bindings(dims)) {
                String x = ev.variableOrCountId(d.target(), scope).orElseThrow(() -> new EvaluationException(
                        d.target().offset(), "a default needs a choice, a measure, an option of a many-of group or "
                        + "a count"));
                ProductSpace.Var var = vars.get(index.get(x));
                String value = valueId(d.value(), var, d.target().toString());
                defaults.add(new SoftDefault(index.get(x), var.values().indexOf(value), r.id(), d.when(),
                        d.when() == null ? null : scope));
            }
        }

        // -------------------------------------------------------------------------------------------- bindings

        private List<String> outermostFirst(List<String> dims) {
            List<String> sorted = new ArrayList<>(dims);
            sorted.sort(Comparator.comparingInt(d -> d.split("\\.").length));
            return sorted;
        }

        /** Every binding of the free dimensions to instance numbers (1..max each), outermost first. */
        private List<Scope> bindings(List<String> dims) {
            List<Scope> out = new ArrayList<>();
            bind(outermostFirst(dims), 0, Scope.ROOT, out);
            return out;
        }

        private void bind(List<String> dims, int k, Scope scope, List<Scope> out) {
            if (k == dims.size()) {
                out.add(scope);
                return;
            }
            int max = ev.maxInstances(dims.get(k));
            for (int i = 1; i <= max; i++) {
                bind(dims, k + 1, scope.bind(dims.get(k), i), out);
            }
        }

        /** The bound instances the variables read belong to: the rule applies only while they are present. */
        private List<ProductSpace.Instance> guard(List<String> dims, Scope scope, java.util.Collection<String> deps) {
            // by identity: an instance record hashes its whole component tree
            List<ProductSpace.Instance> guard = new ArrayList<>();
            for (String id : deps) {
                ProductSpace.Var v = vars.get(index.get(id));
                for (ProductSpace.Instance i = v.instance(); i != null; i = i.parent()) {
                    Integer bound = scope.indices().get(i.template());
                    if (i.index() > 0 && dims.contains(i.template()) && bound != null && bound == i.index()
                            && !containsSame(guard, i)) {
                        guard.add(i);
                    }
                }
            }
            return guard;
        }

        private boolean containsSame(List<ProductSpace.Instance> list, ProductSpace.Instance instance) {
            for (ProductSpace.Instance i : list) {
                if (i == instance) {
                    return true;
                }
            }
            return false;
        }

        /** Adds the counts that decide whether the guard instances are present. */
        private void guardCounts(List<ProductSpace.Instance> guard, Set<String> scopeIds) {
            for (ProductSpace.Instance g : guard) {
                for (ProductSpace.Instance i = g; i != null; i = i.parent()) {
                    if (i.index() > 0) {
                        scopeIds.add(countOf(i));
                    }
                }
            }
        }

        private boolean present(List<ProductSpace.Instance> guard, Function<String, String> values) {
            for (ProductSpace.Instance g : guard) {
                for (ProductSpace.Instance i = g; i != null; i = i.parent()) {
                    if (i.index() > 0 && !isPresent(values.apply(countOf(i)), i.index())) {
                        return false;
                    }
                }
            }
            return true;
        }

        // -------------------------------------------------------------------------------------------- tables

        /**
         * Enumerates the tuples of the variables in {@code ids} that the structure allows and keeps the ones
         * {@code holds} accepts (or rejects, whichever list is shorter) as a table of rule {@code r}.
         * {@code comparedOnly} gives, per variable template, the comparisons with constants the rule makes (see
         * {@link #comparisons}); values they cannot tell apart are evaluated once.
         */
        private void tableFor(Rule r, Expr at, Set<String> ids, Map<String, List<Test>> comparedOnly,
                              java.util.function.Predicate<Function<String, String>> holds) {
            int[] scope = ids.stream().map(index::get).sorted().mapToInt(Integer::intValue).toArray();
            int n = scope.length;
            TupleEnumeration.Position[] positions = new TupleEnumeration.Position[n];
            for (int k = 0; k < n; k++) {
                ProductSpace.Var var = vars.get(scope[k]);
                int governing = -1;
                int anchorIndex = 0;
                ProductSpace.Instance a = var.instance().optional() ? anchor(var.instance()) : null;
                if (a != null) {
                    int c = index.get(countOf(a));
                    for (int j = 0; j < k; j++) {
                        if (scope[j] == c) {
                            governing = j;
                            anchorIndex = a.index();
                        }
                    }
                }
                int[] classOf = comparedOnly == null ? null : classes(var, comparedOnly.get(var.template()));
                positions[k] = new TupleEnumeration.Position(var.id(), var.values(), governing, anchorIndex,
                        mayBeHidden(var), classOf);
            }
            TupleEnumeration e = new TupleEnumeration(positions);
            long tuples = e.visited();
            if (tuples > maxTuples) {
                throw new TooLarge("this rule reads " + n + " variables (" + Arrays.stream(scope)
                        .mapToObj(i -> vars.get(i).id()).collect(Collectors.joining(", ")) + ") with " + tuples
                        + " combinations to try, more than the limit of " + maxTuples + "; split it into smaller "
                        + "rules (e.g. one per instance, or compare a derived value)");
            }
            TupleEnumeration.Result result = e.run(holds);
            if (result.allowedCount() == 0) {
                problems.add(new CompileProblem(r.id(), r.source(), at.offset(), "no choice can satisfy this rule"
                        + (n == 0 ? "" : " (it reads " + Arrays.stream(scope).mapToObj(i -> vars.get(i).id())
                        .collect(Collectors.joining(", ")) + ")"), true));
            }
            if (result.forbiddenCount() == 0) {
                return;
            }
            boolean supports = result.allowedCount() <= result.forbiddenCount();
            constraints.add(new TableConstraint(r.id(), scope, result.expand(supports), supports));
        }

        /** One comparison of a variable with a constant: {@code op} is = != < <= > >=. */
        private record Test(String op, String constant) {
        }

        /**
         * For each one-of group or measure (by template) that the expressions only compare with constants
         * ({@code x = a}, {@code x != a}, {@code x in {a, b}}, {@code x >= 75}), those comparisons; variables read
         * any other way (arithmetic, attributes, tiers, compared with another variable) are absent from the map.
         * Values on which every comparison agrees behave alike in the rule.
         */
        private Map<String, List<Test>> comparisons(List<Expr> exprs) {
            Map<String, List<Test>> compared = new HashMap<>();
            Set<String> opaque = new HashSet<>();
            for (Expr e : exprs) {
                scan(e, compared, opaque, new HashSet<>());
            }
            opaque.forEach(compared::remove);
            return compared;
        }

        private void scan(Expr e, Map<String, List<Test>> compared, Set<String> opaque, Set<String> seenDerived) {
            if (e instanceof Expr.Ref r) {
                ProductSpace.Var v = varOf(r);
                if (v != null) {
                    opaque.add(v.template());
                } else if (r.isSimpleName() && seenDerived.add(r.segments().get(0).name())) {
                    product.derived().stream().filter(d -> d.id().equals(r.segments().get(0).name()))
                            .findFirst().ifPresent(d -> scan(RuleParser.parseExpression(d.expression(), ORIGIN),
                                    compared, opaque, seenDerived));
                }
                return;
            }
            if (e instanceof Expr.Binary b && COMPARISONS.contains(b.op())) {
                ProductSpace.Var left = b.left() instanceof Expr.Ref lr ? varOf(lr) : null;
                ProductSpace.Var right = b.right() instanceof Expr.Ref rr ? varOf(rr) : null;
                if (left != null && right == null && addTest(left, b.op(), b.right(), compared, opaque)) {
                    return;
                }
                if (right != null && left == null && addTest(right, FLIPPED.get(b.op()), b.left(), compared,
                        opaque)) {
                    return;
                }
            }
            if (e instanceof Expr.In in && in.operand() instanceof Expr.Ref r && varOf(r) != null) {
                ProductSpace.Var v = varOf(r);
                for (Expr value : in.values()) {
                    if (!addTest(v, "=", value, compared, opaque)) {
                        opaque.add(v.template());
                    }
                }
                return;
            }
            if (e instanceof Expr.In in) {
                scan(in.operand(), compared, opaque, seenDerived);
                return;
            }
            for (Expr c : subExpressions(e)) {
                scan(c, compared, opaque, seenDerived);
            }
        }

        /** Records {@code var op literal}; false if it is not such a comparison (the caller treats it otherwise). */
        private boolean addTest(ProductSpace.Var var, String op, Expr literal, Map<String, List<Test>> compared,
                                Set<String> opaque) {
            String c = constant(literal);
            if (c == null) {
                return false;
            }
            boolean numeric = var.kind() == ProductSpace.Kind.PARAMETER;
            if (var.kind() == ProductSpace.Kind.GROUP ? !(op.equals("=") || op.equals("!="))
                    : !numeric || !c.matches("-?\\d+(\\.\\d+)?")) {
                opaque.add(var.template());
                return true;
            }
            compared.computeIfAbsent(var.template(), k -> new ArrayList<>()).add(new Test(op, c));
            return true;
        }

        /**
         * Classes of alike values of a variable under its comparisons: {@code classOf[i]} is the class of value
         * {@code i}; not applicable is a class of its own. Null when every value must be tried.
         */
        private int[] classes(ProductSpace.Var var, List<Test> tests) {
            if (tests == null) {
                return null;
            }
            Map<String, Integer> bySignature = new HashMap<>();
            int[] classOf = new int[var.values().size()];
            for (int i = 0; i < classOf.length; i++) {
                String value = var.values().get(i);
                StringBuilder signature = new StringBuilder();
                if (value.equals(ProductSpace.NA)) {
                    signature.append("NA");
                } else {
                    for (Test t : tests) {
                        signature.append(holds(var, value, t) ? '1' : '0');
                    }
                }
                classOf[i] = bySignature.computeIfAbsent(signature.toString(), k -> bySignature.size());
            }
            return classOf;
        }

        private boolean holds(ProductSpace.Var var, String value, Test t) {
            int cmp = var.kind() == ProductSpace.Kind.PARAMETER
                    ? new java.math.BigDecimal(value).compareTo(new java.math.BigDecimal(t.constant()))
                    : (value.equals(t.constant()) ? 0 : 1);
            return switch (t.op()) {
                case "=" -> cmp == 0;
                case "!=" -> cmp != 0;
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                default -> cmp >= 0;
            };
        }

        /** The option id a literal names (a bare name, a string or a number), or null. */
        private String constant(Expr e) {
            if (e instanceof Expr.Ref r && r.isSimpleName() && varIdOf(r) == null) {
                return r.segments().get(0).name();
            }
            if (e instanceof Expr.Str s) {
                return s.value();
            }
            if (e instanceof Expr.Num n) {
                return Parameter.format(n.value());
            }
            if (e instanceof Expr.Unary u && u.op().equals("-") && u.operand() instanceof Expr.Num n) {
                return Parameter.format(n.value().negate());
            }
            return null;
        }

        /** The variable a reference names, for any instance numbers (all bound to 1); null if it names none. */
        private String varIdOf(Expr.Ref r) {
            try {
                Scope s = Scope.ROOT;
                for (String d : ev.freeDimensions(r, Scope.ROOT)) {
                    s = s.bind(d, 1);
                }
                return ev.variableOrCountId(r, s).orElse(null);
            } catch (EvaluationException | IllegalStateException e) {
                return null;
            }
        }

        /** The one-of group or measure a reference names (any instance), or null. */
        private ProductSpace.Var varOf(Expr.Ref r) {
            String id = varIdOf(r);
            if (id == null) {
                return null;
            }
            ProductSpace.Var v = vars.get(index.get(id));
            return v.kind() == ProductSpace.Kind.GROUP || v.kind() == ProductSpace.Kind.PARAMETER ? v : null;
        }

        private List<Expr> subExpressions(Expr e) {
            if (e instanceof Expr.Unary u) {
                return List.of(u.operand());
            }
            if (e instanceof Expr.Binary b) {
                return List.of(b.left(), b.right());
            }
            if (e instanceof Expr.Cardinality c) {
                return c.items();
            }
            if (e instanceof Expr.Call c) {
                return c.args();
            }
            return List.of();
        }
    }
}
