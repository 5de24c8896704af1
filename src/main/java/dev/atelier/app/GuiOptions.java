// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import dev.atelier.app.shell.Mode;
import dev.atelier.preview.PreviewQuality;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line options of the desktop application (without a subcommand). */
@Command(name = "atelier",
        description = "Atelier: configure furniture and clothing made to measure.",
        footer = {"", "Environment: ATELIER_DB (JDBC URL), ATELIER_DB_KEY (key file), ATELIER_DB_USER,",
            "ATELIER_DB_PASSWORD, ATELIER_KIOSK_PIN (4-8 digits, default 2580)."})
final class GuiOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show these options and exit.")
    boolean help;

    @Option(names = "--mode", paramLabel = "kiosk|sales|designer",
            description = "Open this mode at once instead of the start screen.")
    Mode mode;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the store (default: encrypted H2 file in the user's data directory).")
    String db;

    @Option(names = "--db-key", paramLabel = "FILE",
            description = "Key file of an encrypted H2 store (default: atelier.key in the data directory).")
    Path dbKey;

    @Option(names = "--catalogs", paramLabel = "DIR",
            description = "Catalog folder (default: catalogs/ in the working directory, else beside the jar).")
    Path catalogs;

    @Option(names = "--theme", paramLabel = "light|dark|high-contrast", description = "The look (default: light).")
    ThemeVariant theme = ThemeVariant.LIGHT;

    @Option(names = "--idle-seconds", paramLabel = "N",
            description = "Kiosk: seconds without a touch before it asks \"Still there?\" (default: 60).")
    Integer idleSeconds;

    @Option(names = "--preview-quality", paramLabel = "best|fast",
            description = "3D view: best (antialiased, animated; default) or fast (for machines without a graphics"
                    + " card, where 3D is drawn in software).")
    PreviewQuality previewQuality = PreviewQuality.BEST;

    @Option(names = "--lang", paramLabel = "en|de", description = "Language (default: the system's, else English).")
    Locale language;

    /** Parses {@code args}; throws {@link CommandLine.ParameterException} with a clear message if they are wrong. */
    static ParseResult parse(String... args) {
        GuiOptions options = new GuiOptions();
        CommandLine cli = commandLine(options);
        cli.parseArgs(args);
        return new ParseResult(options, cli.isUsageHelpRequested(), cli);
    }

    static CommandLine commandLine(GuiOptions options) {
        CommandLine cli = new CommandLine(options);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Locale.class, Locale::forLanguageTag);
        cli.registerConverter(ThemeVariant.class, s -> ThemeVariant.valueOf(
                s.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        return cli;
    }

    /** Parsed options, and whether help was asked for instead. */
    record ParseResult(GuiOptions options, boolean helpRequested, CommandLine commandLine) {
    }
}
