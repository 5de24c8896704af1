// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogCheckCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            CommandLine cl = new CommandLine(new CatalogCommand());
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            return cl.execute(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shippedCatalogsPassWithExitZero() {
        assertThat(run("check", "catalogs")).isZero();
        assertThat(out.toString()).doesNotContain(": error:").containsPattern(
                "2 catalog files( checked: no problems|: no errors, \\d+ warnings?)\\.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsOneLinePerProblemAndExitsOneOnErrors(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("catalogs/shirts.json"), StandardCharsets.UTF_8)
                .replace("\"rule\": \"cuffs = french requires extras.cufflinks\"",
                        "\"rule\": \"cuffs = french requires extras.cuflinks\"");
        Path broken = dir.resolve("shirts.json");
        Files.writeString(broken, text);
        int line = text.substring(0, text.indexOf("extras.cuflinks")).split("\n", -1).length;
        int column = text.indexOf("extras.cuflinks") - text.lastIndexOf('\n', text.indexOf("extras.cuflinks"));
        assertThat(run("check", broken.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(broken + ":" + line + ":" + column
                + ": error: rule 'french-cuffs-need-cufflinks': 'cuflinks' is not an option of 'extras'");
        assertThat(err.toString()).contains("1 catalog file: 1 error, no warnings.");
    }

    @Test
    void jsonOutputListsCatalogsWithTheirProblems(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("gone.json");
        assertThat(run("check", "--json", "catalogs/wardrobes.json", missing.toString())).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode first = root.get("catalogs").get(0);
        assertThat(first.get("file").asText()).isEqualTo(Path.of("catalogs/wardrobes.json").toString());
        assertThat(first.get("id").asText()).isEqualTo("wardrobes");
        assertThat(first.get("version").asText()).isEqualTo("1.0.0");
        assertThat(first.get("products").get(0).asText()).isEqualTo("wardrobe");
        assertThat(first.get("errors")).isEmpty();
        JsonNode second = root.get("catalogs").get(1);
        assertThat(second.get("id").isNull()).isTrue();
        JsonNode error = second.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo(missing.toString());
        assertThat(error.get("line").asInt()).isZero();
        assertThat(error.get("column").asInt()).isZero();
        assertThat(error.get("message").asText()).isEqualTo("no such file");
    }

    @Test
    void notJsonAtAllExitsTwoWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("image.json");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});
        assertThat(run("check", binary.toString())).isEqualTo(2);
        assertThat(out.toString()).contains(binary + ": error: not a text file in UTF-8");
        assertThat(out.toString() + err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void summaryIsTranslated() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            CommandLine cl = new CommandLine(new CatalogCommand());
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            assertThat(cl.execute("check", "catalogs/shirts.json")).isZero();
            assertThat(out.toString()).containsPattern("1 Katalogdatei( geprüft: keine Probleme|: keine Fehler, "
                    + "\\d+ Warnung(en)?)\\.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
