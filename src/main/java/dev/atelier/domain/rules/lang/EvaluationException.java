// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

/** An expression that cannot be evaluated: an unknown name, a type mismatch, a division by zero. */
public final class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;

    public EvaluationException(int offset, String message) {
        // no stack trace: name resolution uses this exception to try alternatives, and rules are evaluated
        // millions of times while compiling; the message and offset say everything
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Where in the expression text the problem is (0-based), or -1. */
    public int offset() {
        return offset;
    }
}
