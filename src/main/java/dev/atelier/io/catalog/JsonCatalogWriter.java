// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.Step;
import dev.atelier.domain.catalog.TextField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Catalog} as catalog JSON (the format {@link JsonCatalogReader} reads and
 * {@code catalogs/schema/catalog.schema.json} describes): fields in a fixed order, defaults left out, two-space
 * indentation, so that files written by the designer mode diff well. Reading the output gives an equal catalog
 * (rule source positions aside).
 */
public final class JsonCatalogWriter {

    /** What {@code "$schema"} says in written files (relative to the {@code catalogs/} folder). */
    public static final String SCHEMA_REF = "schema/catalog.schema.json";

    private static final JsonNodeFactory F = new JsonNodeFactory(true);

    private final ObjectMapper mapper = new ObjectMapper();

    /** The catalog as JSON text, ending with a newline. */
    public String write(Catalog catalog) {
        ObjectNode root = F.objectNode();
        root.put("$schema", SCHEMA_REF);
        root.put("id", catalog.id());
        root.put("version", catalog.version());
        root.set("name", text(catalog.name()));
        ArrayNode materials = root.putArray("materials");
        catalog.materials().forEach(m -> materials.add(material(m)));
        ArrayNode lists = root.putArray("priceLists");
        catalog.priceLists().forEach(p -> lists.add(priceList(p)));
        ArrayNode products = root.putArray("products");
        catalog.products().forEach(p -> products.add(product(p)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalog " + catalog.id(), e);
        }
    }

    /** Writes the catalog to a file (UTF-8). */
    public void write(Catalog catalog, Path file) {
        try {
            Files.writeString(file, write(catalog), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private ObjectNode material(Material m) {
        ObjectNode o = F.objectNode();
        o.put("id", m.id());
        o.set("label", text(m.label()));
        o.put("color", m.color());
        if (m.texture() != null) {
            o.put("texture", m.texture());
        }
        if (m.textureSizeMm() != 0) {
            o.put("textureSizeMm", plain(m.textureSizeMm()));
        }
        o.put("surface", lower(m.surface()));
        if (m.opacity() != 1) {
            o.put("opacity", plain(m.opacity()));
        }
        if (m.tier() != 1) {
            o.put("tier", m.tier());
        }
        return o;
    }

    private ObjectNode priceList(PriceList p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.set("label", text(p.label()));
        o.put("currency", p.currency());
        o.put("taxRate", p.taxRate());
        o.put("pricesIncludeTax", p.pricesIncludeTax());
        o.put("factor", p.factor());
        o.put("rounding", p.rounding());
        if (p.validFrom() != null) {
            o.put("validFrom", p.validFrom().toString());
        }
        if (p.validTo() != null) {
            o.put("validTo", p.validTo().toString());
        }
        return o;
    }

    private ObjectNode product(Product p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("kind", lower(p.kind()));
        o.set("label", text(p.label()));
        if (!p.description().isEmpty()) {
            o.set("description", text(p.description()));
        }
        if (p.image() != null) {
            o.put("image", p.image());
        }
        o.put("unit", p.unit());
        componentParts(o, p.root());
        if (!p.derived().isEmpty()) {
            ArrayNode a = o.putArray("derived");
            for (Derived d : p.derived()) {
                ObjectNode x = a.addObject();
                x.put("id", d.id());
                x.set("label", text(d.label()));
                if (!d.unit().isEmpty()) {
                    x.put("unit", d.unit());
                }
                x.put("expression", d.expression());
            }
        }
        if (!p.rules().isEmpty()) {
            ArrayNode a = o.putArray("rules");
            for (Rule r : p.rules()) {
                ObjectNode x = a.addObject();
                x.put("id", r.id());
                x.put("rule", r.text());
                x.set("message", text(r.message()));
            }
        }
        if (!p.prices().isEmpty()) {
            ArrayNode a = o.putArray("prices");
            p.prices().forEach(r -> a.add(priceRule(r)));
        }
        if (!p.steps().isEmpty()) {
            ArrayNode a = o.putArray("steps");
            for (Step s : p.steps()) {
                ObjectNode x = a.addObject();
                x.put("id", s.id());
                x.set("label", text(s.label()));
                ArrayNode items = x.putArray("items");
                s.items().forEach(items::add);
            }
        }
        return o;
    }

    private ObjectNode component(Component c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.set("label", text(c.label()));
        if (c.min() != 1) {
            o.put("min", c.min());
        }
        if (c.max() != 1) {
            o.put("max", c.max());
        }
        if (!c.placement().isEmpty()) {
            o.set("placement", strings(c.placement()));
        }
        componentParts(o, c);
        return o;
    }

    private void componentParts(ObjectNode o, Component c) {
        if (!c.groups().isEmpty()) {
            ArrayNode a = o.putArray("groups");
            c.groups().forEach(g -> a.add(group(g)));
        }
        if (!c.parameters().isEmpty()) {
            ArrayNode a = o.putArray("parameters");
            c.parameters().forEach(p -> a.add(parameter(p)));
        }
        if (!c.texts().isEmpty()) {
            ArrayNode a = o.putArray("texts");
            for (TextField t : c.texts()) {
                ObjectNode x = a.addObject();
                x.put("id", t.id());
                x.set("label", text(t.label()));
                x.put("maxLength", t.maxLength());
                x.put("pattern", t.pattern());
            }
        }
        if (!c.children().isEmpty()) {
            ArrayNode a = o.putArray("components");
            c.children().forEach(k -> a.add(component(k)));
        }
        if (!c.geometry().isEmpty()) {
            ArrayNode a = o.putArray("geometry");
            c.geometry().forEach(g -> a.add(geometry(g)));
        }
        if (!c.bom().isEmpty()) {
            ArrayNode a = o.putArray("bom");
            c.bom().forEach(b -> a.add(bomLine(b)));
        }
    }

    private ObjectNode group(OptionGroup g) {
        ObjectNode o = F.objectNode();
        o.put("id", g.id());
        o.set("label", text(g.label()));
        o.put("kind", lower(g.kind()));
        if (g.defaultOption() != null) {
            o.put("default", g.defaultOption());
        }
        ArrayNode a = o.putArray("options");
        for (Option op : g.options()) {
            ObjectNode x = a.addObject();
            x.put("id", op.id());
            x.set("label", text(op.label()));
            if (!op.description().isEmpty()) {
                x.set("description", text(op.description()));
            }
            if (op.material() != null) {
                x.put("material", op.material());
            }
            if (op.image() != null) {
                x.put("image", op.image());
            }
            if (!op.attributes().isEmpty()) {
                ObjectNode attrs = x.putObject("attributes");
                new TreeMap<>(op.attributes()).forEach((k, v) -> attrs.put(k, plain(v)));
            }
        }
        return o;
    }

    private ObjectNode parameter(Parameter p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.set("label", text(p.label()));
        o.put("unit", p.unit());
        o.put("min", p.min());
        o.put("max", p.max());
        o.put("step", p.step());
        if (p.defaultValue() != null) {
            o.put("default", p.defaultValue());
        }
        return o;
    }

    private ObjectNode priceRule(PriceRule r) {
        ObjectNode o = F.objectNode();
        o.put("id", r.id());
        o.set("label", text(r.label()));
        if (r.per() != null) {
            o.put("per", r.per());
        }
        if (r.when() != null) {
            o.put("when", r.when());
        }
        if (r.amount() != null) {
            o.put("amount", r.amount());
        }
        if (r.formula() != null) {
            o.put("formula", r.formula());
        }
        if (r.percent() != null) {
            o.put("percent", r.percent());
        }
        if (r.quantity() != null) {
            o.put("quantity", r.quantity());
        }
        if (!r.breaks().isEmpty()) {
            ArrayNode a = o.putArray("breaks");
            for (PriceRule.QuantityBreak b : r.breaks()) {
                ObjectNode x = a.addObject();
                x.put("from", b.minQuantity());
                x.put("percentOff", b.percentOff());
            }
        }
        if (!r.overrides().isEmpty()) {
            ObjectNode x = o.putObject("overrides");
            new TreeMap<>(r.overrides()).forEach(x::put);
        }
        return o;
    }

    private ObjectNode geometry(GeometryBinding g) {
        ObjectNode o = F.objectNode();
        o.put("id", g.id());
        o.put("shape", lower(g.shape()));
        if (g.asset() != null) {
            o.put("asset", g.asset());
        }
        if (g.text() != null) {
            o.put("text", g.text());
        }
        o.set("size", strings(g.size()));
        o.set("position", strings(g.position()));
        if (!g.rotation().isEmpty()) {
            o.set("rotation", strings(g.rotation()));
        }
        if (g.material() != null) {
            o.put("material", g.material());
        }
        if (g.when() != null) {
            o.put("when", g.when());
        }
        if (g.role() != null) {
            o.put("role", g.role());
        }
        if (g.part() != GeometryBinding.PartKind.NONE) {
            o.put("part", lower(g.part()));
        }
        if (g.edges() != null) {
            o.put("edges", g.edges());
        }
        return o;
    }

    private ObjectNode bomLine(BomLine b) {
        ObjectNode o = F.objectNode();
        o.put("id", b.id());
        o.set("label", text(b.label()));
        o.put("kind", lower(b.kind()));
        o.put("quantity", b.quantity());
        o.put("unit", b.unit());
        if (b.when() != null) {
            o.put("when", b.when());
        }
        if (b.material() != null) {
            o.put("material", b.material());
        }
        return o;
    }

    /** A double as the shortest plain decimal (600, not 6E+2 or 600.0). */
    private static BigDecimal plain(double v) {
        return new BigDecimal(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    /** English first, then the other languages alphabetically. */
    private static ObjectNode text(LocalizedText t) {
        ObjectNode o = F.objectNode();
        if (t.texts().containsKey("en")) {
            o.put("en", t.texts().get("en"));
        }
        for (Map.Entry<String, String> e : new TreeMap<>(t.texts()).entrySet()) {
            if (!e.getKey().equals("en")) {
                o.put(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
