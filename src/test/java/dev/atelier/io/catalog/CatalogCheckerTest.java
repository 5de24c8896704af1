// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.atelier.io.catalog.TextPositions.of;
import static dev.atelier.io.catalog.TextPositions.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogCheckerTest {

    static final Path WARDROBES = Path.of("catalogs/wardrobes.json");
    static final Path SHIRTS = Path.of("catalogs/shirts.json");

    static CatalogChecker checker;
    static String wardrobes;

    @BeforeAll
    static void setUp() throws IOException {
        checker = new CatalogChecker();
        wardrobes = Files.readString(WARDROBES, StandardCharsets.UTF_8);
    }

    private static List<String> problems(String text) {
        return checker.check("w.json", text).problems().stream().map(CatalogProblem::toString).toList();
    }

    @Test
    void shippedCatalogsAreValid() {
        CatalogChecker.Report report = checker.check(List.of(Path.of("catalogs")));
        assertThat(report.files()).extracting(CatalogChecker.FileReport::catalogId)
                .containsExactly("shirts", "wardrobes");
        assertThat(report.files()).allSatisfy(f -> assertThat(f.errors()).isEmpty());
        assertThat(report.exitCode()).isZero();
        assertThat(report.files().get(1).products()).containsExactly("wardrobe");
        assertThat(report.files().get(0).products()).containsExactly("shirt");
    }

    @Test
    void shippedCatalogsHaveNoSchemaFindings() throws IOException {
        JsonCatalogReader reader = new JsonCatalogReader();
        assertThat(reader.validateAgainstSchema(wardrobes)).isEmpty();
        assertThat(reader.validateAgainstSchema(Files.readString(SHIRTS, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void truncatedFileNamesTheObjectThatIsNotClosed() {
        String cut = wardrobes.substring(0, wardrobes.indexOf("\"rules\": ["));
        String productStart = of(wardrobes, wardrobes.indexOf("{", wardrobes.indexOf("\"products\": [")));
        assertThat(problems(cut)).containsExactly("w.json:" + of(cut, cut.length())
                + ": error: unexpected end of file, an object opened at " + productStart + " is not closed");
        CatalogChecker.FileReport r = checker.check("w.json", cut);
        assertThat(r.unreadable()).isFalse();
        assertThat(r.catalogId()).isNull();
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        String text = replaceOnce(wardrobes, "\"min\": 201", "\"min\": \"201\"");
        assertThat(problems(text)).contains("w.json:" + of(text, "\"201\"")
                + ": error: field 'min' must be a number, found a string");
    }

    @Test
    void danglingMaterialReferenceSuggestsTheNearestMaterial() {
        String text = replaceOnce(wardrobes, "\"material\": \"walnut\"}", "\"material\": \"walnutt\"}");
        assertThat(problems(text)).contains("w.json:" + of(text, "\"walnutt\"") + ": error: option 'walnut' "
                + "names material 'walnutt', which is not among the catalog's materials; did you mean 'walnut'?");
    }

    @Test
    void duplicateRuleIdIsReportedAtTheSecondRule() {
        String text = replaceOnce(wardrobes, "{\"id\": \"mirror-only-hinged\"", "{\"id\": \"glass-needs-tall-frame\"");
        String second = of(text, text.indexOf("{\"id\": \"glass-needs-tall-frame\"",
                text.indexOf("{\"id\": \"glass-needs-tall-frame\"") + 1));
        assertThat(problems(text)).contains("w.json:" + second
                + ": error: rule id 'glass-needs-tall-frame' is used twice in this product");
    }

    @Test
    void misspelledNameInsideARuleIsReportedAtItsColumn() {
        String text = replaceOnce(wardrobes, "door-style = glass requires height = 236",
                "door-style = glass requires hieght = 236");
        assertThat(problems(text)).containsExactly("w.json:" + of(text, "hieght")
                + ": error: rule 'glass-needs-tall-frame': unknown name 'hieght'");
    }

    @Test
    void positionsInsideStringsCountEscapedQuotes() {
        String text = replaceOnce(wardrobes, "attr(door-style, \\\"pricePerM2\\\") * width * height / 10000",
                "attr(door-style, \\\"pricePerM2\\\") * width * heigth / 10000");
        assertThat(problems(text)).containsExactly("w.json:" + of(text, "heigth")
                + ": error: price rule 'hinged-doors' formula: unknown name 'heigth' (looked in section and its "
                + "parents)");
    }

    @Test
    void unknownFieldsMissingFieldsAndDanglingPathsAreReported() {
        String text = replaceOnce(wardrobes, "\"color\": \"#F2F1EC\"", "\"colr\": \"#F2F1EC\"");
        text = replaceOnce(text, "\"items\": [\"finish\", \"handle\"]", "\"items\": [\"finish\", \"handles\"]");
        text = replaceOnce(text, "\"per\": \"section.insert\"", "\"per\": \"section.inserts\"");
        text = replaceOnce(text, "\"material\": \"wire-grey\"", "\"material\": \"wire\"");
        assertThat(problems(text)).contains(
                "w.json:" + of(text, "\"colr\"") + ": error: unknown field 'colr' in material 'white'; did you mean "
                        + "'color'?",
                "w.json:" + of(text, "{\"id\": \"white\"") + ": error: material 'white' has no 'color'; it is "
                        + "required",
                "w.json:" + of(text, text.indexOf("\"handles\"]")) + ": error: step item 'handles' names no option group, "
                        + "parameter, text or component; did you mean 'handle'?",
                "w.json:" + of(text, "\"section.inserts\"") + ": error: 'per' names 'section.inserts', which is no "
                        + "component of the product; did you mean 'section.insert'?",
                "w.json:" + of(text, "\"wire\"") + ": error: material 'wire' is neither a catalog material nor a "
                        + "one-of group of this component or its parents");
    }

    @Test
    void ruleSyntaxErrorsAndCompileLimitsAreReported() {
        String text = replaceOnce(wardrobes, "\"rule\": \"extras.push-open excludes extras.soft-close\"",
                "\"rule\": \"extras.push-open excludes (extras.soft-close\"");
        String rule = "extras.push-open excludes (extras.soft-close";
        assertThat(problems(text)).containsExactly("w.json:" + of(text, text.indexOf(rule) + rule.length())
                + ": error: rule 'push-open-no-soft-close': expected ')', found end of rule");
    }

    @Test
    void unreadableFilesAreSeparatedFromInvalidOnes(@TempDir Path dir) throws IOException {
        Path notJson = dir.resolve("notes.json");
        Files.writeString(notJson, "These are not the catalogs you are looking for.");
        Path truncated = dir.resolve("cut.json");
        Files.writeString(truncated, wardrobes.substring(0, 200));
        Path missing = dir.resolve("missing.json");
        assertThat(checker.check(List.of(notJson)).exitCode()).isEqualTo(2);
        assertThat(checker.check(List.of(missing)).files().get(0).problems()).extracting(CatalogProblem::toString)
                .containsExactly(missing + ": error: no such file");
        assertThat(checker.check(List.of(truncated)).exitCode()).isEqualTo(1);
        assertThat(checker.check(List.of(truncated, missing)).exitCode()).isEqualTo(2);
    }

    @Test
    void foldersStandForTheirCatalogFilesWithoutTheSchema() {
        assertThat(CatalogChecker.expand(List.of(Path.of("catalogs")))).containsExactly(SHIRTS.resolve("")
                .normalize(), WARDROBES);
    }

    @Test
    void analysesRunOnEveryCompiledProduct() {
        CatalogChecker withAnalysis = checker.with(s -> List.of(CatalogProblem.warning(
                s.read().positionOf(s.product().id(), "rule:" + s.product().rules().get(0).id()).orElseThrow(),
                s.product().id() + " has " + s.compiled().model().size() + " variables")));
        CatalogChecker.FileReport r = withAnalysis.checkFile(WARDROBES);
        List<CatalogProblem> found = r.warnings().stream().filter(p -> p.message().contains("variables")).toList();
        assertThat(found).extracting(CatalogProblem::message).containsExactly("wardrobe has 49 variables");
        assertThat(found.get(0).position().toString()).isEqualTo(WARDROBES + ":"
                + of(wardrobes, "{\"id\": \"fits-wall\""));
    }
}
