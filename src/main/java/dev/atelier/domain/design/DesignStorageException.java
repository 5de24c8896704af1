// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.design;

/** A {@link DesignRepository} could not read or write its store. */
public class DesignStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, for the log
     * @param cause   the underlying failure
     */
    public DesignStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
