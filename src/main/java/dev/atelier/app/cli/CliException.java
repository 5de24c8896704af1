// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.cli;

/** A command that cannot go on: one line for stderr and the exit status (1 invalid input, 2 unreadable). */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
