// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.InstanceScopes;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.CompiledExpression;
import dev.atelier.domain.rules.lang.EvaluationException;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Derives a {@link PreviewModel} from a {@link Configuration}: walks the present component instances, composes their
 * placements, keeps the geometry bindings whose {@code when} holds and evaluates their sizes, positions, rotations,
 * materials and texts. Expressions are parsed once per product space and compiled once per component instance
 * ({@link Evaluator#compile}: names resolved to variable ids, aggregates unrolled), so a build only reads values and
 * computes; one builder serves any number of products and threads (a product's builds are serialized).
 * <p>
 * A binding that cannot be evaluated (an undecided value, a broken expression) is left out and named in
 * {@link PreviewModel#problems()}; it is logged once per product and binding.
 */
public final class PreviewModelBuilder {

    private static final Logger LOG = Logger.getLogger(PreviewModelBuilder.class.getName());

    /**
     * Product spaces compiled, least recently used first. Bounded rather than weak: a compiled space holds its
     * space, so weak keys were never let go, and a kiosk that loads each published catalog version would keep every
     * old one.
     */
    static final int MAX_SPACES = 16;
    private final Map<ProductSpace, Compiled> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProductSpace, Compiled> eldest) {
            return size() > MAX_SPACES;
        }
    };

    /** The preview of {@code configuration}, labels and description in {@code locale}. */
    public PreviewModel build(Configuration configuration, Locale locale) {
        Compiled c;
        synchronized (compiled) {
            c = compiled.computeIfAbsent(configuration.space(), Compiled::new);
        }
        synchronized (c) {
            return c.build(configuration, locale);
        }
    }

    /** How many product spaces are compiled now. */
    int compiledSpaces() {
        synchronized (compiled) {
            return compiled.size();
        }
    }

    /** Parsed expressions and an evaluator for one product space, and each instance's bindings compiled. */
    private static final class Compiled {

        private final ProductSpace space;
        private final Evaluator evaluator;
        private final List<ProductSpace.Instance> instances;
        /** Position of each instance's parent in {@link #instances} (-1 for the root). */
        private final int[] parents;
        /** Each instance's compiled bindings, made when the instance is first present. */
        private final InstancePlan[] plans;
        private final Map<String, Object> parsed = new HashMap<>();
        private final Map<Locale, Map<String, PreviewMaterial>> materials = new HashMap<>();
        private final Map<Locale, PreviewDescription.Describer> describers = new HashMap<>();
        /** The last build's parts (the very instances: unchanged parts are reused), bounds and description. */
        private List<PreviewPart> lastParts = List.of();
        private Locale lastLocale;
        private Bounds lastBounds;
        private String lastDescription;
        private final Set<String> logged = new HashSet<>();

        Compiled(ProductSpace space) {
            this.space = space;
            this.evaluator = new Evaluator(space);
            this.instances = space.instances();
            this.parents = new int[instances.size()];
            this.plans = new InstancePlan[instances.size()];
            Map<ProductSpace.Instance, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < instances.size(); i++) {
                ProductSpace.Instance inst = instances.get(i);
                position.put(inst, i);
                parents[i] = inst.parent() == null ? -1 : position.get(inst.parent());
            }
        }

        PreviewModel build(Configuration configuration, Locale locale) {
            Function<String, String> values = configuration::lookup;
            List<PreviewPart> parts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Vec3[] origins = new Vec3[instances.size()];
            for (int i = 0; i < origins.length; i++) {
                if (!present(i, configuration, origins)) {
                    continue;
                }
                InstancePlan plan = plan(i);
                Vec3 parentOrigin = parents[i] < 0 ? Vec3.ZERO : origins[parents[i]];
                Vec3 origin;
                try {
                    origin = plan.placement == null ? parentOrigin : parentOrigin.plus(plan.placement.vector(values));
                } catch (RuntimeException e) {
                    problem(problems, plan.instance.path(), "placement", e);
                    continue;
                }
                origins[i] = origin;
                for (BindingPlan b : plan.bindings) {
                    try {
                        PreviewPart part = part(plan.instance, b, origin, values, locale);
                        if (part != null) {
                            parts.add(part);
                        }
                    } catch (RuntimeException e) {
                        problem(problems, plan.instance.path(), b.binding.id(), e);
                    }
                }
            }
            String label = space.product().label().get(locale);
            Bounds bounds;
            String description;
            if (locale.equals(lastLocale) && sameParts(parts, lastParts)) {
                // bounds and description are made from the parts alone (and the locale)
                bounds = lastBounds;
                description = lastDescription;
            } else {
                bounds = PreviewModel.boundsOf(parts);
                description = describers.computeIfAbsent(locale, PreviewDescription.Describer::new)
                        .describe(label, space.product().kind(), space.product().unit(), parts, bounds);
                lastLocale = locale;
                lastParts = parts;
                lastBounds = bounds;
                lastDescription = description;
            }
            return new PreviewModel(space.product().id(), space.product().kind(), label, space.product().unit(),
                    parts, bounds, description, problems);
        }

        private PreviewPart part(ProductSpace.Instance inst, BindingPlan b, Vec3 origin,
                                 Function<String, String> values, Locale locale) {
            if (b.when != null && !b.when.test(values)) {
                return null;
            }
            // Numbers in the order the expressions are evaluated: size, position, rotation. Compiled expressions give
            // the same instance for the same value, so "same as last time" is an identity test; vectors are made as
            // soon as their numbers are new (they fail there on a non-finite number), else only if a later input is.
            BigDecimal[] n = b.numbers;
            boolean same = b.last != null && origin.equals(b.lastOrigin) && locale.equals(b.lastLocale);
            b.last = null; // until this evaluation has gone through
            same &= b.size.numbers(values, n, 0);
            Vec3 size = same ? null : vector(n, 0);
            same &= b.position.numbers(values, n, 3);
            Vec3 position = null;
            if (!same) {
                size = size == null ? vector(n, 0) : size;
                position = origin.plus(vector(n, 3));
                // a negative extent spans from the position backwards
                position = new Vec3(Math.min(position.x(), position.x() + size.x()),
                        Math.min(position.y(), position.y() + size.y()),
                        Math.min(position.z(), position.z() + size.z()));
                size = new Vec3(Math.abs(size.x()), Math.abs(size.y()), Math.abs(size.z()));
            }
            Vec3 rotation = Vec3.ZERO;
            if (b.rotation != null) {
                same &= b.rotation.numbers(values, n, 6);
                rotation = same ? null : vector(n, 6);
            }
            String text = null;
            if (b.binding.shape() == GeometryBinding.Shape.TEXT) {
                text = b.text.text(values);
                if (text == null || text.isEmpty()) {
                    return null;
                }
            }
            PreviewMaterial material = b.material.resolve(values, locale);
            if (same && Objects.equals(text, b.lastPart.text()) && material == b.lastPart.material()) {
                b.last = b.lastPart; // every input as last time: the same part
                return b.lastPart;
            }
            if (position == null) { // inputs as last time up to here: the last part's size and position hold
                size = b.lastPart.size();
                position = b.lastPart.position();
            }
            if (rotation == null) {
                rotation = b.lastPart.rotation();
            }
            String asset = b.binding.shape() == GeometryBinding.Shape.MESH ? b.binding.asset() : null;
            PreviewPart part = new PreviewPart(b.key, inst.path(), b.binding.id(), b.binding.shape(), size,
                    position, rotation, material, b.binding.role(), text, asset);
            b.last = part;
            b.lastPart = part;
            b.lastOrigin = origin;
            b.lastLocale = locale;
            return part;
        }

        private static boolean sameParts(List<PreviewPart> parts, List<PreviewPart> last) {
            if (parts.size() != last.size()) {
                return false;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) != last.get(i)) {
                    return false;
                }
            }
            return true;
        }

        private static Vec3 vector(BigDecimal[] n, int at) {
            return new Vec3(n[at].doubleValue(), n[at + 1].doubleValue(), n[at + 2].doubleValue());
        }

        private boolean present(int i, Configuration c, Vec3[] origins) {
            ProductSpace.Instance inst = instances.get(i);
            if (parents[i] < 0) {
                return true;
            }
            if (origins[parents[i]] == null) {
                return false;
            }
            if (inst.index() == 0) {
                return true;
            }
            InstancePlan plan = plan(i);
            String count = c.lookup(plan.countId);
            if (count == null) {
                return inst.index() <= inst.component().min();
            }
            if (count.equals(ProductSpace.NA)) {
                return false;
            }
            return Integer.parseInt(count) >= inst.index();
        }

        private InstancePlan plan(int i) {
            InstancePlan plan = plans[i];
            if (plan == null) {
                plan = new InstancePlan(instances.get(i));
                plans[i] = plan;
            }
            return plan;
        }

        /** An instance's placement and bindings compiled in its scope. */
        private final class InstancePlan {
            final ProductSpace.Instance instance;
            final String countId;
            final Scope scope;
            final Map<String, Slot> slots = new HashMap<>();
            final Triple placement;
            final List<BindingPlan> bindings = new ArrayList<>();

            InstancePlan(ProductSpace.Instance instance) {
                this.instance = instance;
                this.countId = instance.parent() == null || instance.index() == 0 ? null
                        : instance.parent().countId(instance.component());
                this.scope = InstanceScopes.scopeOf(instance);
                Component component = instance.component();
                this.placement = component.placement().isEmpty() ? null : triple(component.placement());
                for (GeometryBinding b : component.geometry()) {
                    bindings.add(new BindingPlan(this, b));
                }
            }

            Slot slot(String text) {
                Slot s = slots.get(text);
                if (s == null) {
                    s = new Slot(text, scope);
                    slots.put(text, s);
                }
                return s;
            }

            Triple triple(List<String> exprs) {
                return new Triple(slotAt(exprs, 0), slotAt(exprs, 1), slotAt(exprs, 2));
            }

            private Slot slotAt(List<String> exprs, int i) {
                try {
                    return slot(exprs.get(i));
                } catch (RuntimeException e) {
                    return new Slot(e);
                }
            }
        }

        /** One binding of one instance, its expressions compiled. */
        private final class BindingPlan {
            final GeometryBinding binding;
            final String key;
            final Slot when;
            final Triple size;
            final Triple position;
            final Triple rotation;
            final Slot text;
            final MaterialPlan material;
            /** The numbers of the current evaluation (compiled expressions give the same instance for the same value). */
            final BigDecimal[] numbers = new BigDecimal[9];
            /** The part of the last build when it was made from {@link #numbers}, else null. */
            PreviewPart last;
            PreviewPart lastPart;
            Vec3 lastOrigin;
            Locale lastLocale;

            BindingPlan(InstancePlan in, GeometryBinding b) {
                this.binding = b;
                this.key = PreviewPart.key(in.instance.path(), b.id());
                this.when = b.when() != null && !b.when().isBlank() ? in.slot(b.when()) : null;
                this.size = in.triple(b.size());
                this.position = in.triple(b.position());
                this.rotation = b.rotation().isEmpty() ? null : in.triple(b.rotation());
                this.text = b.shape() == GeometryBinding.Shape.TEXT ? in.slot(b.text()) : null;
                this.material = new MaterialPlan(b.material(), in.scope);
            }
        }

        /** Three numbers, evaluated x, y, z. */
        private record Triple(Slot x, Slot y, Slot z) {
            Vec3 vector(Function<String, String> values) {
                return new Vec3(x.number(values), y.number(values), z.number(values));
            }

            /** Puts the three numbers at {@code at}; whether they are the very instances already there. */
            boolean numbers(Function<String, String> values, BigDecimal[] into, int at) {
                BigDecimal vx = x.decimal(values);
                BigDecimal vy = y.decimal(values);
                BigDecimal vz = z.decimal(values);
                boolean same = vx == into[at] && vy == into[at + 1] && vz == into[at + 2];
                into[at] = vx;
                into[at + 1] = vy;
                into[at + 2] = vz;
                return same;
            }
        }

        /** One expression compiled in an instance's scope, or why it cannot be (thrown when it is evaluated). */
        private final class Slot {
            private final String text;
            private final Scope scope;
            private CompiledExpression expression;
            private RuntimeException failure;

            /** Compiled when first evaluated (a binding whose condition never held costs nothing). */
            Slot(String text, Scope scope) {
                this.text = text;
                this.scope = scope;
            }

            Slot(RuntimeException failure) {
                this.text = null;
                this.scope = null;
                this.failure = failure;
            }

            private CompiledExpression expression() {
                if (expression == null && failure == null) {
                    try {
                        expression = evaluator.compile(expr(text), scope);
                    } catch (RuntimeException ex) {
                        failure = ex;
                    }
                }
                if (failure != null) {
                    throw failure;
                }
                return expression;
            }

            boolean test(Function<String, String> values) {
                return expression().test(values);
            }

            double number(Function<String, String> values) {
                return expression().number(values).doubleValue();
            }

            BigDecimal decimal(Function<String, String> values) {
                return expression().number(values);
            }

            String text(Function<String, String> values) {
                Value v = expression().eval(values);
                if (v instanceof Value.Sym s) {
                    return s.value();
                }
                if (v instanceof Value.Num n) {
                    return n.value().stripTrailingZeros().toPlainString();
                }
                return null;
            }
        }

        /** A binding's material: none, a catalog material, the material of a choice's option, or why not. */
        private final class MaterialPlan {
            private final Material direct;
            private final String varId;
            private final OptionGroup group;
            /** The catalog material of each option of the group that has one. */
            private final Map<String, Material> byOption = new HashMap<>();
            private final RuntimeException failure;

            MaterialPlan(String ref, Scope scope) {
                Material d = null;
                String v = null;
                OptionGroup g = null;
                RuntimeException f = null;
                if (ref != null && !ref.isBlank()) {
                    d = space.material(ref).orElse(null);
                    if (d == null) {
                        try {
                            Expr e = expr(ref);
                            if (!(e instanceof Expr.Ref r)) {
                                throw new EvaluationException(0, "material '" + ref
                                        + "' is neither a material nor a choice");
                            }
                            v = evaluator.variableId(r, scope).orElseThrow(() ->
                                    new EvaluationException(0, "material '" + ref + "' does not name one choice"));
                            ProductSpace.Var var = space.variable(v).orElseThrow();
                            if (var.group() == null) {
                                throw new EvaluationException(0, "material '" + ref + "' is not a choice");
                            }
                            g = var.group();
                            for (Option o : g.options()) {
                                if (o.material() != null) {
                                    space.material(o.material()).ifPresent(m -> byOption.putIfAbsent(o.id(), m));
                                }
                            }
                        } catch (RuntimeException ex) {
                            f = ex;
                        }
                    }
                }
                this.direct = d;
                this.varId = v;
                this.group = g;
                this.failure = f;
            }

            PreviewMaterial resolve(Function<String, String> values, Locale locale) {
                if (failure != null) {
                    throw failure;
                }
                if (direct != null) {
                    return material(direct, locale);
                }
                if (group == null) {
                    return PreviewMaterial.NEUTRAL;
                }
                String chosen = values.apply(varId);
                if (chosen == null || chosen.equals(ProductSpace.NA)) {
                    return PreviewMaterial.NEUTRAL;
                }
                Material m = byOption.get(chosen); // null: no such option, no material, or not in the catalog
                return m == null ? PreviewMaterial.NEUTRAL : material(m, locale);
            }
        }

        private PreviewMaterial material(Material m, Locale locale) {
            Map<String, PreviewMaterial> inLocale = materials.computeIfAbsent(locale, l -> new HashMap<>());
            PreviewMaterial p = inLocale.get(m.id());
            if (p == null) {
                p = PreviewMaterial.of(m, locale);
                inLocale.put(m.id(), p);
            }
            return p;
        }

        private Expr expr(String text) {
            Object e = parsed.get(text);
            if (e == null) {
                try {
                    e = RuleParser.parseExpression(text, SourcePos.UNKNOWN);
                } catch (RuleSyntaxException ex) {
                    e = ex;
                }
                parsed.put(text, e);
            }
            if (e instanceof RuleSyntaxException ex) {
                throw ex;
            }
            return (Expr) e;
        }

        private void problem(List<String> problems, String path, String what, RuntimeException e) {
            String where = (path.isEmpty() ? space.product().id() : path) + " " + what;
            String message = where + ": " + e.getMessage();
            problems.add(message);
            if (logged.add(where)) {
                LOG.log(Level.WARNING, "preview of {0}: {1}", new Object[]{space.product().id(), message});
            }
        }
    }
}
