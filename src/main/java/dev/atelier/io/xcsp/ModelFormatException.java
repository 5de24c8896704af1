// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.xcsp;

import java.io.IOException;

/**
 * A model file that cannot be understood: not well-formed XML, or not the expected format. The message names the
 * file and, where known, the line and column ({@code megane.xml:12:40: ...}).
 */
public class ModelFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param source  the file (or stream) name
     * @param line    1-based line, or -1 if unknown
     * @param column  1-based column, or -1 if unknown
     * @param problem what is wrong
     */
    public ModelFormatException(String source, int line, int column, String problem) {
        super(source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem, or -1 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 if unknown. */
    public int column() {
        return column;
    }
}
