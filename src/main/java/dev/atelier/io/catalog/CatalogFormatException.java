// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A catalog file that cannot be used; the message lists every error as {@code file:line:column: error: …}. */
public final class CatalogFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogProblem> problems;

    public CatalogFormatException(String file, List<CatalogProblem> problems) {
        super(file + " is not a valid catalog:\n" + problems.stream().map(CatalogProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The errors. */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
