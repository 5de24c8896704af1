// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code atelier catalog …}: commands for catalog files. Registered as a subcommand of the application's root
 * command; runnable on its own through {@link #main}.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Work with catalog files.",
        subcommands = {CatalogCheckCommand.class})
public final class CatalogCommand {

    /** Runs {@code catalog …} alone, e.g. {@code java -cp … dev.atelier.app.cli.CatalogCommand check catalogs}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new CatalogCommand()).execute(args));
    }
}
