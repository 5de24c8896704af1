// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root of Atelier's command line: {@code atelier <command> ...}. */
@Command(name = "atelier", mixinStandardHelpOptions = true, version = "Atelier 0.1.0",
        description = "Product configurator for mass customization.",
        subcommands = {CatalogCommand.class, EngineCommand.class, PriceCommand.class, QuoteCommand.class, BomCommand.class,
            RenderCommand.class})
public final class AtelierCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
