// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.engine.ModelTooLargeException;
import dev.atelier.io.catalog.CatalogReadResult;
import dev.atelier.io.catalog.JsonCatalogReader;
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
import java.util.stream.Collectors;

/**
 * {@code atelier engine --xcsp FILE} or {@code atelier engine --catalog FILE --product ID}: a headless configuration
 * session on stdin/stdout, one JSON request per line and one JSON answer per line ({@link EngineProtocol}); in
 * catalog mode every state also carries {@code price}. A model file that cannot be read or parsed ends the command
 * with exit status 2 and one line on stderr.
 */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Runs a configuration session: one JSON request per line on stdin, one JSON answer per line "
                + "on stdout (ops: state, select, deselect, explain, repair, reset).")
public final class EngineCommand implements Callable<Integer> {

    /** Exit status when the model cannot be loaded. */
    static final int MODEL_ERROR = 2;

    @Option(names = "--xcsp", paramLabel = "FILE",
            description = "An XCSP 2.1 instance with extensional constraints.")
    private Path xcsp;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog file (with --product).")
    private Path catalog;

    @Option(names = "--product", paramLabel = "ID", description = "The product of --catalog to configure.")
    private String product;

    @Option(names = "--price-list", paramLabel = "ID",
            description = "Price list for the price in catalog mode (default: the catalog's first).")
    private String priceList;

    @Spec
    private CommandSpec spec;

    private final InputStream requests;
    private final Function<FdModel, RuleEngine> fallback;

    /** Reads requests from {@code System.in}; models too large for the BDD engine get the SAT engine. */
    public EngineCommand() {
        this(System.in, DesignCommand.FALLBACK);
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
        if ((xcsp == null) == (catalog == null) || (catalog != null) != (product != null)) {
            return fail(err, "give either --xcsp FILE, or --catalog FILE with --product ID");
        }
        Path file = xcsp != null ? xcsp : catalog;
        EngineProtocol protocol;
        try {
            protocol = xcsp != null ? new EngineProtocol(RuleEngines.create(new XcspReader().read(xcsp), fallback))
                    : catalogProtocol();
        } catch (NoSuchFileException e) {
            return fail(err, "no such file: " + file);
        } catch (AccessDeniedException e) {
            return fail(err, "cannot read " + file + ": access denied");
        } catch (IOException | ModelTooLargeException | IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(requests, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                out.println(protocol.handle(line));
                out.flush();
            }
        }
        return 0;
    }

    /** A session on a catalog product whose states carry their price. */
    private EngineProtocol catalogProtocol() throws IOException {
        if (!java.nio.file.Files.isRegularFile(catalog)) {
            throw new NoSuchFileException(catalog.toString());
        }
        CatalogReadResult read = new JsonCatalogReader().read(catalog);
        if (read.hasErrors() || read.catalog().isEmpty()) {
            throw new IllegalArgumentException(read.errors().isEmpty() ? catalog + ": cannot read the catalog"
                    : read.errors().get(0) + (read.errors().size() > 1 ? " (and " + (read.errors().size() - 1)
                    + " more; run: atelier catalog check)" : ""));
        }
        Catalog c = read.catalog().get();
        Product p = c.product(product).orElseThrow(() -> new IllegalArgumentException(catalog + ": no product '"
                + product + "' (it has " + c.products().stream().map(Product::id).collect(Collectors.joining(", "))
                + ")"));
        CompiledProduct compiled;
        try {
            compiled = new ProductCompiler().compile(c, p);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(catalog + ": product " + product + " does not compile: "
                    + e.getMessage() + " (run: atelier catalog check)");
        }
        PriceList list = priceList == null ? c.defaultPriceList().orElse(null) : c.priceList(priceList)
                .orElseThrow(() -> new IllegalArgumentException("no price list '" + priceList + "'"));
        RuleEngine engine = RuleEngines.create(compiled.model(), fallback);
        return list == null ? new EngineProtocol(engine)
                : new EngineProtocol(engine, new CatalogPriceExtension(compiled.space(), list));
    }

    private static int fail(PrintWriter err, String message) {
        err.println("atelier engine: " + message.replace('\n', ' '));
        err.flush();
        return MODEL_ERROR;
    }

}
