// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.rules.engine.ModelTooLargeException;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.io.protocol.EngineProtocol;
import dev.atelier.io.xcsp.XcspReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code atelier engine --xcsp FILE}: a headless configuration session on stdin/stdout, one JSON request per line
 * and one JSON answer per line ({@link EngineProtocol}). A model file that cannot be read or parsed ends the
 * command with exit status 2 and one line on stderr.
 */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Runs a configuration session: one JSON request per line on stdin, one JSON answer per line "
                + "on stdout (ops: state, select, deselect, explain, repair, reset).")
public final class EngineCommand implements Callable<Integer> {

    /** Exit status when the model cannot be loaded. */
    static final int MODEL_ERROR = 2;

    @Option(names = "--xcsp", required = true, paramLabel = "FILE",
            description = "An XCSP 2.1 instance with extensional constraints.")
    private Path xcsp;

    @Spec
    private CommandSpec spec;

    private final InputStream requests;
    private final Function<FdModel, RuleEngine> fallback;

    /** Reads requests from {@code System.in}; models too large for the BDD engine are refused. */
    public EngineCommand() {
        this(System.in, EngineCommand::noFallback);
    }

    /**
     * @param requests where the request lines come from
     * @param fallback the engine for models too large for the BDD engine
     */
    public EngineCommand(InputStream requests, Function<FdModel, RuleEngine> fallback) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleEngine engine;
        try {
            engine = RuleEngines.create(new XcspReader().read(xcsp), fallback);
        } catch (NoSuchFileException e) {
            return fail(err, "no such file: " + xcsp);
        } catch (AccessDeniedException e) {
            return fail(err, "cannot read " + xcsp + ": access denied");
        } catch (IOException | ModelTooLargeException e) {
            return fail(err, e.getMessage());
        }
        EngineProtocol protocol = new EngineProtocol(engine);
        BufferedReader in = new BufferedReader(new InputStreamReader(requests, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                out.println(protocol.handle(line));
                out.flush();
            }
        }
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("atelier engine: " + message.replace('\n', ' '));
        err.flush();
        return MODEL_ERROR;
    }

    private static RuleEngine noFallback(FdModel model) {
        throw new ModelTooLargeException("model '" + model.name() + "' is too large for the BDD engine "
                + "and no other engine is available");
    }
}
