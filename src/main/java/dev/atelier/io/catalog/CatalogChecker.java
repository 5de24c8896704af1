// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.compile.CompileProblem;
import dev.atelier.domain.rules.compile.CompiledProduct;
import dev.atelier.domain.rules.compile.ProductCompiler;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks catalog files the way {@code atelier catalog check} does: the JSON and the schema, references between
 * parts, every expression (syntax and names, at its exact column), and the compilation of every product's rules.
 * Further checks (e.g. engine-based analysis: values no configuration can have, contradictions) plug in as
 * {@link Analysis} steps that run on each compiled product.
 */
public final class CatalogChecker {

    /** A further check of one compiled product. */
    @FunctionalInterface
    public interface Analysis {
        /** Problems found in the product; positions may come from {@link CatalogReadResult#positionOf}. */
        List<CatalogProblem> analyze(Subject subject);
    }

    /**
     * What an analysis looks at.
     *
     * @param read     the file as read (positions of parts)
     * @param catalog  the catalog
     * @param product  the product
     * @param compiled its compiled model
     */
    public record Subject(CatalogReadResult read, Catalog catalog, Product product, CompiledProduct compiled) {
    }

    /**
     * The outcome for one file.
     *
     * @param file       the path as given
     * @param catalogId  the catalog's id, or null if it could not be read
     * @param version    its version, or null
     * @param products   its product ids
     * @param problems   errors and warnings in file order
     * @param unreadable whether the file could not be read at all
     */
    public record FileReport(String file, String catalogId, String version, List<String> products,
                             List<CatalogProblem> problems, boolean unreadable) {
        public FileReport {
            Objects.requireNonNull(file, "file");
            products = List.copyOf(products);
            problems = List.copyOf(problems);
        }

        public List<CatalogProblem> errors() {
            return problems.stream().filter(CatalogProblem::isError).toList();
        }

        public List<CatalogProblem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }

    /** The outcome for every file checked. */
    public record Report(List<FileReport> files) {
        public Report {
            files = List.copyOf(files);
        }

        /** 0 when every file is valid (warnings allowed), 1 when one has errors, 2 when one cannot be read. */
        public int exitCode() {
            if (files.stream().anyMatch(FileReport::unreadable)) {
                return 2;
            }
            return files.stream().anyMatch(f -> !f.errors().isEmpty()) ? 1 : 0;
        }

        public int errorCount() {
            return files.stream().mapToInt(f -> f.errors().size()).sum();
        }

        public int warningCount() {
            return files.stream().mapToInt(f -> f.warnings().size()).sum();
        }
    }

    private static final SourcePos ORIGIN = new SourcePos("", 1, 1);

    private final JsonCatalogReader reader;
    private final ProductCompiler compiler;
    private final List<Analysis> analyses;

    public CatalogChecker() {
        this(new JsonCatalogReader(), new ProductCompiler(), List.of());
    }

    public CatalogChecker(JsonCatalogReader reader, ProductCompiler compiler, List<Analysis> analyses) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.compiler = Objects.requireNonNull(compiler, "compiler");
        this.analyses = List.copyOf(analyses);
    }

    /** This checker with one more analysis step. */
    public CatalogChecker with(Analysis analysis) {
        List<Analysis> all = new ArrayList<>(analyses);
        all.add(analysis);
        return new CatalogChecker(reader, compiler, all);
    }

    /**
     * Checks files and folders; a folder stands for every {@code *.json} below it except those in a folder named
     * {@code schema}. A path that does not exist is reported as unreadable.
     */
    public Report check(List<Path> paths) {
        List<FileReport> out = new ArrayList<>();
        for (Path p : expand(paths)) {
            out.add(checkFile(p));
        }
        return new Report(out);
    }

    /** The catalog files a list of paths stands for, in a stable order. */
    public static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".json"))
                            .filter(f -> !p.relativize(f).toString().replace('\\', '/').matches("(.*/)?schema/.*"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }

    /** Checks one file. */
    public FileReport checkFile(Path file) {
        return finish(reader.read(file));
    }

    /** Checks catalog text (no asset checks); {@code fileName} is used in positions. */
    public FileReport check(String fileName, String text) {
        return finish(reader.read(fileName, text));
    }

    private FileReport finish(CatalogReadResult read) {
        if (read.unreadable() || read.catalog().isEmpty()) {
            return new FileReport(read.file(), null, null, List.of(), read.problems(), read.unreadable());
        }
        Catalog catalog = read.catalog().get();
        List<CatalogProblem> more = new ArrayList<>();
        for (Product product : catalog.products()) {
            more.addAll(checkProduct(read, catalog, product));
        }
        CatalogReadResult all = read.withProblems(dedupe(read.problems(), more));
        return new FileReport(read.file(), catalog.id(), catalog.version(),
                catalog.products().stream().map(Product::id).toList(), all.problems(), false);
    }

    private static List<CatalogProblem> dedupe(List<CatalogProblem> known, List<CatalogProblem> more) {
        Set<String> seen = new LinkedHashSet<>();
        known.forEach(p -> seen.add(p.toString()));
        List<CatalogProblem> out = new ArrayList<>();
        for (CatalogProblem p : more) {
            if (seen.add(p.toString())) {
                out.add(p);
            }
        }
        return out;
    }

    private List<CatalogProblem> checkProduct(CatalogReadResult read, Catalog catalog, Product product) {
        List<CatalogProblem> out = new ArrayList<>();
        ProductSpace space;
        try {
            space = ProductSpace.of(catalog, product);
        } catch (IllegalArgumentException e) {
            out.add(CatalogProblem.error(read.positionOf(product.id(), "").orElse(new SourcePos(read.file(), 0, 0)),
                    "product '" + product.id() + "': " + e.getMessage()));
            return out;
        }
        Evaluator ev = new Evaluator(space);
        for (ExpressionSite site : read.expressions()) {
            if (site.productId().equals(product.id())) {
                checkExpression(read, space, ev, site).ifPresent(out::add);
            }
        }
        ProductCompiler.Report compiled = compiler.check(catalog, product);
        for (CompileProblem p : compiled.problems()) {
            SourcePos at = p.ruleStart().line() == 0 ? new SourcePos(read.file(), 0, 0)
                    : read.at(p.ruleStart(), p.offset());
            String message = "rule '" + p.ruleId() + "': " + p.message();
            out.add(p.error() ? CatalogProblem.error(at, message) : CatalogProblem.warning(at, message));
        }
        if (compiled.compiled().isPresent() && !compiled.hasErrors()) {
            Subject subject = new Subject(read, catalog, product, compiled.compiled().get());
            for (Analysis a : analyses) {
                out.addAll(a.analyze(subject));
            }
        }
        return out;
    }

    /** Syntax and names of one expression, reported at the exact column. */
    private Optional<CatalogProblem> checkExpression(CatalogReadResult read, ProductSpace space, Evaluator ev,
                                                     ExpressionSite site) {
        if (space.component(site.context()).isEmpty()) {
            return Optional.empty(); // its component was left out because of an error reported already
        }
        try {
            Expr e = RuleParser.parseExpression(site.text(), ORIGIN);
            ev.validate(e, new Scope(site.context(), Map.of()), ORIGIN);
            return Optional.empty();
        } catch (RuleSyntaxException ex) {
            SourcePos at = read.at(site.start(), ex.position().column() - 1);
            return Optional.of(CatalogProblem.error(at, site.what() + ": " + ex.detail()));
        }
    }
}
