// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.InstanceScopes;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.EvaluationException;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the {@link Bom} of configurations.
 *
 * <h2>From catalog to parts</h2>
 * For every present component instance (in product order), in that instance's scope:
 * <ul>
 *   <li>a geometry binding with {@code part: panel} whose {@code when} holds becomes one panel: its three size
 *       expressions (mm) give the box; the smallest dimension is the thickness, the larger of the other two the
 *       length. Sizes are rounded half-up to 0.1 mm.</li>
 *   <li>{@code edges} lists banded edges, separated by commas or spaces: {@code all}, {@code none}, {@code long}
 *       (both long edges), {@code short} (both short edges), or directions {@code front back left right top
 *       bottom}: the edge whose outside faces that way (a shelf's {@code front} is its long front edge, a side
 *       panel's {@code front} runs up its height). A direction along the thickness is a face, not an edge, and an
 *       error.</li>
 *   <li>a binding with {@code part: hardware} whose {@code when} holds is one piece ({@code pcs}) of the item
 *       named by its role (or its id if it has none): four legs with role {@code leg} are 4 pcs of {@code leg}.</li>
 *   <li>a {@link BomLine} whose {@code when} holds adds its quantity expression's value in its unit (a zero
 *       quantity adds nothing).</li>
 *   <li>a material is a catalog material id, or the path of a one-of group whose chosen option names a material
 *       (an option without one stands for itself).</li>
 * </ul>
 * Panels with the same size, material and banding are one cut-list line with a count, named by their geometry
 * ids ({@code side-left, side-right});
 * items with the same id, kind, unit and material are summed. The measurement sheet lists every parameter of
 * the configuration that has a value (not "not applicable"), and the texts every non-empty free text of a present
 * instance.
 * <p>
 * A part whose presence, condition, size, quantity or material depends on a choice not made yet is left out and
 * listed in {@link Bom#undecided()}.
 * <p>
 * Expressions are parsed and checked once per product space (the last few are kept); a calculator may be shared
 * between threads, computations for one product are serialized.
 */
public final class BomCalculator {

    private static final int CACHED_PRODUCTS = 16;
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private final Map<ProductSpace, CompiledProduct> compiled = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED_PRODUCTS, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<ProductSpace, CompiledProduct> eldest) {
                    return size() > CACHED_PRODUCTS;
                }
            });

    /**
     * The bill of materials of {@code configuration}.
     *
     * @throws BomException when a geometry binding or BOM line is broken (names it and the instance)
     */
    public Bom bom(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        ProductSpace space = configuration.space();
        CompiledProduct p = compiled.get(space);
        if (p == null) {
            p = new CompiledProduct(space);
            compiled.put(space, p);
        }
        synchronized (p) {
            return p.bom(configuration);
        }
    }

    // ---------------------------------------------------------------------------------------- compiled form

    /** Edge directions, with the axis (0 x, 1 y, 2 z) their outside normal points along. */
    private enum Direction {
        LEFT(0), RIGHT(0), BOTTOM(1), TOP(1), BACK(2), FRONT(2);

        final int axis;

        Direction(int axis) {
            this.axis = axis;
        }
    }

    /** Parsed {@code edges}: all, none, long/short counts, or directions. */
    private record Edges(boolean all, boolean longs, boolean shorts, Set<Direction> directions) {

        static final Edges NONE = new Edges(false, false, false, EnumSet.noneOf(Direction.class));

        static Edges parse(String text, String where) {
            if (text == null || text.isBlank()) {
                return NONE;
            }
            boolean all = false;
            boolean longs = false;
            boolean shorts = false;
            Set<Direction> dirs = EnumSet.noneOf(Direction.class);
            for (String token : text.trim().toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                switch (token) {
                    case "all" -> all = true;
                    case "none" -> {
                    }
                    case "long" -> longs = true;
                    case "short" -> shorts = true;
                    default -> {
                        try {
                            dirs.add(Direction.valueOf(token.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new BomException(where + ": unknown edge '" + token + "' in edges '" + text
                                    + "' (use all, none, long, short, front, back, left, right, top, bottom)");
                        }
                    }
                }
            }
            return new Edges(all, longs, shorts, dirs);
        }
    }

    /** A material: a fixed catalog id, or a reference to a one-of group. */
    private record MaterialRef(String fixedId, Expr.Ref group) {
        static final MaterialRef NONE = new MaterialRef(null, null);
    }

    private record CompiledGeometry(GeometryBinding binding, Expr when, List<Expr> size, MaterialRef material,
                                    Edges edges) {
    }

    private record CompiledLine(BomLine line, Expr when, Expr quantity, MaterialRef material) {
    }

    private record CompiledInstance(ProductSpace.Instance instance, Scope scope, List<CompiledGeometry> geometry,
                                    List<CompiledLine> lines,
                                    Function<Function<String, String>, InstanceScopes.Presence> presence) {
    }

    /** A resolved material, or "undecided" (null id with undecided = true). */
    private record ResolvedMaterial(String id, LocalizedText label, boolean undecided) {
        static final ResolvedMaterial NONE = new ResolvedMaterial(null, LocalizedText.EMPTY, false);
        static final ResolvedMaterial UNDECIDED = new ResolvedMaterial(null, LocalizedText.EMPTY, true);
    }

    private static final class PanelKey {
        final BigDecimal length;
        final BigDecimal width;
        final BigDecimal thickness;
        final String material;
        final int edgesLong;
        final int edgesShort;

        PanelKey(BigDecimal length, BigDecimal width, BigDecimal thickness, String material, int edgesLong,
                 int edgesShort) {
            this.length = length;
            this.width = width;
            this.thickness = thickness;
            this.material = material;
            this.edgesLong = edgesLong;
            this.edgesShort = edgesShort;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PanelKey k && length.compareTo(k.length) == 0 && width.compareTo(k.width) == 0
                    && thickness.compareTo(k.thickness) == 0 && Objects.equals(material, k.material)
                    && edgesLong == k.edgesLong && edgesShort == k.edgesShort;
        }

        @Override
        public int hashCode() {
            return Objects.hash(length.stripTrailingZeros(), width.stripTrailingZeros(),
                    thickness.stripTrailingZeros(), material, edgesLong, edgesShort);
        }
    }

    private record ItemKey(String id, BomLine.Kind kind, String unit, String material) {
    }

    /** Accumulates one panel line. */
    private static final class PanelAcc {
        final PanelKey key;
        final LocalizedText materialLabel;
        final List<String> names = new ArrayList<>();
        final List<String> sources = new ArrayList<>();
        int count;

        PanelAcc(PanelKey key, LocalizedText materialLabel) {
            this.key = key;
            this.materialLabel = materialLabel;
        }
    }

    /** Accumulates one item line. */
    private static final class ItemAcc {
        final ItemKey key;
        final LocalizedText label;
        final LocalizedText materialLabel;
        final List<String> sources = new ArrayList<>();
        BigDecimal quantity = BigDecimal.ZERO;

        ItemAcc(ItemKey key, LocalizedText label, LocalizedText materialLabel) {
            this.key = key;
            this.label = label;
            this.materialLabel = materialLabel;
        }
    }

    /** A product's parts, parsed and checked. Not thread-safe: the evaluator caches name resolution. */
    private static final class CompiledProduct {

        private final ProductSpace space;
        private final Evaluator evaluator;
        private final List<CompiledInstance> instances = new ArrayList<>();
        private final Map<String, CompiledInstance> byTemplate = new LinkedHashMap<>();

        CompiledProduct(ProductSpace space) {
            this.space = space;
            this.evaluator = new Evaluator(space);
            for (ProductSpace.Instance i : space.instances()) {
                CompiledInstance template = byTemplate.get(i.template());
                Scope scope = InstanceScopes.scopeOf(i);
                if (template == null) {
                    template = compile(i, scope);
                    byTemplate.put(i.template(), template);
                    instances.add(template);
                } else {
                    instances.add(new CompiledInstance(i, scope, template.geometry(), template.lines(),
                            InstanceScopes.presenceCheck(i)));
                }
            }
        }

        private CompiledInstance compile(ProductSpace.Instance inst, Scope scope) {
            conditions.clear();
            Component c = inst.component();
            String where = c.id();
            List<CompiledGeometry> geometry = new ArrayList<>();
            for (GeometryBinding g : c.geometry()) {
                if (g.part() == GeometryBinding.PartKind.NONE) {
                    continue;
                }
                String w = "geometry " + g.id() + " of " + where;
                List<Expr> size = new ArrayList<>();
                if (g.part() == GeometryBinding.PartKind.PANEL) {
                    for (String s : g.size()) {
                        size.add(parse(w, "size", s, scope));
                    }
                }
                geometry.add(new CompiledGeometry(g, condition(w, g.when(), scope), size,
                        material(w, g.material(), scope), Edges.parse(g.edges(), w)));
            }
            List<CompiledLine> lines = new ArrayList<>();
            for (BomLine l : c.bom()) {
                String w = "bom line " + l.id() + " of " + where;
                lines.add(new CompiledLine(l, condition(w, l.when(), scope), parse(w, "quantity", l.quantity(),
                        scope), material(w, l.material(), scope)));
            }
            return new CompiledInstance(inst, scope, geometry, lines, InstanceScopes.presenceCheck(inst));
        }

        /** Conditions by text within the component being compiled: bindings that share one are tested once. */
        private final Map<String, Expr> conditions = new java.util.HashMap<>();

        private Expr condition(String where, String text, Scope scope) {
            if (text == null) {
                return null;
            }
            Expr e = conditions.get(text);
            if (e == null) {
                e = parse(where, "when", text, scope);
                conditions.put(text, e);
            }
            return e;
        }

        private Expr parse(String where, String what, String text, Scope scope) {
            if (text == null) {
                return null;
            }
            try {
                Expr e = RuleParser.parseExpression(text, SourcePos.UNKNOWN);
                evaluator.validate(e, scope, SourcePos.UNKNOWN);
                List<String> free = evaluator.freeDimensions(e, scope);
                if (!free.isEmpty()) {
                    throw new BomException(where + ": " + what + " '" + text + "' names every " + free.get(0)
                            + "; use sum(…) or count(…)");
                }
                return e;
            } catch (RuleSyntaxException | EvaluationException ex) {
                throw new BomException(where + ": " + what + " '" + text + "': " + ex.getMessage(), ex);
            }
        }

        private MaterialRef material(String where, String material, Scope scope) {
            if (material == null || material.isBlank()) {
                return MaterialRef.NONE;
            }
            if (space.material(material).isPresent()) {
                return new MaterialRef(material, null);
            }
            Expr e;
            try {
                e = RuleParser.parseExpression(material, SourcePos.UNKNOWN);
            } catch (RuleSyntaxException ex) {
                throw new BomException(where + ": material '" + material + "' is neither a material nor a choice");
            }
            if (e instanceof Expr.Ref r) {
                try {
                    evaluator.validate(r, scope, SourcePos.UNKNOWN);
                    Optional<String> var = evaluator.variableId(r, scope);
                    if (var.isPresent() && space.variable(var.get()).orElseThrow().kind() == ProductSpace.Kind.GROUP) {
                        return new MaterialRef(null, r);
                    }
                } catch (RuleSyntaxException | EvaluationException ex) {
                    if (space.catalog() == null && r.isSimpleName()) {
                        return new MaterialRef(material, null); // no catalog to check against: take it as an id
                    }
                }
            }
            throw new BomException(where + ": material '" + material + "' is neither a material of the catalog"
                    + " nor a one-of group");
        }

        // ------------------------------------------------------------------------------------ computing

        Bom bom(Configuration config) {
            Map<PanelKey, PanelAcc> panels = new LinkedHashMap<>();
            Map<ItemKey, ItemAcc> items = new LinkedHashMap<>();
            List<String> undecided = new ArrayList<>();
            List<TextEntry> texts = new ArrayList<>();
            Map<Expr, Boolean> tested = new java.util.IdentityHashMap<>();
            for (CompiledInstance ci : instances) {
                tested.clear();
                InstanceScopes.Presence presence = ci.presence().apply(config::lookup);
                if (presence == InstanceScopes.Presence.ABSENT) {
                    continue;
                }
                String path = ci.instance().path();
                if (presence == InstanceScopes.Presence.UNDECIDED) {
                    if (!ci.geometry().isEmpty() || !ci.lines().isEmpty()) {
                        undecided.add(path + "/*");
                    }
                    continue;
                }
                for (TextField tf : ci.instance().component().texts()) {
                    String id = ci.instance().prefix() + tf.id();
                    String text = config.texts().get(id);
                    if (text != null && !text.isEmpty()) {
                        texts.add(new TextEntry(id, tf.label(), text));
                    }
                }
                for (CompiledGeometry g : ci.geometry()) {
                    try {
                        geometry(ci, g, config, tested, panels, items, undecided);
                    } catch (EvaluationException ex) {
                        throw new BomException("geometry " + g.binding().id() + " at " + where(path) + ": "
                                + ex.getMessage(), ex);
                    }
                }
                for (CompiledLine l : ci.lines()) {
                    try {
                        line(ci, l, config, tested, items, undecided);
                    } catch (EvaluationException ex) {
                        throw new BomException("bom line " + l.line().id() + " at " + where(path) + ": "
                                + ex.getMessage(), ex);
                    }
                }
            }
            List<Panel> panelList = new ArrayList<>();
            for (PanelAcc a : panels.values()) {
                panelList.add(new Panel(String.join(", ", a.names), a.key.length, a.key.width, a.key.thickness,
                        a.key.material, a.materialLabel, a.key.edgesLong, a.key.edgesShort, a.count, a.sources));
            }
            List<BomItem> itemList = new ArrayList<>();
            for (ItemAcc a : items.values()) {
                itemList.add(new BomItem(a.key.id(), a.label, a.key.kind(), plain(a.quantity),
                        a.key.unit(), a.key.material(), a.materialLabel, a.sources));
            }
            return new Bom(space.product().id(), space.product().kind(), panelList, itemList,
                    measurements(config), texts, undecided);
        }

        /** Without trailing zeros and never in exponent form ({@code 2000}, not {@code 2E+3}). */
        private static BigDecimal plain(BigDecimal v) {
            BigDecimal s = v.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        private static String where(String path) {
            return path.isEmpty() ? "the product" : path;
        }

        private static String source(CompiledInstance ci, String id) {
            return ci.instance().path() + "/" + id;
        }

        private void geometry(CompiledInstance ci, CompiledGeometry g, Configuration config,
                              Map<Expr, Boolean> tested, Map<PanelKey, PanelAcc> panels, Map<ItemKey, ItemAcc> items,
                              List<String> undecided) {
            Boolean applies = holds(g.when(), ci.scope(), config, tested);
            if (applies == null) {
                undecided.add(source(ci, g.binding().id()));
                return;
            }
            if (!applies) {
                return;
            }
            ResolvedMaterial m = resolve(g.material(), ci.scope(), config);
            if (m.undecided()) {
                undecided.add(source(ci, g.binding().id()));
                return;
            }
            GeometryBinding b = g.binding();
            if (b.part() == GeometryBinding.PartKind.HARDWARE) {
                String role = b.role() != null && !b.role().isBlank() ? b.role() : b.id();
                ItemKey key = new ItemKey(role, BomLine.Kind.HARDWARE, "pcs", m.id());
                ItemAcc acc = items.computeIfAbsent(key, k -> new ItemAcc(k, LocalizedText.en(role), m.label()));
                acc.quantity = acc.quantity.add(BigDecimal.ONE);
                acc.sources.add(source(ci, g.binding().id()));
                return;
            }
            BigDecimal[] size = new BigDecimal[3];
            for (int i = 0; i < 3; i++) {
                Value v = evaluator.eval(g.size().get(i), ci.scope(), config::lookup);
                if (v instanceof Value.Unknown) {
                    undecided.add(source(ci, g.binding().id()));
                    return;
                }
                if (!(v instanceof Value.Num n)) {
                    throw new EvaluationException(0, "size '" + b.size().get(i) + "' is not a number");
                }
                size[i] = plain(n.value().divide(TENTH, 0, RoundingMode.HALF_UP).multiply(TENTH));
                if (size[i].signum() <= 0) {
                    throw new EvaluationException(0, "size '" + b.size().get(i) + "' is " + size[i].toPlainString()
                            + " mm; a panel needs a positive size");
                }
            }
            int thick = 0;
            for (int i = 1; i < 3; i++) {
                if (size[i].compareTo(size[thick]) < 0) {
                    thick = i;
                }
            }
            int a = thick == 0 ? 1 : 0;
            int c = thick == 2 ? 1 : 2;
            int lengthAxis = size[c].compareTo(size[a]) > 0 ? c : a;
            int widthAxis = lengthAxis == a ? c : a;
            int[] banded = banding(g.edges(), thick, lengthAxis, widthAxis, b.id());
            PanelKey key = new PanelKey(size[lengthAxis], size[widthAxis], size[thick], m.id(), banded[0], banded[1]);
            PanelAcc acc = panels.computeIfAbsent(key, k -> new PanelAcc(k, m.label()));
            if (!acc.names.contains(b.id())) {
                acc.names.add(b.id());
            }
            acc.count++;
            acc.sources.add(source(ci, g.binding().id()));
        }

        /** Banded long and short edges (0–2 each). */
        private static int[] banding(Edges e, int thick, int lengthAxis, int widthAxis, String id) {
            if (e.all()) {
                return new int[] {2, 2};
            }
            int longs = e.longs() ? 2 : 0;
            int shorts = e.shorts() ? 2 : 0;
            int dirLong = 0;
            int dirShort = 0;
            for (Direction d : e.directions()) {
                if (d.axis == thick) {
                    throw new EvaluationException(0, "edge '" + d.name().toLowerCase(Locale.ROOT) + "' of panel "
                            + id + " is a face (the panel's thickness runs that way), not an edge");
                }
                // the edge facing along d.axis runs along the remaining axis
                int runs = 3 - thick - d.axis;
                if (runs == lengthAxis) {
                    dirLong++;
                } else if (runs == widthAxis) {
                    dirShort++;
                }
            }
            return new int[] {Math.max(longs, dirLong), Math.max(shorts, dirShort)};
        }

        private void line(CompiledInstance ci, CompiledLine l, Configuration config,
                          Map<Expr, Boolean> tested, Map<ItemKey, ItemAcc> items, List<String> undecided) {
            Boolean applies = holds(l.when(), ci.scope(), config, tested);
            if (applies == null) {
                undecided.add(source(ci, l.line().id()));
                return;
            }
            if (!applies) {
                return;
            }
            Value q = evaluator.eval(l.quantity(), ci.scope(), config::lookup);
            if (q instanceof Value.Unknown) {
                undecided.add(source(ci, l.line().id()));
                return;
            }
            if (q instanceof Value.Na) {
                return;
            }
            if (!(q instanceof Value.Num n)) {
                throw new EvaluationException(0, "quantity '" + l.line().quantity() + "' is not a number");
            }
            if (n.value().signum() < 0) {
                throw new EvaluationException(0, "quantity '" + l.line().quantity() + "' is negative ("
                        + n.value().toPlainString() + ")");
            }
            if (n.value().signum() == 0) {
                return;
            }
            ResolvedMaterial m = resolve(l.material(), ci.scope(), config);
            if (m.undecided()) {
                undecided.add(source(ci, l.line().id()));
                return;
            }
            BomLine line = l.line();
            ItemKey key = new ItemKey(line.id(), line.kind(), line.unit(), m.id());
            ItemAcc acc = items.computeIfAbsent(key, k -> new ItemAcc(k, line.label(), m.label()));
            acc.quantity = acc.quantity.add(n.value());
            acc.sources.add(source(ci, l.line().id()));
        }

        /**
         * TRUE, FALSE, or null when undecided. No condition means TRUE; not applicable means FALSE. Results are
         * remembered in {@code tested} (per instance) for bindings that share a condition.
         */
        private Boolean holds(Expr when, Scope scope, Configuration config, Map<Expr, Boolean> tested) {
            if (when == null) {
                return Boolean.TRUE;
            }
            if (tested.containsKey(when)) {
                return tested.get(when);
            }
            Value v = evaluator.eval(when, scope, config::lookup);
            if (v instanceof Value.Num || v instanceof Value.Sym) {
                throw new EvaluationException(0, "when '" + when + "' is not a condition");
            }
            Boolean result = v instanceof Value.Unknown ? null : v instanceof Value.Bool b && b.value();
            tested.put(when, result);
            return result;
        }

        private ResolvedMaterial resolve(MaterialRef ref, Scope scope, Configuration config) {
            if (ref.fixedId() != null) {
                return new ResolvedMaterial(ref.fixedId(), label(ref.fixedId()), false);
            }
            if (ref.group() == null) {
                return ResolvedMaterial.NONE;
            }
            String varId = evaluator.variableId(ref.group(), scope).orElseThrow();
            String value = config.lookup(varId);
            if (value == null) {
                return ResolvedMaterial.UNDECIDED;
            }
            if (value.equals(ProductSpace.NA)) {
                return ResolvedMaterial.NONE;
            }
            Option option = space.variable(varId).orElseThrow().group().option(value).orElseThrow();
            if (option.material() == null) {
                return new ResolvedMaterial(option.id(), option.label(), false);
            }
            return new ResolvedMaterial(option.material(), label(option.material()), false);
        }

        private LocalizedText label(String materialId) {
            return space.material(materialId).map(Material::label).orElse(LocalizedText.EMPTY);
        }

        private List<Measurement> measurements(Configuration config) {
            List<Measurement> out = new ArrayList<>();
            for (ProductSpace.Var v : space.variables()) {
                if (v.kind() != ProductSpace.Kind.PARAMETER) {
                    continue;
                }
                String value = config.lookup(v.id());
                if (value == null || value.equals(ProductSpace.NA)) {
                    continue;
                }
                out.add(new Measurement(v.id(), v.parameter().label(), new BigDecimal(value), v.parameter().unit()));
            }
            return out;
        }
    }
}
