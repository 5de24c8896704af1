// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.design;

/**
 * A design file that cannot be used: unreadable, not JSON, a missing or wrong field, or choices the catalog does
 * not have. The message says where ({@code design.json:3:17:} or the field, e.g. {@code selections.height}).
 */
public final class DesignFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DesignFileException(String message) {
        super(message);
    }

    public DesignFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
