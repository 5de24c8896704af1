// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.Ids;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.catalog.Step;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.io.catalog.JsonTree.Arr;
import dev.atelier.io.catalog.JsonTree.Loc;
import dev.atelier.io.catalog.JsonTree.Member;
import dev.atelier.io.catalog.JsonTree.Node;
import dev.atelier.io.catalog.JsonTree.Obj;
import dev.atelier.io.catalog.JsonTree.Scalar;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Maps a located JSON tree to catalog records, collecting every problem (wrong types, unknown and missing
 * fields, bad ids, duplicates, dangling references) with its place instead of stopping at the first. A part that
 * is wrong is left out so that the rest can still be checked.
 */
final class CatalogMapper {

    static final Set<String> CATALOG_FIELDS = Set.of("$schema", "id", "version", "name", "materials", "priceLists",
            "products");
    static final Set<String> MATERIAL_FIELDS = Set.of("id", "label", "color", "texture", "textureSizeMm",
            "surface", "opacity", "tier");
    static final Set<String> PRICE_LIST_FIELDS = Set.of("id", "label", "currency", "taxRate", "pricesIncludeTax",
            "factor", "rounding", "validFrom", "validTo");
    static final Set<String> PRODUCT_FIELDS = Set.of("id", "kind", "label", "description", "image", "unit",
            "groups", "parameters", "texts", "components", "geometry", "bom", "derived", "rules", "prices", "steps");
    static final Set<String> COMPONENT_FIELDS = Set.of("id", "label", "min", "max", "groups", "parameters", "texts",
            "components", "geometry", "placement", "bom");
    static final Set<String> GROUP_FIELDS = Set.of("id", "label", "kind", "options", "default");
    static final Set<String> OPTION_FIELDS = Set.of("id", "label", "description", "material", "image",
            "attributes");
    static final Set<String> PARAMETER_FIELDS = Set.of("id", "label", "unit", "min", "max", "step", "default");
    static final Set<String> TEXT_FIELDS = Set.of("id", "label", "maxLength", "pattern");
    static final Set<String> DERIVED_FIELDS = Set.of("id", "label", "unit", "expression");
    static final Set<String> RULE_FIELDS = Set.of("id", "rule", "message");
    static final Set<String> PRICE_FIELDS = Set.of("id", "label", "when", "per", "amount", "formula", "percent",
            "quantity", "breaks", "overrides");
    static final Set<String> BREAK_FIELDS = Set.of("from", "percentOff");
    static final Set<String> GEOMETRY_FIELDS = Set.of("id", "shape", "asset", "text", "size", "position",
            "rotation", "material", "when", "role", "part", "edges");
    static final Set<String> BOM_FIELDS = Set.of("id", "label", "kind", "quantity", "unit", "when", "material");
    static final Set<String> STEP_FIELDS = Set.of("id", "label", "items");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final String file;
    private final Path assetsDir;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final List<ExpressionSite> expressions = new ArrayList<>();
    private final Map<String, Material> materials = new LinkedHashMap<>();
    private final Set<String> priceListIds = new LinkedHashSet<>();
    private final Map<String, SourcePos> positions = new LinkedHashMap<>();

    CatalogMapper(String file, Path assetsDir) {
        this.file = file;
        this.assetsDir = assetsDir;
    }

    List<CatalogProblem> problems() {
        return problems;
    }

    List<ExpressionSite> expressions() {
        return expressions;
    }

    /** Where things start, by {@link CatalogReadResult#positionOf} key. */
    Map<String, SourcePos> positions() {
        return positions;
    }

    private void remember(String productId, String key, Loc at) {
        positions.putIfAbsent(productId + ":" + key, pos(at));
    }

