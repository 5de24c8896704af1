// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.SourcePos;

/** A rule text that does not parse or does not fit the product. The message reads {@code file:line:col: …}. */
public final class RuleSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePos position;
    private final String detail;

    public RuleSyntaxException(SourcePos position, String detail) {
        super((position == null || position.line() == 0 ? "" : position + ": ") + detail);
        this.position = position == null ? SourcePos.UNKNOWN : position;
        this.detail = detail;
    }

    /** Where the problem is. */
    public SourcePos position() {
        return position;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }
}
