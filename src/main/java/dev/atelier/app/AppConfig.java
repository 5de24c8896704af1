// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import dev.atelier.app.shell.ShellSettings;
import dev.atelier.app.shell.StaffPin;
import dev.atelier.preview.PreviewQuality;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the desktop application is configured with, resolved from options, environment and platform.
 *
 * @param shell  start mode, catalog folder, staff PIN
 * @param store  where the store is
 * @param theme  the starting theme variant
 * @param locale the starting language
 * @param idle   how long the kiosk waits without a touch before asking "Still there?"
 * @param previewQuality antialiasing and animation of the kiosk's 3D view
 */
record AppConfig(ShellSettings shell, StoreSettings store, ThemeVariant theme, Locale locale, Duration idle,
                 PreviewQuality previewQuality) {

    AppConfig {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(previewQuality, "previewQuality");
    }

    /**
     * @param options       parsed command line
     * @param env           environment variables
     * @param workingDir    the working directory
     * @param jarDir        the folder of the application jar, if it runs from one
     * @param dataDir       the user's data directory
     * @param systemLocale  the system's language
     * @throws IllegalArgumentException with a message for the user if a setting is invalid
     */
    static AppConfig resolve(GuiOptions options, Map<String, String> env, Path workingDir, Optional<Path> jarDir,
                             Path dataDir, Locale systemLocale) {
        Path keyFile = Optional.ofNullable(options.dbKey)
                .or(() -> Optional.ofNullable(blankToNull(env.get("ATELIER_DB_KEY"))).map(Path::of))
                .orElse(dataDir.resolve("atelier.key"));
        String url = Optional.ofNullable(blankToNull(options.db)).orElse(blankToNull(env.get("ATELIER_DB")));
        StoreSettings store;
        if (url == null) {
            StoreSettings embedded = StoreSettings.embedded(dataDir);
            store = new StoreSettings(embedded.jdbcUrl(), embedded.user(), embedded.password(), keyFile);
        } else {
            if (!url.startsWith("jdbc:")) {
                throw new IllegalArgumentException("--db / ATELIER_DB must be a JDBC URL (jdbc:...): " + url);
            }
            store = new StoreSettings(url, env.getOrDefault("ATELIER_DB_USER", "atelier"),
                    env.getOrDefault("ATELIER_DB_PASSWORD", ""), keyFile);
        }

        StaffPin pin = StaffPin.DEFAULT;
        String envPin = blankToNull(env.get("ATELIER_KIOSK_PIN"));
        if (envPin != null) {
            try {
                pin = new StaffPin(envPin.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ATELIER_KIOSK_PIN must have 4 to 8 digits", e);
            }
        }

        ShellSettings shell = new ShellSettings(Optional.ofNullable(options.mode),
                catalogs(options.catalogs, workingDir, jarDir), pin);
        Locale locale = I18n.bestSupported(options.language != null ? options.language : systemLocale);
        Duration idle = Duration.ofSeconds(60);
        if (options.idleSeconds != null) {
            if (options.idleSeconds < 5 || options.idleSeconds > 3600) {
                throw new IllegalArgumentException("--idle-seconds must be between 5 and 3600, was "
                        + options.idleSeconds);
            }
            idle = Duration.ofSeconds(options.idleSeconds);
        }
        return new AppConfig(shell, store, options.theme, locale, idle, options.previewQuality);
    }

    /** {@code --catalogs}, else {@code catalogs/} in the working directory, else beside the jar. */
    static Path catalogs(Path option, Path workingDir, Optional<Path> jarDir) {
        if (option != null) {
            return workingDir.resolve(option).toAbsolutePath().normalize();
        }
        Path inWorkingDir = workingDir.resolve("catalogs").toAbsolutePath().normalize();
        if (Files.isDirectory(inWorkingDir)) {
            return inWorkingDir;
        }
        return jarDir.map(dir -> dir.resolve("catalogs").toAbsolutePath().normalize())
                .filter(Files::isDirectory)
                .orElse(inWorkingDir);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
