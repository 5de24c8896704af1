// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.atelier.io.catalog.TextPositions.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonCatalogReaderTest {

    private final JsonCatalogReader reader = new JsonCatalogReader();

    private static final String MINIMAL = """
            {
              "$schema": "schema/catalog.schema.json",
              "id": "mini",
              "version": "0.1.0",
              "name": {"en": "Mini", "de": "Mini"},
              "materials": [{"id": "oak", "label": "Oak", "color": "#C8A27A"}],
              "priceLists": [{"id": "eur-de", "label": "DE", "currency": "EUR", "taxRate": 0.19}],
              "products": [{
                "id": "shelf", "kind": "furniture", "label": "Shelf", "unit": "cm",
                "parameters": [{"id": "width", "label": "Width", "unit": "cm", "min": 40, "max": 80, "step": 20}],
                "groups": [{"id": "finish", "label": "Finish", "options": [{"id": "oak", "label": "Oak", "material": "oak"}]}],
                "geometry": [{"id": "board", "shape": "box", "size": ["width * 10", 18, 300], "position": [0, 0, 0], "material": "finish"}],
                "rules": [{"id": "narrow", "rule": "width <= 60 requires finish = oak", "message": "Narrow shelves are oak."}]
              }]
            }
            """;

    @Test
    void readsAMinimalCatalogWithDefaults() {
        CatalogReadResult r = reader.read("mini.json", MINIMAL);
        assertThat(r.problems()).isEmpty();
        Catalog c = r.orThrow();
        assertThat(c.priceLists().get(0).factor()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(c.priceLists().get(0).pricesIncludeTax()).isTrue();
        Product p = c.product("shelf").orElseThrow();
        assertThat(p.root().id()).isEqualTo("shelf");
        assertThat(p.root().parameters().get(0).valueIds()).containsExactly("40", "60", "80");
        assertThat(p.root().geometry().get(0).size()).containsExactly("width * 10", "18", "300");
        assertThat(c.materials().get(0).surface()).isEqualTo(dev.atelier.domain.catalog.Material.Surface.MATTE);
    }

    @Test
    void ruleSourcePointsAtTheFirstCharacterOfTheRuleText() {
        CatalogReadResult r = reader.read("mini.json", MINIMAL);
        Rule rule = r.orThrow().products().get(0).rules().get(0);
        assertThat(rule.source().toString()).isEqualTo("mini.json:" + of(MINIMAL, "width <= 60"));
        assertThat(r.positionOf("shelf", "rule:narrow")).contains(new SourcePos("mini.json",
                Integer.parseInt(of(MINIMAL, "{\"id\": \"narrow\"").split(":")[0]),
                Integer.parseInt(of(MINIMAL, "{\"id\": \"narrow\"").split(":")[1])));
        assertThat(r.positionOf("shelf", "finish=oak")).isPresent();
        assertThat(r.positionOf("shelf", "width")).isPresent();
    }

    @Test
    void remembersExpressionsWithTheirPlaces() {
        CatalogReadResult r = reader.read("mini.json", MINIMAL);
        assertThat(r.expressions()).extracting(ExpressionSite::text).containsExactly("width * 10", "18", "300", "0",
                "0", "0");
        ExpressionSite first = r.expressions().get(0);
        assertThat(first.start().toString()).isEqualTo("mini.json:" + of(MINIMAL, "width * 10"));
        assertThat(first.what()).isEqualTo("geometry 'board' size (x)");
    }

    @Test
    void writerOutputReadsBackToAnEqualCatalog() throws IOException {
        for (String file : List.of("catalogs/wardrobes.json", "catalogs/shirts.json")) {
            Catalog original = reader.read(Path.of(file)).orThrow();
            String written = new JsonCatalogWriter().write(original);
            CatalogReadResult back = reader.read("written.json", written);
            assertThat(back.errors()).isEmpty();
            assertThat(withoutSources(back.orThrow())).isEqualTo(withoutSources(original));
            assertThat(reader.validateAgainstSchema(written)).isEmpty();
        }
    }

    private static Catalog withoutSources(Catalog c) {
        return new Catalog(c.id(), c.version(), c.name(), c.materials(), c.priceLists(), c.products().stream()
                .map(p -> new Product(p.id(), p.kind(), p.label(), p.description(), p.image(), p.unit(), p.root(),
                        p.derived(), p.rules().stream().map(r -> new Rule(r.id(), r.text(), r.message())).toList(),
                        p.prices(), p.steps())).toList());
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        String text = MINIMAL.replace("\"step\": 20", "\"step\": 0")
                .replace("\"color\": \"#C8A27A\"", "\"color\": \"brown\"")
                .replace("\"shape\": \"box\"", "\"shape\": \"sphere\"")
                .replace("\"id\": \"narrow\"", "\"id\": \"Narrow Shelf\"");
        List<String> problems = reader.read("m.json", text).problems().stream().map(CatalogProblem::toString)
                .toList();
        assertThat(problems).contains(
                "m.json:" + of(text, "\"brown\"") + ": error: color 'brown' must be written #RRGGBB, e.g. #D8C3A5",
                "m.json:" + of(text, "\"step\": 0").replaceAll(":\\d+$", ":" + (Integer.parseInt(
                        of(text, "\"step\": 0").split(":")[1]) + 8)) + ": error: step must be above 0",
                "m.json:" + of(text, "\"sphere\"") + ": error: field 'shape' must be one of box, cylinder, mesh, text,"
                        + " found 'sphere'",
                "m.json:" + of(text, "\"Narrow Shelf\"") + ": error: id 'Narrow Shelf' must be lower-case letters, "
                        + "digits and dashes, starting with a letter or digit (e.g. narrow-shelf)");
    }

    @Test
    void duplicateFieldNamesAndEmptyTextsAreErrors() {
        String text = MINIMAL.replace("\"id\": \"mini\",", "\"id\": \"mini\", \"id\": \"maxi\",")
                .replace("\"label\": \"Oak\", \"color\"", "\"label\": {}, \"color\"");
        List<String> problems = reader.read("m.json", text).problems().stream().map(CatalogProblem::toString)
                .toList();
        assertThat(problems).contains("m.json:" + of(text, "\"id\": \"maxi\"") + ": error: field 'id' appears twice "
                + "in this object (first at " + of(text, "\"id\": \"mini\"") + "); the second is ignored");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("m.json:" + of(text, "{}")
                + ": error: schema: "));
    }

    @Test
    void priceRulesNeedExactlyOneKindOfAmount() {
        String text = MINIMAL.replace("\"rules\": [", "\"prices\": [{\"id\": \"base\", \"label\": \"Base\", "
                + "\"amount\": 10, \"percent\": 5}],\n    \"rules\": [");
        assertThat(reader.read("m.json", text).errors()).extracting(CatalogProblem::message)
                .contains("price rule 'base' needs exactly one of 'amount', 'formula' and 'percent', found 2");
    }

    @Test
    void missingAssetsAreWarningsWhenThereIsAnAssetsFolder(@TempDir Path dir) throws IOException {
        Path catalogs = Files.createDirectories(dir.resolve("catalogs"));
        Files.createDirectories(dir.resolve("assets/meshes"));
        Files.writeString(dir.resolve("assets/meshes/knob.obj"), "o knob\n");
        String text = MINIMAL.replace("{\"id\": \"board\"", "{\"id\": \"knob\", \"shape\": \"mesh\", \"asset\": "
                + "\"meshes/knob.obj\", \"size\": [30, 30, 30], \"position\": [0, 0, 0]}, {\"id\": \"handle\", "
                + "\"shape\": \"mesh\", \"asset\": \"meshes/handle.obj\", \"size\": [30, 30, 30], \"position\": "
                + "[0, 0, 0]}, {\"id\": \"board\"");
        Path file = catalogs.resolve("mini.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CatalogReadResult r = reader.read(file);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(CatalogProblem::message)
                .containsExactly("mesh 'meshes/handle.obj' is not in the assets folder (yet)");
        Component root = r.orThrow().products().get(0).root();
        assertThat(root.geometry()).extracting(GeometryBinding::shape).contains(GeometryBinding.Shape.MESH);
    }

    @Test
    void notJsonIsUnreadableButBrokenJsonIsAnError() {
        CatalogReadResult notJson = reader.read("n.json", "Hello catalog");
        assertThat(notJson.unreadable()).isTrue();
        assertThat(notJson.problems().get(0).toString()).startsWith("n.json:1:1: error: not a JSON file: ");
        CatalogReadResult broken = reader.read("b.json", "{\n  \"id\": \"x\",\n  \"version\" \"1.0.0\"\n}");
        assertThat(broken.unreadable()).isFalse();
        assertThat(broken.problems()).singleElement().extracting(CatalogProblem::toString).asString()
                .startsWith("b.json:3:13: error: ");
        assertThatThrownBy(broken::orThrow).isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("b.json:3:13");
    }

    @Test
    void truncatedListSaysWhichListIsOpen() {
        String text = "{\"id\": \"x\", \"products\": [\n  {\"id\": \"a\"},\n";
        assertThat(reader.read("t.json", text).problems()).extracting(CatalogProblem::toString).containsExactly(
                "t.json:3:1: error: unexpected end of file, a list opened at 1:25 is not closed");
    }

    @Test
    void mapsEscapedRuleTextBackToFileColumns() {
        String text = "{\"rule\": \"attr(x, \\\"w\\\") > 1 and colour = red\"}";
        CatalogReadResult r = new CatalogReadResult("e.json", null, List.of(), false, List.of(), text);
        SourcePos start = new SourcePos("e.json", 1, text.indexOf("attr") + 1);
        int offsetInRule = "attr(x, \"w\") > 1 and ".length();
        assertThat(r.at(start, offsetInRule).column()).isEqualTo(text.indexOf("colour") + 1);
    }

    @Test
    void anUnknownFieldIsReportedOnceAtItsName() {
        String text = MINIMAL.replace("\"unit\": \"cm\",\n", "\"unit\": \"cm\", \"colour\": \"red\",\n");
        assertThat(reader.read("m.json", text).problems()).extracting(CatalogProblem::toString).containsExactly(
                "m.json:" + of(text, "\"colour\"") + ": error: unknown field 'colour' in product 'shelf'");
    }
}
