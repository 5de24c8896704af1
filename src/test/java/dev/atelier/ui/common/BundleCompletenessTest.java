// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every {@code messages.properties} under src/main/resources has a German twin with the same keys. */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @TestFactory
    Stream<DynamicTest> everyBundleHasTheSameKeysInEnglishAndGerman() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            english = files.filter(p -> p.getFileName().toString().equals("messages.properties"))
                    .collect(Collectors.toList());
        }
        assertThat(english).as("bundles under " + RESOURCES.toAbsolutePath()).isNotEmpty();
        return english.stream().map(en -> DynamicTest.dynamicTest(RESOURCES.relativize(en).toString(), () -> {
            Path de = en.resolveSibling("messages_de.properties");
            assertThat(de).exists();
            Properties enProps = load(en);
            Properties deProps = load(de);
            assertThat(deProps.stringPropertyNames()).isEqualTo(enProps.stringPropertyNames());
            for (Properties props : List.of(enProps, deProps)) {
                for (String key : props.stringPropertyNames()) {
                    String value = props.getProperty(key);
                    assertThat(value).as(key).isNotBlank();
                    new MessageFormat(value);
                    assertThat(value.replace("''", "")).as(key + ": write '' for an apostrophe").doesNotContain("'");
                }
            }
        }));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        // Strict UTF-8: a Latin-1 file with umlauts fails here instead of showing garbage.
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            p.load(r);
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
        return p;
    }
}
