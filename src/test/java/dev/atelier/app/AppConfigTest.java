// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.app.shell.Mode;
import dev.atelier.app.shell.StaffPin;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AppConfigTest {

    @TempDir
    Path dir;

    private AppConfig resolve(Map<String, String> env, String... args) {
        return AppConfig.resolve(GuiOptions.parse(args).options(), env, dir, Optional.empty(), dir.resolve("data"),
                Locale.ENGLISH);
    }

    @Test
    void defaultsToTheStartScreenAndAnEncryptedStoreInTheDataDirectory() {
        AppConfig config = resolve(Map.of());

        assertThat(config.shell().startMode()).isEmpty();
        assertThat(config.store().jdbcUrl()).startsWith("jdbc:h2:file:" + dir.resolve("data").resolve("atelier"))
                .contains(";CIPHER=AES").contains("MODE=PostgreSQL");
        assertThat(config.store().keyFile()).isEqualTo(dir.resolve("data").resolve("atelier.key"));
        assertThat(config.shell().pin()).isEqualTo(StaffPin.DEFAULT);
        assertThat(config.theme()).isEqualTo(ThemeVariant.LIGHT);
        assertThat(config.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void readsModeThemeAndLanguage() {
        AppConfig config = resolve(Map.of(), "--mode", "KIOSK", "--theme", "high-contrast", "--lang", "de-AT");

        assertThat(config.shell().startMode()).hasValue(Mode.KIOSK);
        assertThat(config.theme()).isEqualTo(ThemeVariant.HIGH_CONTRAST);
        assertThat(config.locale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void databaseUrlComesFromTheOptionBeforeTheEnvironment() {
        Map<String, String> env = Map.of("ATELIER_DB", "jdbc:h2:tcp://env/atelier", "ATELIER_DB_USER", "kiosk1");
        assertThat(resolve(env).store().jdbcUrl()).isEqualTo("jdbc:h2:tcp://env/atelier");
        assertThat(resolve(env).store().user()).isEqualTo("kiosk1");
        assertThat(resolve(env, "--db", "jdbc:h2:mem:x").store().jdbcUrl()).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void rejectsADatabaseThatIsNoJdbcUrl() {
        assertThatThrownBy(() -> resolve(Map.of(), "--db", "/var/lib/atelier.db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JDBC URL");
    }

    @Test
    void staffPinComesFromTheEnvironmentAndMustBeDigits() {
        assertThat(resolve(Map.of("ATELIER_KIOSK_PIN", "918273")).shell().pin().matches("918273")).isTrue();
        assertThatThrownBy(() -> resolve(Map.of("ATELIER_KIOSK_PIN", "12ab")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ATELIER_KIOSK_PIN");
    }

    @Test
    void unknownModeIsAUsageError() {
        assertThatThrownBy(() -> GuiOptions.parse("--mode", "cashier"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("cashier");
    }

    @Test
    void helpIsRecognised() {
        assertThat(GuiOptions.parse("--help").helpRequested()).isTrue();
    }

    @Test
    void catalogsComeFromTheOptionThenWorkingDirectoryThenBesideTheJar() throws Exception {
        Path jarDir = Files.createDirectories(dir.resolve("install"));
        Files.createDirectories(jarDir.resolve("catalogs"));
        Path work = Files.createDirectories(dir.resolve("work"));

        assertThat(AppConfig.catalogs(null, work, Optional.of(jarDir))).isEqualTo(jarDir.resolve("catalogs"));
        Files.createDirectories(work.resolve("catalogs"));
        assertThat(AppConfig.catalogs(null, work, Optional.of(jarDir))).isEqualTo(work.resolve("catalogs"));
        assertThat(AppConfig.catalogs(Path.of("mine"), work, Optional.of(jarDir))).isEqualTo(work.resolve("mine"));
        assertThat(AppConfig.catalogs(null, dir.resolve("empty"), Optional.empty()))
                .isEqualTo(dir.resolve("empty").resolve("catalogs"));
    }

    @Test
    void launcherReportsBadOptionsWithExitStatusTwoWithoutStartingJavaFx() {
        // No display in this environment: the options are checked before JavaFX would start.
        assertThat(GuiLauncher.launch(new String[] {"--mode", "cashier"}, Map.of()))
                .isEqualTo(GuiLauncher.USAGE_ERROR);
        assertThat(GuiLauncher.launch(new String[] {"--db", "nonsense"}, Map.of()))
                .isEqualTo(GuiLauncher.USAGE_ERROR);
    }
}
