// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.design;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Ids;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A saved design as a JSON file (what {@code atelier price|quote|bom DESIGN.json} read):
 * <pre>
 * {
 *   "catalog": "wardrobes",
 *   "catalogVersion": "1.0.0",
 *   "product": "wardrobe",
 *   "selections": {"section.count": "2", "section[1].width": "100", "extras.lighting": "yes"},
 *   "texts": {"initials": "MK"}
 * }
 * </pre>
 * Selections are the person's own choices by variable id (see {@link ProductSpace}); the rules engine completes
 * them. A selection may also be written as a JSON number ({@code 100}, stored as {@code "100"}) or, for a many-of
 * option, {@code true}/{@code false} ({@code "yes"}/{@code "no"}). {@code texts} may be left out. Unknown fields
 * are errors, so a typo is not silently ignored.
 *
 * @param catalog        catalog id
 * @param catalogVersion catalog version the design was made with
 * @param product        product id
 * @param selections     chosen value per variable id, in the order given
 * @param texts          free texts by id (monogram initials)
 */
public record DesignFile(String catalog, String catalogVersion, String product, Map<String, String> selections,
                         Map<String, String> texts) {

    private static final Set<String> FIELDS = Set.of("catalog", "catalogVersion", "product", "selections", "texts");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public DesignFile {
        Ids.require(catalog, "catalog");
        if (catalogVersion == null || catalogVersion.isBlank()) {
            throw new IllegalArgumentException("catalogVersion is empty");
        }
        Ids.require(product, "product");
        selections = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(selections,
                "selections")));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(texts, "texts")));
    }

    /** The design of a configuration: its chosen values and texts, with its catalog's id and version. */
    public static DesignFile of(Configuration configuration) {
        Catalog c = configuration.space().catalog();
        if (c == null) {
            throw new IllegalArgumentException("the configuration has no catalog to name");
        }
        return new DesignFile(c.id(), c.version(), configuration.product().id(), configuration.selections(),
                configuration.texts());
    }

    // ------------------------------------------------------------------------------------------ reading

    /**
     * Reads a design file (UTF-8).
     *
     * @throws DesignFileException naming the file and the place or field of the problem
     */
    public static DesignFile read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new DesignFileException(name + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new DesignFileException(name + ": not a text file in UTF-8", e);
        } catch (IOException e) {
            throw new DesignFileException(name + ": cannot read: " + e.getMessage(), e);
        }
        return parse(name, text);
    }

    /** Parses design JSON; {@code fileName} prefixes messages. */
    public static DesignFile parse(String fileName, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String at = loc == null ? fileName : fileName + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new DesignFileException(at + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new DesignFileException(fileName + ": empty file; expected a design object");
        }
        if (!root.isObject()) {
            throw new DesignFileException(fileName + ": expected a design object {\"catalog\": …}, found "
                    + kind(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new DesignFileException(fileName + ": unknown field '" + f + "' (expected catalog,"
                        + " catalogVersion, product, selections, texts)");
            }
        }
        String catalog = id(fileName, root, "catalog");
        String version = string(fileName, root, "catalogVersion");
        String product = id(fileName, root, "product");
        Map<String, String> selections = map(fileName, root, "selections", true);
        Map<String, String> texts = root.has("texts") ? map(fileName, root, "texts", false) : Map.of();
        return new DesignFile(catalog, version, product, selections, texts);
    }

    private static String string(String file, JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new DesignFileException(file + ": missing field '" + field + "'");
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new DesignFileException(file + ": field '" + field + "' must be a non-empty string, found "
                    + kind(n));
        }
        return n.asText();
    }

    private static String id(String file, JsonNode root, String field) {
        String s = string(file, root, field);
        if (!Ids.isValid(s)) {
            throw new DesignFileException(file + ": field '" + field + "': '" + s
                    + "' is not an id (lower-case letters, digits and dashes)");
        }
        return s;
    }

    private static Map<String, String> map(String file, JsonNode root, String field, boolean selections) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new DesignFileException(file + ": missing field '" + field + "'");
        }
        if (!n.isObject()) {
            throw new DesignFileException(file + ": field '" + field + "' must be an object, found " + kind(n));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String value;
            if (v.isTextual()) {
                value = v.asText();
            } else if (selections && v.isNumber()) {
                value = Parameter.format(v.decimalValue());
            } else if (selections && v.isBoolean()) {
                value = v.booleanValue() ? ProductSpace.YES : ProductSpace.NO;
            } else {
                throw new DesignFileException(file + ": " + field + "." + e.getKey() + " must be "
                        + (selections ? "a string, number or true/false" : "a string") + ", found " + kind(v));
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        if (n.isNull()) {
            return "null";
        }
        return n.isTextual() ? "a string" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    // ------------------------------------------------------------------------------------------ writing

    /** The design as pretty-printed JSON (two-space indent, fields in the documented order, final newline). */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("catalog", catalog);
        root.put("catalogVersion", catalogVersion);
        root.put("product", product);
        ObjectNode sel = root.putObject("selections");
        selections.forEach(sel::put);
        if (!texts.isEmpty()) {
            ObjectNode t = root.putObject("texts");
            texts.forEach(t::put);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serializes", e);
        }
    }

    /** Writes the design as UTF-8 JSON. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------ catalog

    /** Whether the design was made with this catalog edition (same id and version). */
    public boolean madeWith(Catalog c) {
        return c.id().equals(catalog) && c.version().equals(catalogVersion);
    }

    /**
     * The design's choices as a (partial) configuration of {@code c}'s product: only the selections, all counted as
     * chosen; the rules engine completes it. A different catalog version is accepted (the caller re-validates and
     * reports what changed, see {@link #madeWith}).
     *
     * @throws DesignFileException if the catalog id or product does not match, or a selection or text names a
     *                             variable, value or text the product does not have (the message names the field)
     */
    public Configuration toConfiguration(Catalog c) {
        if (!c.id().equals(catalog)) {
            throw new DesignFileException("catalog: the design is for catalog '" + catalog + "', not '" + c.id()
                    + "'");
        }
        Product p = c.product(product).orElseThrow(() -> new DesignFileException("product: catalog " + c.id()
                + " has no product '" + product + "'"));
        ProductSpace space = ProductSpace.of(c, p);
        for (Map.Entry<String, String> e : selections.entrySet()) {
            Optional<ProductSpace.Var> var = space.variable(e.getKey());
            if (var.isEmpty()) {
                throw new DesignFileException("selections." + e.getKey() + ": product " + product
                        + " has no such choice");
            }
            List<String> values = var.get().values();
            if (!values.contains(e.getValue())) {
                throw new DesignFileException("selections." + e.getKey() + ": '" + e.getValue()
                        + "' is not one of its values (" + summary(values) + ")");
            }
        }
        for (Map.Entry<String, String> e : texts.entrySet()) {
            TextField field = textField(space, e.getKey());
            if (field == null) {
                throw new DesignFileException("texts." + e.getKey() + ": product " + product + " has no such text");
            }
            if (!field.accepts(e.getValue())) {
                throw new DesignFileException("texts." + e.getKey() + ": '" + e.getValue() + "' does not match "
                        + field.pattern() + " (at most " + field.maxLength() + " characters)");
            }
        }
        return new Configuration(space, selections, selections.keySet(), texts);
    }

    private static TextField textField(ProductSpace space, String id) {
        for (ProductSpace.Instance i : space.instances()) {
            String prefix = i.prefix();
            if (id.startsWith(prefix)) {
                Optional<TextField> t = i.component().text(id.substring(prefix.length()));
                if (t.isPresent()) {
                    return t.get();
                }
            }
        }
        return null;
    }

    private static String summary(List<String> values) {
        List<String> real = values.stream().filter(v -> !v.equals(ProductSpace.NA)).toList();
        if (real.size() <= 12) {
            return String.join(", ", real);
        }
        return String.join(", ", real.subList(0, 5)) + ", …, " + String.join(", ",
                real.subList(real.size() - 3, real.size()));
    }
}
