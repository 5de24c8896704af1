// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import java.util.List;
import java.util.stream.Collectors;

/** A product whose rules cannot be compiled; lists every error. */
public final class RuleCompileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CompileProblem> problems;

    public RuleCompileException(String productId, List<CompileProblem> problems) {
        super("the rules of product " + productId + " cannot be compiled:\n"
                + problems.stream().map(CompileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CompileProblem> problems() {
        return problems;
    }
}
