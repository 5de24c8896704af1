// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

/**
 * A place in a catalog file, so errors can say {@code file:line:column}. Lines and columns start at 1.
 *
 * @param file   file name as given to the reader (may be empty)
 * @param line   line, 1-based (0 if unknown)
 * @param column column, 1-based (0 if unknown)
 */
public record SourcePos(String file, int line, int column) {

    public static final SourcePos UNKNOWN = new SourcePos("", 0, 0);

    public SourcePos {
        file = file == null ? "" : file;
    }

    /** The position {@code offset} characters into a single-line text that starts here. */
    public SourcePos plusColumns(int offset) {
        return this == UNKNOWN ? UNKNOWN : new SourcePos(file, line, column + offset);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
