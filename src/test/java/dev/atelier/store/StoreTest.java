// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.domain.design.DesignDraft;
import dev.atelier.domain.design.SavedDesign;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final String SECRET_VALUE = "zebrawood-quartz-91723";

    @TempDir
    Path dir;

    private static DesignDraft draftWith(String value) {
        return new DesignDraft("wardrobes", "2025.1", "classic", Map.of("front.veneer", value), true);
    }

    /** The versions of the migration scripts shipped in {@code db/migration}, in order. */
    private static List<String> migrationVersions() throws Exception {
        java.net.URL folder = StoreTest.class.getResource("/db/migration");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(folder.toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    @Test
    void migrationCreatesTheSchemaOnAnEmptyDatabase() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(dir))) {
            List<String> tables = new ArrayList<>();
            List<String> versions = new ArrayList<>();
            try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'public' ORDER BY table_name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                    while (rs.next()) {
                        versions.add(rs.getString(1));
                    }
                }
            }
            assertThat(tables).contains("design", "design_selection", "design_text", "flyway_schema_history");
            assertThat(versions).containsExactlyElementsOf(migrationVersions());
        }
        assertThat(dir.resolve("atelier.mv.db")).exists();
    }

    @Test
    void designsSurviveClosingAndReopening() {
        SavedDesign saved;
        try (Store store = Store.open(StoreSettings.embedded(dir))) {
            saved = store.designs().save(new DesignDraft("shirts", "3", "oxford",
                    orderedSelections(), false));
        }
        try (Store store = Store.open(StoreSettings.embedded(dir))) {
            assertThat(store.designs().findByCode(saved.code())).hasValue(saved);
            assertThat(store.designs().findByCode(saved.code()).orElseThrow().selections().keySet())
                    .containsExactly("collar", "cuff", "chest", "fabric");
        }
    }

    private static Map<String, String> orderedSelections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("collar", "kent");
        m.put("cuff", "french");
        m.put("chest", "104");
        m.put("fabric", "Zweifach-Popeline, weiß");
        return m;
    }

    @Test
    void keyFileIsCreatedOwnerOnly() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(dir))) {
            assertThat(store.settings().encrypted()).isTrue();
        }
        Path key = dir.resolve("atelier.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key).strip()).matches("[0-9a-f]{64}");
    }

    @Test
    void databaseFileHoldsNoPlaintextOfASavedSelection() throws Exception {
        try (Store store = Store.open(StoreSettings.embedded(dir))) {
            store.designs().save(draftWith(SECRET_VALUE));
        }
        assertThat(fileContains(dir.resolve("atelier.mv.db"), SECRET_VALUE)).isFalse();
    }

    @Test
    void withoutCipherThePlaintextIsVisibleSoThePlaintextCheckCanFail() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plain") + StoreSettings.POSTGRES_COMPATIBILITY;
        try (Store store = Store.open(new StoreSettings(url, "atelier", "", dir.resolve("unused.key")))) {
            store.designs().save(draftWith(SECRET_VALUE));
        }
        assertThat(fileContains(dir.resolve("plain.mv.db"), SECRET_VALUE)).isTrue();
        assertThat(dir.resolve("unused.key")).doesNotExist();
    }

    private static boolean fileContains(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        return asLatin1.contains(text);
    }

    @Test
    void wrongKeyGivesAClearError() throws Exception {
        Store.open(StoreSettings.embedded(dir)).close();
        Files.writeString(dir.resolve("atelier.key"), "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

        assertThatThrownBy(() -> Store.open(StoreSettings.embedded(dir)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreException.Reason.WRONG_KEY);
                    assertThat(e.getMessage()).contains("atelier.key").contains("atelier.mv.db");
                });
    }

    @Test
    void missingKeyForAnExistingDatabaseIsNotReplacedByANewOne() throws Exception {
        Store.open(StoreSettings.embedded(dir)).close();
        Files.delete(dir.resolve("atelier.key"));

        assertThatThrownBy(() -> Store.open(StoreSettings.embedded(dir)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.KEY_MISSING));
        assertThat(dir.resolve("atelier.key")).doesNotExist();
    }

    @Test
    void encryptedFileOpenedWithoutCipherIsReportedUnreadable() {
        Store.open(StoreSettings.embedded(dir)).close();
        String url = "jdbc:h2:file:" + dir.resolve("atelier") + StoreSettings.POSTGRES_COMPATIBILITY;

        assertThatThrownBy(() -> Store.open(new StoreSettings(url, "atelier", "", dir.resolve("atelier.key"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.UNREADABLE));
    }

    @Test
    void databaseHeldOpenByAnotherProcessIsReportedInUse() throws Exception {
        Store.open(StoreSettings.embedded(dir)).close();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo(StoreHolder.READY);

            assertThatThrownBy(() -> Store.open(StoreSettings.embedded(dir)))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.IN_USE));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void nonH2UrlsAreRejectedClearly() {
        assertThatThrownBy(() -> Store.open(new StoreSettings("jdbc:postgresql://db/atelier", "a", "", dir.resolve("k"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.UNSUPPORTED_URL));
    }

    @Test
    void databaseFileIsDerivedFromEmbeddedUrlsOnly() {
        assertThat(new StoreSettings("jdbc:h2:file:/x/y;CIPHER=AES", "u", "", Path.of("/k")).databaseFile())
                .hasValue(Path.of("/x/y.mv.db"));
        assertThat(new StoreSettings("jdbc:h2:/x/y", "u", "", Path.of("/k")).databaseFile())
                .hasValue(Path.of("/x/y.mv.db"));
        assertThat(new StoreSettings("jdbc:h2:tcp://host/x", "u", "", Path.of("/k")).databaseFile()).isEmpty();
        assertThat(new StoreSettings("jdbc:h2:mem:x", "u", "", Path.of("/k")).databaseFile()).isEmpty();
    }

    @Test
    void settingsToStringHidesThePassword() {
        assertThat(new StoreSettings("jdbc:h2:mem:x", "u", "hunter2", Path.of("/k")).toString()).doesNotContain("hunter2");
    }
}
