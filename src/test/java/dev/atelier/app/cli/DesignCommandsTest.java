// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code atelier price|quote|bom DESIGN.json} on the shipped shirt catalog, run in-process. */
class DesignCommandsTest {

    static final Path CATALOGS = Path.of("catalogs");

    /** Three navy twill shirts, hand-priced at 541.06 EUR in RealCatalogPricingTest. */
    static final String SHIRTS = """
            {"catalog":"shirts","catalogVersion":"%s","product":"shirt","selections":{
              "fabric":"twill-navy","fit":"regular","collar":"cutaway","sleeve":"long","cuffs":"french",
              "placket":"hidden","pocket":"none","back":"box-pleat","buttons":"mother-of-pearl","monogram":"cuff",
              "extras.cufflinks":"yes","extras.collar-stays":"yes","extras.contrast-collar":"yes","neck":"40",
              "chest":"100","waist":"88","sleeve-length":"64.5","length":"78","quantity":"3"},
             "texts":{"initials":"MK"}}
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new AtelierCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Path design(String json) throws Exception {
        String version = new ObjectMapper().readTree(CATALOGS.resolve("shirts.json").toFile()).get("version").asText();
        Path file = dir.resolve("design.json");
        Files.writeString(file, json.formatted(version));
        return file;
    }

    @Test
    void pricesASavedDesignAsJsonWithLinesThatAddUp() throws Exception {
        Run r = run("price", design(SHIRTS).toString(), "--json", "--catalogs", CATALOGS.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        JsonNode price = new ObjectMapper().readTree(r.out());
        assertThat(price.get("total").asText()).isEqualTo("541.06");
        assertThat(price.get("currency").asText()).isEqualTo("EUR");
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode line : price.get("lines")) {
            sum = sum.add(new java.math.BigDecimal(line.get("amount").asText()));
        }
        assertThat(sum).isEqualByComparingTo("541.06");
    }

    @Test
    void engineInCatalogModePricesTheCompleteStateExactlyLikeThePriceCommand() throws Exception {
        JsonNode design = new ObjectMapper().readTree(Files.readString(design(SHIRTS)));
        StringBuilder requests = new StringBuilder();
        design.get("selections").fields().forEachRemaining(e -> requests.append("{\"op\":\"select\",\"var\":\"")
                .append(e.getKey()).append("\",\"value\":\"").append(e.getValue().asText()).append("\"}\n"));
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new EngineCommand(new java.io.ByteArrayInputStream(
                requests.toString().getBytes(StandardCharsets.UTF_8)), DesignCommand.FALLBACK))
                .setOut(new PrintWriter(out)).execute("--catalog", CATALOGS.resolve("shirts.json").toString(),
                        "--product", "shirt");
        assertThat(exit).isZero();
        String[] answers = out.toString().split("\n");
        JsonNode last = new ObjectMapper().readTree(answers[answers.length - 1]);
        assertThat(last.get("ok").asBoolean()).isTrue();
        assertThat(last.get("complete").asBoolean()).isTrue();
        Run price = run("price", design(SHIRTS).toString(), "--json", "--catalogs", CATALOGS.toString());
        JsonNode expected = new ObjectMapper().readTree(price.out());
        assertThat(last.get("price").get("total").asText()).isEqualTo("541.06");
        assertThat(last.get("price").get("lines")).isEqualTo(expected.get("lines"));
    }

    @Test
    void writesAQuotePdfAndABillOfMaterials() throws Exception {
        Path design = design(SHIRTS);
        Path pdf = dir.resolve("quote.pdf");
        Run q = run("quote", design.toString(), "--pdf", pdf.toString(), "--lang", "de", "--code", "k7m3qx", "--no-render",
                "--catalogs", CATALOGS.toString());
        assertThat(q.err()).isEmpty();
        assertThat(q.exit()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("541,06").contains("K7M-3QX");
        }
        Path csv = dir.resolve("bom.csv");
        Run b = run("bom", design.toString(), "--csv", csv.toString(), "--catalogs", CATALOGS.toString());
        assertThat(b.exit()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("twill-navy").contains("interlining");
    }

    @Test
    void refusesAnInvalidCombinationWithItsReasonAndWritesNothing() throws Exception {
        Path design = design(SHIRTS.replace("\"extras.cufflinks\":\"yes\"", "\"extras.cufflinks\":\"no\""));
        Path pdf = dir.resolve("quote.pdf");
        Run r = run("quote", design.toString(), "--pdf", pdf.toString(), "--catalogs", CATALOGS.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("atelier quote: ").contains("selections.").doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void refusesIncompleteUnknownAndUnreadableDesigns() throws Exception {
        Run incomplete = run("price", design(SHIRTS.replace("\"fit\":\"regular\",", "")).toString(),
                "--catalogs", CATALOGS.toString());
        assertThat(incomplete.exit()).isEqualTo(1);
        assertThat(incomplete.err()).contains("incomplete").contains("fit");

        Run unknown = run("price", design(SHIRTS.replace("\"product\":\"shirt\"", "\"product\":\"blouse\"")).toString(),
                "--catalogs", CATALOGS.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("product").contains("blouse");

        Run oldVersion = run("price", design(SHIRTS.replace("\"catalogVersion\":\"%s\"", "\"catalogVersion\":\"0.1\""))
                .toString(), "--catalogs", CATALOGS.toString());
        assertThat(oldVersion.exit()).isEqualTo(1);
        assertThat(oldVersion.err()).contains("catalogVersion").contains("0.1");

        Run missing = run("price", dir.resolve("nope.json").toString(), "--catalogs", CATALOGS.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
