// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.catalog.SourcePos;

import java.util.Objects;

/**
 * One thing wrong with a catalog file, where it is and how bad it is. Prints as
 * {@code file:line:column: error: message}.
 *
 * @param severity error (the catalog cannot be used) or warning (it can, but something looks wrong)
 * @param position where; line and column are 0 when the problem concerns the whole file
 * @param message  what is wrong, in words a catalog designer understands
 */
public record CatalogProblem(Severity severity, SourcePos position, String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING;

        /** {@code error} or {@code warning}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CatalogProblem {
        Objects.requireNonNull(severity, "severity");
        position = position == null ? SourcePos.UNKNOWN : position;
        Objects.requireNonNull(message, "message");
    }

    public static CatalogProblem error(SourcePos at, String message) {
        return new CatalogProblem(Severity.ERROR, at, message);
    }

    public static CatalogProblem warning(SourcePos at, String message) {
        return new CatalogProblem(Severity.WARNING, at, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = position.line() == 0 ? position.file() : position.toString();
        return where + ": " + severity.word() + ": " + message;
    }
}
