// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.SourcePos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads catalog JSON files ({@code catalogs/*.json}) into {@link Catalog} records. Never stops at the first
 * problem: the result carries every error and warning with {@code file:line:column} — JSON syntax (a truncated
 * file says which object is not closed), wrong types, unknown or missing fields, bad ids, duplicates, dangling
 * references — plus what the JSON Schema ({@code catalogs/schema/catalog.schema.json}) finds beyond that.
 * Rules keep the place of their first character so rule errors point at the exact column.
 * <p>
 * Rule syntax, names inside expressions and compilation are checked by {@link CatalogChecker}.
 * Instances are immutable and thread-safe.
 */
public final class JsonCatalogReader {

    /** Classpath location of the schema (a copy of {@code catalogs/schema/catalog.schema.json}). */
    public static final String SCHEMA_RESOURCE = "/dev/atelier/io/catalog/catalog.schema.json";

    /** Schema findings the reader always reports itself, more precisely (unknown and missing fields). */
    private static final Set<String> READER_CHECKS = Set.of("additionalProperties", "unevaluatedProperties",
            "required");

    private final JsonSchema schema;

    public JsonCatalogReader() {
        this.schema = loadSchema();
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = JsonCatalogReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the catalog schema " + SCHEMA_RESOURCE + " is not on the classpath");
            }
            JsonNode node = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog schema", e);
        }
    }

    /**
     * Reads a file. Assets (textures, meshes, pictures) are looked up in the {@code assets} folder next to the
     * catalog's folder ({@code catalogs/../assets}) if there is one; missing ones are warnings.
     */
    public CatalogReadResult read(Path file) {
        String name = file.toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return unreadable(name, "no such file");
        } catch (CharacterCodingException e) {
            return unreadable(name, "not a text file in UTF-8");
        } catch (IOException e) {
            return unreadable(name, "cannot read: " + e.getMessage());
        }
        Path parent = file.toAbsolutePath().getParent();
        Path assets = parent == null || parent.getParent() == null ? null : parent.getParent().resolve("assets");
        return read(name, text, assets);
    }

    /** Reads catalog text; {@code fileName} is used in positions; no asset checks. */
    public CatalogReadResult read(String fileName, String text) {
        return read(fileName, text, null);
    }

    /** Reads catalog text, checking asset paths against {@code assetsDir} (may be null). */
    public CatalogReadResult read(String fileName, String text, Path assetsDir) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonTree tree;
        try {
            tree = JsonTree.parse(body);
        } catch (JsonTree.SyntaxError e) {
            SourcePos at = new SourcePos(fileName, e.loc().line(), e.loc().column());
            if (e.nothingRead()) {
                return new CatalogReadResult(fileName, null, List.of(CatalogProblem.error(at, "not a JSON file: "
                        + e.getMessage())), true, List.of(), body);
            }
            return new CatalogReadResult(fileName, null, List.of(CatalogProblem.error(at, e.getMessage())), false,
                    List.of(), body);
        }
        CatalogMapper mapper = new CatalogMapper(fileName, assetsDir);
        for (JsonTree.Duplicate d : tree.duplicates()) {
            mapper.error(d.loc(), "field '" + d.name() + "' appears twice in this object (first at " + d.first()
                    + "); the second is ignored");
        }
        if (!(tree.root() instanceof JsonTree.Obj)) {
            mapper.error(tree.root().loc(), "a catalog must be a JSON object { … }, found " + tree.root().describe());
            return new CatalogReadResult(fileName, null, mapper.problems(), false, List.of(), body);
        }
        Catalog catalog = mapper.catalog(tree.root());
        List<CatalogProblem> problems = new ArrayList<>(mapper.problems());
        problems.addAll(schemaProblems(fileName, tree, problems));
        return new CatalogReadResult(fileName, catalog, CatalogMapper.sorted(problems), false,
                mapper.expressions(), body, mapper.positions());
    }

    /**
     * What the JSON Schema finds that the reader did not already report at the same place (the reader's own
     * messages are more specific; the schema is the contract editors and other tools check against).
     */
    private List<CatalogProblem> schemaProblems(String fileName, JsonTree tree, List<CatalogProblem> known) {
        Set<String> reported = new HashSet<>();
        for (CatalogProblem p : known) {
            if (!p.isError()) {
                continue;
            }
            reported.add(p.position().line() + ":" + p.position().column());
        }
        List<CatalogProblem> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(JsonTree.toJackson(tree.root()))) {
            if (READER_CHECKS.contains(m.getType())) {
                continue; // the reader reports these at the field itself, with a suggestion
            }
            JsonTree.Loc loc = JsonTree.locate(tree.root(), elements(m.getInstanceLocation()));
            if (reported.add(loc.line() + ":" + loc.column())) {
                out.add(CatalogProblem.error(new SourcePos(fileName, loc.line(), loc.column()),
                        "schema: " + schemaMessage(m)));
            }
        }
        return out;
    }

    /** Every message the schema gives for a text, without the reader's own checks (for tests and tools). */
    public List<String> validateAgainstSchema(String text) {
        try {
            JsonTree tree = JsonTree.parse(text);
            List<String> out = new ArrayList<>();
            for (ValidationMessage m : schema.validate(JsonTree.toJackson(tree.root()))) {
                JsonTree.Loc loc = JsonTree.locate(tree.root(), elements(m.getInstanceLocation()));
                out.add(loc + ": " + schemaMessage(m));
            }
            return out;
        } catch (JsonTree.SyntaxError e) {
            return List.of(e.loc() + ": " + e.getMessage());
        }
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    private static String schemaMessage(ValidationMessage m) {
        String msg = m.getMessage();
        String loc = m.getInstanceLocation().toString();
        if (msg.startsWith(loc + ": ")) {
            msg = msg.substring(loc.length() + 2);
        }
        return msg + " (at " + loc + ")";
    }

    private static CatalogReadResult unreadable(String name, String why) {
        return new CatalogReadResult(name, null, List.of(CatalogProblem.error(new SourcePos(name, 0, 0), why)),
                true, List.of(), "");
    }
}
