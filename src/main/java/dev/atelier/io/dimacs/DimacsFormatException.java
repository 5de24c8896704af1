// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.dimacs;

import java.io.IOException;

/** A DIMACS CNF file that cannot be read as a configuration model; the message names the source and line. */
public final class DimacsFormatException extends IOException {

    private final String source;
    private final int lineNumber;

    /**
     * @param source     the file (or stream) name
     * @param lineNumber 1-based line of the problem
     * @param problem    what is wrong, in one sentence
     */
    public DimacsFormatException(String source, int lineNumber, String problem) {
        super(source + ":" + lineNumber + ": " + problem);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    /** The file (or stream) name. */
    public String source() {
        return source;
    }

    /** 1-based line number of the problem. */
    public int lineNumber() {
        return lineNumber;
    }
}
