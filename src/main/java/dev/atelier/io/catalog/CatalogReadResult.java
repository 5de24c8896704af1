// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What reading one catalog file gave: the catalog (when its structure could be built, possibly with parts
 * left out because they were wrong), every problem found, and where expressions sit in the file.
 */
public final class CatalogReadResult {

    private final String file;
    private final Catalog catalog;
    private final List<CatalogProblem> problems;
    private final boolean unreadable;
    private final List<ExpressionSite> expressions;
    private final String source;
    private final int[] lineStarts;
    private final Map<String, SourcePos> positions;

    CatalogReadResult(String file, Catalog catalog, List<CatalogProblem> problems, boolean unreadable,
                      List<ExpressionSite> expressions, String source) {
        this(file, catalog, problems, unreadable, expressions, source, Map.of());
    }

    CatalogReadResult(String file, Catalog catalog, List<CatalogProblem> problems, boolean unreadable,
                      List<ExpressionSite> expressions, String source, Map<String, SourcePos> positions) {
        this.positions = Map.copyOf(positions);
        this.file = file;
        this.catalog = catalog;
        this.problems = List.copyOf(problems);
        this.unreadable = unreadable;
        this.expressions = List.copyOf(expressions);
        this.source = source == null ? "" : source;
        this.lineStarts = lineStarts(this.source);
    }

    /** The file name as given to the reader. */
    public String file() {
        return file;
    }

    /** The catalog, if its structure could be built (check {@link #hasErrors()} before using it). */
    public Optional<Catalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    /** Every problem, in file order. */
    public List<CatalogProblem> problems() {
        return problems;
    }

    public List<CatalogProblem> errors() {
        return problems.stream().filter(CatalogProblem::isError).toList();
    }

    public List<CatalogProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(CatalogProblem::isError);
    }

    /** Whether the file could not be read at all (missing, not JSON): nothing else was checked. */
    public boolean unreadable() {
        return unreadable;
    }

    /** The expressions outside rules (formulas, sizes, conditions) with their places. */
    public List<ExpressionSite> expressions() {
        return expressions;
    }

    /**
     * Where a part of a product starts in the file, for messages about it: {@code path} is a component, group,
     * parameter or text path ({@code section}, {@code section.door}), an option ({@code section.door=pair}), a rule
     * ({@code rule:fits-wall}) or a price rule ({@code price:frame}).
     */
    public Optional<SourcePos> positionOf(String productId, String path) {
        return Optional.ofNullable(positions.get(productId + ":" + path));
    }

    /** This result with more problems (from later checks), in file order. */
    public CatalogReadResult withProblems(List<CatalogProblem> more) {
        List<CatalogProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new CatalogReadResult(file, catalog, CatalogMapper.sorted(all), unreadable, expressions, source,
                positions);
    }

    /** The catalog, or an exception listing every error. */
    public Catalog orThrow() {
        if (catalog == null || hasErrors()) {
            throw new CatalogFormatException(file, errors().isEmpty()
                    ? List.of(CatalogProblem.error(new SourcePos(file, 0, 0), "no catalog")) : errors());
        }
        return catalog;
    }

    /**
     * The file position of the character {@code offset} characters into a string value that starts at
     * {@code textStart} (the character after the opening quote), accounting for escapes such as {@code \"}.
     * Positions not inside a JSON string are moved by {@code offset} columns.
     */
    public SourcePos at(SourcePos textStart, int offset) {
        if (textStart.line() < 1 || textStart.line() > lineStarts.length) {
            return textStart.plusColumns(offset);
        }
        int i = lineStarts[textStart.line() - 1] + textStart.column() - 1;
        if (i < 1 || i > source.length() || source.charAt(i - 1) != '"') {
            return textStart.plusColumns(offset);
        }
        int raw = i;
        for (int k = 0; k < offset && raw < source.length(); k++) {
            if (source.charAt(raw) == '\\' && raw + 1 < source.length()) {
                raw += source.charAt(raw + 1) == 'u' ? 6 : 2;
            } else {
                raw++;
            }
        }
        return new SourcePos(textStart.file(), textStart.line(), textStart.column() + (raw - i));
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return file + ": " + problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("; "));
    }
}