    static List<CatalogProblem> sorted(List<CatalogProblem> list) {
        List<CatalogProblem> s = new ArrayList<>(list);
        s.sort(Comparator.comparingInt((CatalogProblem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        return s;
    }

    SourcePos pos(Loc l) {
        return new SourcePos(file, l.line(), l.column());
    }

    void error(Loc at, String message) {
        problems.add(CatalogProblem.error(pos(at), message));
    }

    void warning(Loc at, String message) {
        problems.add(CatalogProblem.warning(pos(at), message));
    }

    // ------------------------------------------------------------------------------------------------ catalog

    Catalog catalog(Node root) {
        Fields f = new Fields(root, "the catalog", CATALOG_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String schema = f.string("$schema", false);
        if (schema == null) {
            warning(root.loc(), "the catalog does not name its schema; add \"$schema\": "
                    + "\"schema/catalog.schema.json\" so editors can check it as you type");
        }
        String id = f.id(true);
        String version = f.string("version", true);
        if (version != null && !version.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?")) {
            error(f.where("version"), "version '" + version + "' must be a semantic version such as 1.2.0");
        }
        LocalizedText name = f.text("name", true);
        for (Node n : f.list("materials", false)) {
            Material m = material(n);
            if (m != null) {
                if (materials.containsKey(m.id())) {
                    error(n.loc(), "material id '" + m.id() + "' is used twice");
                } else {
                    materials.put(m.id(), m);
                }
            }
        }
        List<PriceList> lists = new ArrayList<>();
        for (Node n : f.list("priceLists", false)) {
            PriceList p = priceList(n);
            if (p != null) {
                if (!priceListIds.add(p.id())) {
                    error(n.loc(), "price list id '" + p.id() + "' is used twice");
                } else {
                    lists.add(p);
                }
            }
        }
        List<Product> products = new ArrayList<>();
        Set<String> productIds = new LinkedHashSet<>();
        List<Node> productNodes = f.list("products", true);
        for (Node n : productNodes) {
            Product p = product(n);
            if (p != null) {
                if (!productIds.add(p.id())) {
                    error(n.loc(), "product id '" + p.id() + "' is used twice");
                } else {
                    products.add(p);
                }
            }
        }
        if (f.has("products") && productNodes.isEmpty()) {
            error(f.where("products"), "the catalog has no products");
        }
        if (id == null || version == null || name == null) {
            return null;
        }
        return construct(root.loc(), () -> new Catalog(id, version, name, new ArrayList<>(materials.values()),
                lists, products));
    }

    private Material material(Node n) {
        Fields f = new Fields(n, "material", MATERIAL_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        String color = f.string("color", true);
        if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
            error(f.where("color"), "color '" + color + "' must be written #RRGGBB, e.g. #D8C3A5");
            color = null;
        }
        String texture = f.string("texture", false);
        if (texture != null) {
            checkAsset(f.where("texture"), texture, "texture");
        }
        BigDecimal size = f.number("textureSizeMm", false);
        if (texture != null && size == null) {
            warning(f.where("texture"), "texture without textureSizeMm: say how many millimetres one tile covers");
        }
        Material.Surface surface = f.enumValue("surface", Material.Surface.class, Material.Surface.MATTE);
        BigDecimal opacity = f.number("opacity", false);
        if (opacity != null && (opacity.signum() < 0 || opacity.compareTo(BigDecimal.ONE) > 0)) {
            error(f.where("opacity"), "opacity must be between 0 (invisible) and 1 (opaque)");
            opacity = null;
        }
        Integer tier = f.integer("tier", false);
        if (tier != null && tier < 1) {
            error(f.where("tier"), "tier must be 1 or more");
            tier = null;
        }
        if (id == null || label == null || color == null) {
            return null;
        }
        String c = color;
        double s = size == null ? 0 : size.doubleValue();
        double o = opacity == null ? 1 : opacity.doubleValue();
        int t = tier == null ? 1 : tier;
        return construct(n.loc(), () -> new Material(id, label, c, texture, s, surface, o, t));
    }

    private PriceList priceList(Node n) {
        Fields f = new Fields(n, "price list", PRICE_LIST_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        String currency = f.string("currency", true);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            error(f.where("currency"), "currency '" + currency + "' must be an ISO 4217 code such as EUR or CHF");
            currency = null;
        }
        BigDecimal tax = f.number("taxRate", true);
        if (tax != null && (tax.signum() < 0 || tax.compareTo(BigDecimal.ONE) >= 0)) {
            error(f.where("taxRate"), "taxRate is a fraction: 0.19 for 19 %");
            tax = null;
        }
        Boolean gross = f.bool("pricesIncludeTax", Boolean.TRUE);
        BigDecimal factor = f.number("factor", false);
        if (factor != null && factor.signum() <= 0) {
            error(f.where("factor"), "factor must be above 0");
            factor = null;
        }
        BigDecimal rounding = f.number("rounding", false);
        if (rounding != null && rounding.signum() <= 0) {
            error(f.where("rounding"), "rounding must be above 0, e.g. 0.01 or 1");
            rounding = null;
        }
        LocalDate from = f.date("validFrom");
        LocalDate to = f.date("validTo");
        if (from != null && to != null && to.isBefore(from)) {
            error(f.where("validTo"), "validTo is before validFrom");
            to = null;
        }
        if (id == null || label == null || currency == null || tax == null) {
            return null;
        }
        String cur = currency;
        BigDecimal t = tax;
        BigDecimal fac = factor == null ? BigDecimal.ONE : factor;
        BigDecimal r = rounding == null ? new BigDecimal("0.01") : rounding;
        LocalDate until = to;
        return construct(n.loc(), () -> new PriceList(id, label, cur, t, gross, fac, r, from, until));
    }

    // ------------------------------------------------------------------------------------------------ product

    /** What the reference checks of one product need: places of references, checked once the tree is built. */
    private record PendingRef(Loc at, String context, String value, String kind) {
    }

    private final List<PendingRef> pending = new ArrayList<>();

    private Product product(Node n) {
        Fields f = new Fields(n, "product", PRODUCT_FIELDS);
        if (!f.ok()) {
            return null;
        }
        pending.clear();
        String id = f.id(true);
        String pid = id == null ? "?" : id;
        ProductKind kind = f.enumValue("kind", ProductKind.class, null);
        if (kind == null && !f.has("kind")) {
            f.missing("kind");
        }
        LocalizedText label = f.text("label", true);
        LocalizedText description = f.text("description", false);
        String image = f.string("image", false);
        if (image != null) {
            checkAsset(f.where("image"), image, "picture");
        }
        String unit = f.string("unit", true);
        Component root = componentBody(f, pid, n.loc(), pid, label == null ? LocalizedText.EMPTY : label, 1, 1, "");

        List<Derived> derived = new ArrayList<>();
        Set<String> derivedIds = new LinkedHashSet<>();
        for (Node d : f.list("derived", false)) {
            Derived x = derived(d, pid);
            if (x != null && unique(derivedIds, x.id(), d.loc(), "derived value")) {
                derived.add(x);
            }
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ruleIds = new LinkedHashSet<>();
        for (Node r : f.list("rules", false)) {
            Rule x = rule(r);
            if (x != null && unique(ruleIds, x.id(), r.loc(), "rule")) {
                rules.add(x);
                remember(pid, "rule:" + x.id(), r.loc());
            }
        }
        List<PriceRule> prices = new ArrayList<>();
        Set<String> priceIds = new LinkedHashSet<>();
        for (Node p : f.list("prices", false)) {
            PriceRule x = priceRule(p, pid);
            if (x != null && unique(priceIds, x.id(), p.loc(), "price rule")) {
                prices.add(x);
                remember(pid, "price:" + x.id(), p.loc());
            }
        }
        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new LinkedHashSet<>();
        for (Node s : f.list("steps", false)) {
            Step x = step(s);
            if (x != null && unique(stepIds, x.id(), s.loc(), "step")) {
                steps.add(x);
            }
        }
        if (root != null) {
            checkReferences(root);
        }
        pending.clear();
        if (id == null || kind == null || label == null || unit == null || root == null) {
            return null;
        }
        return construct(n.loc(), () -> new Product(id, kind, label, description, image, unit, root, derived, rules,
                prices, steps));
    }

    private boolean unique(Set<String> seen, String id, Loc at, String what) {
        if (!seen.add(id)) {
            error(at, what + " id '" + id + "' is used twice in this product");
            return false;
        }
        return true;
    }

    private Component component(Node n, String productId, String parentTemplate) {
        Fields f = new Fields(n, "component", COMPONENT_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        Integer min = f.integer("min", false);
        Integer max = f.integer("max", false);
        int lo = min == null ? 1 : min;
        int hi = max == null ? Math.max(1, lo) : max;
        if (lo < 0 || hi < 1 || hi < lo || hi > Component.MAX_INSTANCES) {
            error(f.has("max") ? f.where("max") : f.where("min"), "a component holds between min and max "
                    + "instances with 0 <= min <= max and 1 <= max <= " + Component.MAX_INSTANCES + "; found "
                    + lo + ".." + hi);
            lo = Math.max(0, Math.min(lo, Component.MAX_INSTANCES));
            hi = Math.max(Math.max(1, lo), Math.min(hi, Component.MAX_INSTANCES));
        }
        if (id == null) {
            return null;
        }
        String template = parentTemplate.isEmpty() ? id : parentTemplate + "." + id;
        return componentBody(f, productId, n.loc(), id, label == null ? LocalizedText.EMPTY : label, lo, hi,
                template);
    }

    /** The fields shared by a product (its root component) and a component. */
    private Component componentBody(Fields f, String productId, Loc at, String id, LocalizedText label, int min,
                                    int max, String template) {
        Set<String> names = new LinkedHashSet<>();
        String prefix = template.isEmpty() ? "" : template + ".";
        if (!template.isEmpty()) {
            remember(productId, template, at);
        }
        List<OptionGroup> groups = new ArrayList<>();
        for (Node g : f.list("groups", false)) {
            OptionGroup x = group(g);
            if (x != null && member(names, x.id(), g.loc())) {
                groups.add(x);
                remember(productId, prefix + x.id(), g.loc());
                if (g instanceof Obj go && go.members().get("options") != null
                        && go.members().get("options").value() instanceof Arr oa) {
                    for (Node o : oa.items()) {
                        if (o instanceof Obj oo && oo.members().get("id") != null
                                && oo.members().get("id").value() instanceof Scalar sid && sid.isString()) {
                            remember(productId, prefix + x.id() + "=" + sid.value(), o.loc());
                        }
                    }
                }
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Node p : f.list("parameters", false)) {
            Parameter x = parameter(p);
            if (x != null && member(names, x.id(), p.loc())) {
                parameters.add(x);
                remember(productId, prefix + x.id(), p.loc());
            }
        }
        List<TextField> texts = new ArrayList<>();
        for (Node t : f.list("texts", false)) {
            TextField x = textField(t);
            if (x != null && member(names, x.id(), t.loc())) {
                texts.add(x);
                remember(productId, prefix + x.id(), t.loc());
            }
        }
        List<Component> children = new ArrayList<>();
        for (Node c : f.list("components", false)) {
            Component x = component(c, productId, template);
            if (x != null && member(names, x.id(), c.loc())) {
                children.add(x);
            }
        }
        List<GeometryBinding> geometry = new ArrayList<>();
        Set<String> geometryIds = new LinkedHashSet<>();
        for (Node g : f.list("geometry", false)) {
            GeometryBinding x = geometry(g, productId, template);
            if (x != null) {
                if (!geometryIds.add(x.id())) {
                    error(g.loc(), "geometry id '" + x.id() + "' is used twice in this component");
                } else {
                    geometry.add(x);
                }
            }
        }
        List<String> placement = f.has("placement")
                ? f.expressions("placement", productId, template, "placement of '" + id + "'", 3, false) : List.of();
        List<BomLine> bom = new ArrayList<>();
        Set<String> bomIds = new LinkedHashSet<>();
        for (Node b : f.list("bom", false)) {
            BomLine x = bomLine(b, productId, template);
            if (x != null) {
                if (!bomIds.add(x.id())) {
                    error(b.loc(), "bill-of-materials line id '" + x.id() + "' is used twice in this component");
                } else {
                    bom.add(x);
                }
            }
        }
        List<String> place = placement == null ? List.of() : placement;
        return construct(at, () -> new Component(id, label, min, max, groups, parameters, texts, children, geometry,
                place, bom));
    }

    /** Whether a group, parameter, text or child name is new and allowed in its component. */
    private boolean member(Set<String> names, String name, Loc at) {
        if (Ids.RESERVED.contains(name)) {
            error(at, "'" + name + "' is a word of the rule language and cannot name a choice, measure or part");
            return false;
        }
        if (!names.add(name)) {
            error(at, "id '" + name + "' is used twice among the groups, parameters, texts and components here");
            return false;
        }
        return true;
    }

    private OptionGroup group(Node n) {
        Fields f = new Fields(n, "option group", GROUP_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        OptionGroup.Kind kind = f.enumValue("kind", OptionGroup.Kind.class, OptionGroup.Kind.ONE);
        List<Option> options = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Node> optionNodes = f.list("options", true);
        for (Node o : optionNodes) {
            Option x = option(o);
            if (x != null) {
                if (!seen.add(x.id())) {
                    error(o.loc(), "option id '" + x.id() + "' is used twice in group '" + id + "'");
                } else {
                    options.add(x);
                }
            }
        }
        if (f.has("options") && optionNodes.isEmpty()) {
            error(f.where("options"), "option group '" + id + "' has no options");
        }
        String def = f.string("default", false);
        if (def != null && !seen.contains(def)) {
            error(f.where("default"), "default '" + def + "' is not an option of group '" + id + "'"
                    + suggestion(def, seen));
            def = null;
        }
        if (id == null || label == null || options.isEmpty()) {
            return null;
        }
        String d = def;
        return construct(n.loc(), () -> new OptionGroup(id, label, kind, options, d));
    }

    private Option option(Node n) {
        Fields f = new Fields(n, "option", OPTION_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        LocalizedText description = f.text("description", false);
        String material = f.string("material", false);
        if (material != null && !materials.containsKey(material)) {
            error(f.where("material"), "option '" + id + "' names material '" + material
                    + "', which is not among the catalog's materials" + suggestion(material, materials.keySet()));
        }
        String image = f.string("image", false);
        if (image != null) {
            checkAsset(f.where("image"), image, "picture");
        }
        Map<String, Double> attributes = new LinkedHashMap<>();
        Member attrs = f.get("attributes");
        if (attrs != null) {
            if (attrs.value() instanceof Obj o) {
                for (Member m : o.members().values()) {
                    if (m.value() instanceof Scalar s && s.isNumber()) {
                        attributes.put(m.name(), ((BigDecimal) s.value()).doubleValue());
                    } else {
                        error(m.value().loc(), "attribute '" + m.name() + "' must be a number, found "
                                + m.value().describe());
                    }
                }
            } else {
                error(attrs.value().loc(), "field 'attributes' must be an object of numbers, found "
                        + attrs.value().describe());
            }
        }
        if (id == null || label == null) {
            return null;
        }
        String mat = material;
        return construct(n.loc(), () -> new Option(id, label, description, mat, image, attributes));
    }

    private Parameter parameter(Node n) {
        Fields f = new Fields(n, "parameter", PARAMETER_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        String unit = f.string("unit", true);
        BigDecimal min = f.number("min", true);
        BigDecimal max = f.number("max", true);
        BigDecimal step = f.number("step", false);
        BigDecimal def = f.number("default", false);
        if (step != null && step.signum() <= 0) {
            error(f.where("step"), "step must be above 0");
            return null;
        }
        BigDecimal st = step == null ? BigDecimal.ONE : step;
        if (min != null && max != null) {
            if (max.compareTo(min) < 0) {
                error(f.where("max"), "max " + max.toPlainString() + " is below min " + min.toPlainString());
                return null;
            }
            BigDecimal count = max.subtract(min).divide(st, 0, java.math.RoundingMode.FLOOR);
            if (count.compareTo(BigDecimal.valueOf(Parameter.MAX_VALUES)) >= 0) {
                error(f.where("step"), "parameter '" + id + "' has more than " + Parameter.MAX_VALUES
                        + " values between min and max; use a coarser step");
                return null;
            }
            if (max.subtract(min).remainder(st).signum() != 0) {
                warning(f.where("max"), "max " + max.toPlainString() + " is not reached in steps of "
                        + st.toPlainString() + " from " + min.toPlainString());
            }
            if (def != null && (def.compareTo(min) < 0 || def.compareTo(max) > 0
                    || def.subtract(min).remainder(st).signum() != 0)) {
                error(f.where("default"), "default " + def.toPlainString() + " is not one of the values "
                        + min.toPlainString() + ", " + min.add(st).toPlainString() + " … " + max.toPlainString());
                def = null;
            }
        }
        if (id == null || label == null || unit == null || min == null || max == null) {
            return null;
        }
        BigDecimal d = def;
        return construct(n.loc(), () -> new Parameter(id, label, unit, min, max, st, d));
    }

    private TextField textField(Node n) {
        Fields f = new Fields(n, "text field", TEXT_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        Integer maxLength = f.integer("maxLength", true);
        if (maxLength != null && (maxLength < 1 || maxLength > 200)) {
            error(f.where("maxLength"), "maxLength must be within 1..200");
            maxLength = null;
        }
        String pattern = f.string("pattern", false);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                error(f.where("pattern"), "pattern is not a valid regular expression: " + e.getDescription());
                pattern = null;
            }
        }
        if (id == null || label == null || maxLength == null) {
            return null;
        }
        int ml = maxLength;
        String p = pattern == null ? ".*" : pattern;
        return construct(n.loc(), () -> new TextField(id, label, ml, p));
    }

    private Derived derived(Node n, String productId) {
        Fields f = new Fields(n, "derived value", DERIVED_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        String unit = f.string("unit", false);
        String expression = f.expression("expression", true, productId, "", ExpressionSite.Kind.NUMBER,
                "derived value '" + id + "'");
        if (id == null || label == null || expression == null) {
            return null;
        }
        return construct(n.loc(), () -> new Derived(id, label, unit == null ? "" : unit, expression));
    }

    private Rule rule(Node n) {
        Fields f = new Fields(n, "rule", RULE_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        String text = f.string("rule", true);
        SourcePos at = f.has("rule") ? textStart(f.where("rule")) : SourcePos.UNKNOWN;
        LocalizedText message = f.text("message", true);
        if (text != null && text.isBlank()) {
            error(f.where("rule"), "rule '" + id + "' is empty");
            return null;
        }
        if (id == null || text == null || message == null) {
            return null;
        }
        return construct(n.loc(), () -> new Rule(id, text, message, at));
    }

    private PriceRule priceRule(Node n, String productId) {
        Fields f = new Fields(n, "price rule", PRICE_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        String per = f.string("per", false);
        String context = per == null ? "" : per;
        if (per != null) {
            pending.add(new PendingRef(f.where("per"), "", per, "per"));
        }
        String what = "price rule '" + id + "'";
        String when = f.expression("when", false, productId, context, ExpressionSite.Kind.CONDITION, what
                + " condition");
        BigDecimal amount = f.number("amount", false);
        String formula = f.expression("formula", false, productId, context, ExpressionSite.Kind.NUMBER, what
                + " formula");
        BigDecimal percent = f.number("percent", false);
        String quantity = f.expression("quantity", false, productId, context, ExpressionSite.Kind.NUMBER, what
                + " quantity");
        int kinds = (f.has("amount") ? 1 : 0) + (f.has("formula") ? 1 : 0) + (f.has("percent") ? 1 : 0);
        if (kinds != 1) {
            error(n.loc(), what + " needs exactly one of 'amount', 'formula' and 'percent'"
                    + (kinds == 0 ? "" : ", found " + kinds));
            return null;
        }
        List<PriceRule.QuantityBreak> breaks = new ArrayList<>();
        for (Node b : f.list("breaks", false)) {
            Fields bf = new Fields(b, "quantity break", BREAK_FIELDS);
            if (!bf.ok()) {
                continue;
            }
            Integer from = bf.integer("from", true);
            BigDecimal off = bf.number("percentOff", true);
            if (from != null && from < 1) {
                error(bf.where("from"), "a quantity break starts at 1 or more");
                continue;
            }
            if (off != null && (off.signum() < 0 || off.compareTo(BigDecimal.valueOf(100)) > 0)) {
                error(bf.where("percentOff"), "percentOff must be within 0..100");
                continue;
            }
            if (from != null && off != null) {
                breaks.add(new PriceRule.QuantityBreak(from, off));
            }
        }
        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        Member ov = f.get("overrides");
        if (ov != null) {
            if (ov.value() instanceof Obj o) {
                for (Member m : o.members().values()) {
                    if (!priceListIds.contains(m.name())) {
                        error(m.nameLoc(), "override for price list '" + m.name()
                                + "', which is not among the catalog's price lists"
                                + suggestion(m.name(), priceListIds));
                    } else if (m.value() instanceof Scalar s && s.isNumber()) {
                        overrides.put(m.name(), (BigDecimal) s.value());
                    } else {
                        error(m.value().loc(), "override '" + m.name() + "' must be a number, found "
                                + m.value().describe());
                    }
                }
            } else {
                error(ov.value().loc(), "field 'overrides' must be an object of amounts by price list, found "
                        + ov.value().describe());
            }
        }
        if (id == null || label == null || (f.has("amount") && amount == null)
                || (f.has("formula") && formula == null) || (f.has("percent") && percent == null)) {
            return null;
        }
        return construct(n.loc(), () -> new PriceRule(id, label, when, per, amount, formula, percent, quantity,
                breaks, overrides));
    }

    private GeometryBinding geometry(Node n, String productId, String template) {
        Fields f = new Fields(n, "geometry", GEOMETRY_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        String what = "geometry '" + id + "'";
        GeometryBinding.Shape shape = f.enumValue("shape", GeometryBinding.Shape.class, null);
        if (shape == null && !f.has("shape")) {
            f.missing("shape");
        }
        String asset = f.string("asset", false);
        if (asset != null) {
            checkAsset(f.where("asset"), asset, "mesh");
        }
        if (shape == GeometryBinding.Shape.MESH && asset == null) {
            error(n.loc(), what + " is a mesh and needs an 'asset' (an OBJ file under assets/)");
            return null;
        }
        String text = f.expression("text", false, productId, template, ExpressionSite.Kind.VALUE, what + " text");
        if (shape == GeometryBinding.Shape.TEXT && text == null) {
            error(n.loc(), what + " is a text and needs a 'text' expression");
            return null;
        }
        List<String> size = f.expressions("size", productId, template, what + " size", 3, true);
        List<String> position = f.expressions("position", productId, template, what + " position", 3, true);
        List<String> rotation = f.has("rotation")
                ? f.expressions("rotation", productId, template, what + " rotation", 3, false) : List.of();
        String material = f.string("material", false);
        if (material != null && !materials.containsKey(material)) {
            pending.add(new PendingRef(f.where("material"), template, material, "material"));
        }
        String when = f.expression("when", false, productId, template, ExpressionSite.Kind.CONDITION, what
                + " condition");
        String role = f.string("role", false);
        GeometryBinding.PartKind part = f.enumValue("part", GeometryBinding.PartKind.class,
                GeometryBinding.PartKind.NONE);
        String edges = f.string("edges", false);
        if (id == null || shape == null || size == null || position == null || rotation == null) {
            return null;
        }
        return construct(n.loc(), () -> new GeometryBinding(id, shape, asset, text, size, position, rotation,
                material, when, role, part, edges));
    }

    private BomLine bomLine(Node n, String productId, String template) {
        Fields f = new Fields(n, "bill-of-materials line", BOM_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        String what = "bill-of-materials line '" + id + "'";
        LocalizedText label = f.text("label", true);
        BomLine.Kind kind = f.enumValue("kind", BomLine.Kind.class, null);
        if (kind == null && !f.has("kind")) {
            f.missing("kind");
        }
        String quantity = f.expression("quantity", true, productId, template, ExpressionSite.Kind.NUMBER, what
                + " quantity");
        String unit = f.string("unit", true);
        if (unit != null && !Set.of("pcs", "m", "m2").contains(unit)) {
            warning(f.where("unit"), "unit '" + unit + "' is not one the workshop knows (pcs, m, m2)");
        }
        String when = f.expression("when", false, productId, template, ExpressionSite.Kind.CONDITION, what
                + " condition");
        String material = f.string("material", false);
        if (material != null && !materials.containsKey(material)) {
            pending.add(new PendingRef(f.where("material"), template, material, "material"));
        }
        if (id == null || label == null || kind == null || quantity == null || unit == null) {
            return null;
        }
        return construct(n.loc(), () -> new BomLine(id, label, kind, quantity, unit, when, material));
    }

    private Step step(Node n) {
        Fields f = new Fields(n, "step", STEP_FIELDS);
        if (!f.ok()) {
            return null;
        }
        String id = f.id(true);
        LocalizedText label = f.text("label", true);
        List<String> items = new ArrayList<>();
        for (Node i : f.list("items", true)) {
            if (i instanceof Scalar s && s.isString()) {
                items.add((String) s.value());
                pending.add(new PendingRef(i.loc(), "", (String) s.value(), "step"));
            } else {
                error(i.loc(), "a step item must be a string (a path such as frame.height), found " + i.describe());
            }
        }
        if (id == null || label == null) {
            return null;
        }
        return construct(n.loc(), () -> new Step(id, label, items));
    }

    // ------------------------------------------------------------------------------------------------ references

    /** Checks the references recorded while reading a product against its component tree. */
    private void checkReferences(Component root) {
        Map<String, Component> components = new HashMap<>();
        Map<String, OptionGroup> oneGroups = new HashMap<>();
        Set<String> items = new LinkedHashSet<>();
        walk(root, "", components, oneGroups, items);
        Set<OptionGroup> warned = new HashSet<>();
        for (PendingRef r : pending) {
            switch (r.kind()) {
                case "per" -> {
                    if (!components.containsKey(r.value()) || r.value().isEmpty()) {
                        error(r.at(), "'per' names '" + r.value() + "', which is no component of the product"
                                + suggestion(r.value(), components.keySet()));
                    }
                }
                case "step" -> {
                    if (!items.contains(r.value())) {
                        error(r.at(), "step item '" + r.value() + "' names no option group, parameter, text or "
                                + "component" + suggestion(r.value(), items));
                    }
                }
                default -> {
                    OptionGroup g = groupFrom(r.context(), r.value(), oneGroups);
                    if (g == null) {
                        Set<String> candidates = new LinkedHashSet<>(materials.keySet());
                        candidates.addAll(oneGroups.keySet());
                        error(r.at(), "material '" + r.value() + "' is neither a catalog material nor a one-of "
                                + "group of this component or its parents" + suggestion(r.value(), candidates));
                    } else if (g.options().stream().anyMatch(o -> o.material() == null) && warned.add(g)) {
                        warning(r.at(), "some options of group '" + r.value() + "' name no material; parts "
                                + "using it show a plain grey for them");
                    }
                }
            }
        }
    }

    private static void walk(Component c, String template, Map<String, Component> components,
                             Map<String, OptionGroup> oneGroups, Set<String> items) {
        components.put(template, c);
        String prefix = template.isEmpty() ? "" : template + ".";
        for (OptionGroup g : c.groups()) {
            items.add(prefix + g.id());
            if (g.kind() == OptionGroup.Kind.ONE) {
                oneGroups.put(prefix + g.id(), g);
            } else {
                g.options().forEach(o -> items.add(prefix + g.id() + "." + o.id()));
            }
        }
        c.parameters().forEach(p -> items.add(prefix + p.id()));
        c.texts().forEach(t -> items.add(prefix + t.id()));
        for (Component child : c.children()) {
            items.add(prefix + child.id());
            walk(child, prefix + child.id(), components, oneGroups, items);
        }
    }

    /** The one-of group a path names from a component context, looking in the context and then its parents. */
    private static OptionGroup groupFrom(String context, String path, Map<String, OptionGroup> oneGroups) {
        String ctx = context;
        while (true) {
            OptionGroup g = oneGroups.get(ctx.isEmpty() ? path : ctx + "." + path);
            if (g != null) {
                return g;
            }
            if (ctx.isEmpty()) {
                return null;
            }
            int dot = ctx.lastIndexOf('.');
            ctx = dot < 0 ? "" : ctx.substring(0, dot);
        }
    }

    private void checkAsset(Loc at, String path, String what) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            error(at, what + " path '" + path + "' must be relative to the assets folder, with forward slashes");
            return;
        }
        if (assetsDir != null && Files.isDirectory(assetsDir) && !Files.isRegularFile(assetsDir.resolve(path))) {
            warning(at, what + " '" + path + "' is not in the assets folder (yet)");
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private interface Maker<T> {
        T make();
    }

    /** Builds a record; a rule its constructor enforces that the reader did not check becomes a problem. */
    private <T> T construct(Loc at, Maker<T> maker) {
        try {
            return maker.make();
        } catch (IllegalArgumentException | NullPointerException e) {
            error(at, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private SourcePos textStart(Loc valueLoc) {
        return new SourcePos(file, valueLoc.line(), valueLoc.column() + 1);
    }

    /** ", did you mean 'x'?" for the closest candidate within two edits, or "". */
    static String suggestion(String wrong, java.util.Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(wrong, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Typed access to the fields of one JSON object, reporting every problem at its place. */
    final class Fields {

        private final Obj obj;
        private final Loc at;
        private final Set<String> known;
        private String what;

        Fields(Node n, String what, Set<String> known) {
            this.at = n.loc();
            this.known = known;
            this.what = what;
            if (n instanceof Obj o) {
                this.obj = o;
                Member idMember = o.members().get("id");
                String named = idMember != null && idMember.value() instanceof Scalar s && s.isString()
                        && Ids.isValid((String) s.value()) ? what + " '" + s.value() + "'" : what;
                for (Member m : o.members().values()) {
                    if (!known.contains(m.name())) {
                        error(m.nameLoc(), "unknown field '" + m.name() + "' in " + named
                                + suggestion(m.name(), known));
                    }
                }
            } else {
                this.obj = null;
                error(n.loc(), what + " must be an object, found " + n.describe());
            }
        }

        boolean ok() {
            return obj != null;
        }

        boolean has(String name) {
            return known.contains(name) && get(name) != null;
        }

        Member get(String name) {
            if (!known.contains(name)) {
                throw new IllegalStateException(name + " is not a field of " + what);
            }
            Member m = obj.members().get(name);
            // null stands for "not given"
            return m == null || (m.value() instanceof Scalar s && s.value() == null) ? null : m;
        }

        /** Where a field's value is, or where the object starts. */
        Loc where(String name) {
            Member m = obj.members().get(name);
            return m == null ? at : m.value().loc();
        }

        void missing(String name) {
            error(at, what + " has no '" + name + "'; it is required");
        }

        private Node value(String name, boolean required) {
            Member m = get(name);
            if (m == null) {
                if (required) {
                    missing(name);
                }
                return null;
            }
            return m.value();
        }

        private void wrongType(String name, String expected, Node found) {
            error(found.loc(), "field '" + name + "' must be " + expected + ", found " + found.describe());
        }

        String string(String name, boolean required) {
            Node v = value(name, required);
            if (v == null) {
                return null;
            }
            if (v instanceof Scalar s && s.isString()) {
                return (String) s.value();
            }
            wrongType(name, "a string", v);
            return null;
        }

        /** The object's {@code id}, checked; names the object in later messages. */
        String id(boolean required) {
            String id = string("id", required);
            if (id == null) {
                return null;
            }
            if (!Ids.isValid(id)) {
                error(where("id"), "id '" + id + "' must be lower-case letters, digits and dashes, starting with "
                        + "a letter or digit (e.g. " + suggestId(id) + ")");
                return null;
            }
            what = what + " '" + id + "'";
            return id;
        }

        BigDecimal number(String name, boolean required) {
            Node v = value(name, required);
            if (v == null) {
                return null;
            }
            if (v instanceof Scalar s && s.isNumber()) {
                return (BigDecimal) s.value();
            }
            wrongType(name, "a number", v);
            return null;
        }

        Integer integer(String name, boolean required) {
            BigDecimal n = number(name, required);
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                error(where(name), "field '" + name + "' must be a whole number, found " + n.toPlainString());
                return null;
            }
        }

        Boolean bool(String name, Boolean otherwise) {
            Node v = value(name, false);
            if (v == null) {
                return otherwise;
            }
            if (v instanceof Scalar s && s.isBoolean()) {
                return (Boolean) s.value();
            }
            wrongType(name, "true or false", v);
            return otherwise;
        }

        LocalDate date(String name) {
            String s = string(name, false);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                error(where(name), "field '" + name + "' must be a date written 2025-01-31, found '" + s + "'");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, E otherwise) {
            String s = string(name, false);
            if (s == null) {
                return otherwise;
            }
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                String word = e.name().toLowerCase(Locale.ROOT);
                allowed.add(word);
                if (word.equals(s)) {
                    return e;
                }
            }
            error(where(name), "field '" + name + "' must be one of " + String.join(", ", allowed) + ", found '"
                    + s + "'");
            return otherwise;
        }

        /** A text in several languages: {@code {"en": "…", "de": "…"}} or a plain string (English). */
        LocalizedText text(String name, boolean required) {
            Node v = value(name, required);
            if (v == null) {
                return null;
            }
            if (v instanceof Scalar s && s.isString()) {
                return LocalizedText.en((String) s.value());
            }
            if (v instanceof Obj o) {
                Map<String, String> texts = new LinkedHashMap<>();
                for (Member m : o.members().values()) {
                    if (!LANGUAGE.matcher(m.name()).matches()) {
                        error(m.nameLoc(), "'" + m.name() + "' is not a language code such as en or de");
                    } else if (m.value() instanceof Scalar s && s.isString()) {
                        texts.put(m.name(), (String) s.value());
                    } else {
                        error(m.value().loc(), "the " + m.name() + " text of '" + name + "' must be a string, found "
                                + m.value().describe());
                    }
                }
                if (!texts.containsKey("en")) {
                    warning(o.loc(), "'" + name + "' has no English (en) text, which is the fallback");
                }
                return new LocalizedText(texts);
            }
            wrongType(name, "a text (a string or {\"en\": …, \"de\": …})", v);
            return null;
        }

        /** The items of a list field; reports a field that is not a list. */
        List<Node> list(String name, boolean required) {
            Node v = value(name, required);
            if (v == null) {
                return List.of();
            }
            if (v instanceof Arr a) {
                return a.items();
            }
            wrongType(name, "a list", v);
            return List.of();
        }

        /** An expression: a string, or a number for a constant. Remembers its place for the checker. */
        String expression(String name, boolean required, String productId, String context, ExpressionSite.Kind kind,
                          String purpose) {
            Node v = value(name, required);
            if (v == null) {
                return null;
            }
            return expressionValue(name, v, productId, context, kind, purpose);
        }

        private String expressionValue(String name, Node v, String productId, String context,
                                       ExpressionSite.Kind kind, String purpose) {
            if (v instanceof Scalar s && s.isString()) {
                String text = (String) s.value();
                if (text.isBlank()) {
                    error(v.loc(), purpose + " is empty");
                    return null;
                }
                expressions.add(new ExpressionSite(productId, context, text, textStart(v.loc()), kind, purpose));
                return text;
            }
            if (v instanceof Scalar s && s.isNumber() && kind != ExpressionSite.Kind.CONDITION) {
                String text = ((BigDecimal) s.value()).toPlainString();
                expressions.add(new ExpressionSite(productId, context, text, pos(v.loc()), kind, purpose));
                return text;
            }
            wrongType(name, kind == ExpressionSite.Kind.CONDITION ? "a condition (a string)"
                    : "an expression (a string or a number)", v);
            return null;
        }

        /** A list of exactly {@code n} expressions; null if wrong. */
        List<String> expressions(String name, String productId, String context, String purpose, int n,
                                 boolean required) {
            Node v = value(name, required);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Arr a)) {
                wrongType(name, "a list of " + n + " expressions", v);
                return null;
            }
            if (a.items().size() != n) {
                error(v.loc(), "field '" + name + "' needs " + n + " expressions (x, y, z), found "
                        + a.items().size());
                return null;
            }
            List<String> out = new ArrayList<>();
            String[] axes = {"x", "y", "z"};
            for (int i = 0; i < n; i++) {
                String e = expressionValue(name, a.items().get(i), productId, context, ExpressionSite.Kind.NUMBER,
                        purpose + " (" + axes[i] + ")");
                if (e == null) {
                    return null;
                }
                out.add(e);
            }
            return out;
        }
    }

    private static String suggestId(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "oak-veneer" : s;
    }
}
