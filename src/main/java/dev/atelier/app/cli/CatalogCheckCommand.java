// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.io.catalog.CatalogChecker;
import dev.atelier.io.catalog.CatalogProblem;
import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.io.catalog.EngineAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * {@code atelier catalog check PATH…}: checks catalog files and folders and prints one line per problem,
 * {@code file:line:column: error|warning: message}, or with {@code --json} one JSON document. Exit status 0 when
 * every catalog is valid (warnings allowed), 1 when one has errors, 2 when a file cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check catalog files: JSON, schema, references, rules, compilation.")
public final class CatalogCheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "catalog files or folders (*.json below them, "
            + "without schema folders)")
    List<Path> paths;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    private final CatalogChecker checker;

    public CatalogCheckCommand() {
        this(new CatalogChecker().with(new EngineAnalysis(RuleEngines::create, SatRuleEngine::satisfiable)));
    }

    public CatalogCheckCommand(CatalogChecker checker) {
        this.checker = checker;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ResourceBundle text = ResourceBundle.getBundle("dev.atelier.app.cli.catalog", Locale.getDefault());
        CatalogChecker.Report report;
        try {
            report = checker.check(paths);
        } catch (RuntimeException e) {
            err.println(MessageFormat.format(text.getString("check.failed"), String.valueOf(e.getMessage())));
            err.flush();
            return 2;
        }
        if (json) {
            out.println(toJson(report));
        } else {
            for (CatalogChecker.FileReport f : report.files()) {
                f.problems().forEach(p -> out.println(p.toString()));
            }
            String summary = report.errorCount() == 0 && report.warningCount() == 0
                    ? MessageFormat.format(text.getString("check.ok"), report.files().size())
                    : MessageFormat.format(text.getString("check.summary"), report.files().size(),
                    report.errorCount(), report.warningCount());
            (report.exitCode() == 0 ? out : err).println(summary);
        }
        out.flush();
        err.flush();
        return report.exitCode();
    }

    /** The report as {@code {"catalogs":[{"file","id","version","products","errors","warnings"}]}}. */
    static String toJson(CatalogChecker.Report report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode catalogs = root.putArray("catalogs");
        for (CatalogChecker.FileReport f : report.files()) {
            ObjectNode c = catalogs.addObject();
            c.put("file", f.file());
            if (f.catalogId() == null) {
                c.putNull("id");
                c.putNull("version");
            } else {
                c.put("id", f.catalogId());
                c.put("version", f.version());
            }
            ArrayNode products = c.putArray("products");
            f.products().forEach(products::add);
            problems(c.putArray("errors"), f.errors());
            problems(c.putArray("warnings"), f.warnings());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }

    private static void problems(ArrayNode array, List<CatalogProblem> problems) {
        for (CatalogProblem p : problems) {
            ObjectNode o = array.addObject();
            o.put("file", p.position().file());
            o.put("line", p.position().line());
            o.put("column", p.position().column());
            o.put("message", p.message());
        }
    }
}
