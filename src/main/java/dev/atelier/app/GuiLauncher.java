// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import dev.atelier.store.DataDirectory;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * Starts the desktop application. {@code Main} calls it when no subcommand is given; it is not an
 * {@link Application} itself, so the jar's {@code Main-Class} can start JavaFX from the class path.
 */
public final class GuiLauncher {

    /** Exit status for wrong options. */
    public static final int USAGE_ERROR = 2;

    private GuiLauncher() {
    }

    /**
     * Checks the options, then runs the application until its last window closes.
     *
     * @param args the command line: {@code --mode kiosk|sales|designer}, {@code --db URL}, {@code --catalogs DIR},
     *             ... ({@code --help} lists them)
     * @return the exit status: 0, or {@link #USAGE_ERROR} after printing what is wrong to stderr
     */
    public static int launch(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            GuiOptions.ParseResult parsed = GuiOptions.parse(args);
            if (parsed.helpRequested()) {
                parsed.commandLine().usage(new PrintStream(System.out, true, StandardCharsets.UTF_8));
                return 0;
            }
            config(parsed.options());
        } catch (CommandLine.ParameterException e) {
            err.println("atelier: " + e.getMessage());
            err.println("Try 'atelier --help' for the options.");
            return USAGE_ERROR;
        } catch (IllegalArgumentException e) {
            err.println("atelier: " + e.getMessage());
            return USAGE_ERROR;
        }
        Application.launch(AtelierApp.class, args);
        return 0;
    }

    /** Resolves the configuration of this process from its options, environment and platform. */
    static AppConfig config(GuiOptions options) {
        return AppConfig.resolve(options, System.getenv(), Path.of("").toAbsolutePath(), jarDirectory(),
                DataDirectory.forCurrentUser(), Locale.getDefault());
    }

    private static Optional<Path> jarDirectory() {
        try {
            Path location = Path.of(GuiLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
