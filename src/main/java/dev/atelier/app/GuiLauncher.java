// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import dev.atelier.store.DataDirectory;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * Starts the desktop application. {@code Main} calls it when no subcommand is given; it is not an
 * {@link Application} itself, so the jar's {@code Main-Class} can start JavaFX from the class path.
 *
 * <p>On a cold JVM, reading the options (picocli's first use) takes about a fifth of a second and starting JavaFX a
 * third; when a display is there and no help is asked for, both happen at once: {@link AtelierApp} waits for the
 * options before it builds a window, and ends without one if they are wrong. Without a display (or with
 * {@code --help}) the options are read first, so a mistake is reported without JavaFX.
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
        return launch(args, System.getenv());
    }

    static int launch(String[] args, Map<String, String> env) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        GraphicsDefaults.apply(System.getProperties());
        if (!readOptionsWhileStarting(args, env, System.getProperty("os.name", ""))) {
            Optional<Integer> refused = check(args, err);
            if (refused.isPresent()) {
                return refused.get();
            }
            ClassPreloader.start();
            Application.launch(AtelierApp.class, args);
            return 0;
        }
        ClassPreloader.start();
        CompletableFuture<AppConfig> options = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                options.complete(config(GuiOptions.parse(args).options()));
            } catch (RuntimeException | Error e) {
                options.completeExceptionally(e);
            }
        }, "atelier-options");
        reader.setDaemon(true);
        reader.start();
        AtelierApp.handOver(options);
        Application.launch(AtelierApp.class, args);
        try {
            options.join();
            return 0;
        } catch (CompletionException e) {
            // The application ended without a window; say why as the checked path would have.
            return check(args, err).orElse(USAGE_ERROR);
        }
    }

    /** Whether the options may be read while JavaFX starts: a display is there and no help is asked for. */
    static boolean readOptionsWhileStarting(String[] args, Map<String, String> env, String osName) {
        boolean help = Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help")
                || a.startsWith("-h") && !a.startsWith("--"));
        if (help) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** Reads the options; prints help or what is wrong, and then returns the exit status. */
    private static Optional<Integer> check(String[] args, PrintStream err) {
        try {
            GuiOptions.ParseResult parsed = GuiOptions.parse(args);
            if (parsed.helpRequested()) {
                parsed.commandLine().usage(new PrintStream(System.out, true, StandardCharsets.UTF_8));
                return Optional.of(0);
            }
            config(parsed.options());
            return Optional.empty();
        } catch (CommandLine.ParameterException e) {
            err.println("atelier: " + e.getMessage());
            err.println("Try 'atelier --help' for the options.");
            return Optional.of(USAGE_ERROR);
        } catch (IllegalArgumentException e) {
            err.println("atelier: " + e.getMessage());
            return Optional.of(USAGE_ERROR);
        }
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
