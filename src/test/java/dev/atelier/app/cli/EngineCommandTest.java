// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.rules.engine.ModelTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EngineCommandTest {

    private static final String INSTANCE = """
            <instance>
            <domains><domain name="D" nbValues="3">0..2</domain></domains>
            <variables><variable name="a" domain="D"/><variable name="b" domain="D"/></variables>
            <relations><relation name="R" arity="2" nbTuples="1" semantics="conflicts">2 2</relation></relations>
            <constraints><constraint name="C" arity="2" scope="a b" reference="R"/></constraints>
            </instance>
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int runSession(String requests, String... args) {
        EngineCommand command = new EngineCommand(
                new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8)),
                model -> {
                    throw new ModelTooLargeException("no fallback in this test");
                });
        return run(new CommandLine(command), args);
    }

    @Test
    void answersEachRequestLineWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("ab.xml"), INSTANCE);
        int status = runSession("{\"op\":\"select\",\"var\":\"a\",\"value\":\"2\"}\n\n{\"op\":\"explain\",\"var\":\"b\","
                + "\"value\":\"2\"}\n{\"op\":\"nope\"}\n", "--xcsp", file.toString());
        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).containsExactly(
                "{\"ok\":true,\"selected\":{\"a\":\"2\"},\"domains\":{\"a\":[\"2\"],\"b\":[\"0\",\"1\"]},"
                        + "\"complete\":false}",
                "{\"ok\":true,\"impossible\":false,\"because\":[{\"var\":\"a\",\"value\":\"2\"}],\"rules\":[\"C\"]}",
                "{\"ok\":false,\"error\":\"unknown op \\\"nope\\\" (expected state, select, deselect, explain, "
                        + "repair or reset)\"}");
    }

    @Test
    void aMissingFileEndsWithStatusTwoAndOneLine() {
        int status = run(new CommandLine(new AtelierCommand()), "engine", "--xcsp",
                dir.resolve("missing.xml").toString());
        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("atelier engine: no such file: ").endsWith("missing.xml");
    }

    @Test
    void aBrokenFileEndsWithStatusTwoAndOneLineWithThePosition() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.xml"), INSTANCE.replace("</variables>", ""));
        int status = run(new CommandLine(new AtelierCommand()), "engine", "--xcsp", file.toString());
        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("atelier engine: broken.xml:6:")
                .contains("not well-formed XML");
    }

    @Test
    void anUnsupportedFileEndsWithStatusTwoAndOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.xml"), INSTANCE.replace("reference=\"R\"", "reference=\"Q\""));
        int status = run(new CommandLine(new AtelierCommand()), "engine", "--xcsp", file.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("atelier engine: bad.xml:5:72: constraint C refers to unknown relation Q");
    }
}
