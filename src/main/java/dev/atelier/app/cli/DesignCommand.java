// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.model.FdModel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What the commands that read a saved design ({@code price}, {@code quote}, {@code bom}) share: the design file,
 * where the catalogs are, the language, and turning problems into one line on stderr and an exit status.
 */
abstract class DesignCommand implements Callable<Integer> {

    /** Engines for models too large for the compiled engine. */
    static final Function<FdModel, RuleEngine> FALLBACK = SatRuleEngine::new;

    @Parameters(index = "0", paramLabel = "DESIGN.json", description = "A saved design.")
    Path design;

    @Option(names = "--catalogs", paramLabel = "DIR", defaultValue = "catalogs",
            description = "Folder (or file) with the catalogs (default: ${DEFAULT-VALUE}).")
    Path catalogs;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the output: en or de (default: ${DEFAULT-VALUE}).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!language.equals("en") && !language.equals("de")) {
                throw new CliException(CliException.INVALID, "--lang: use en or de, not '" + language + "'");
            }
            run(new DesignResolver(FALLBACK).resolve(design, catalogs), spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (CliException e) {
            err.println("atelier " + spec.name() + ": " + e.getMessage().replace('\n', ' '));
            err.flush();
            return e.exitCode();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(getClass().getName()).log(java.util.logging.Level.FINE, "failed", e);
            err.println("atelier " + spec.name() + ": could not finish: " + e.getMessage());
            err.flush();
            return CliException.INVALID;
        }
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Does the command's work with the checked design. */
    abstract void run(DesignResolver.Resolved resolved, PrintWriter out) throws CliException;
}
