// SPDX-License-Identifier: Apache-2.0
package dev.atelier.store;

import java.util.Objects;

/**
 * The store could not be opened. {@link #reason()} says why in a form the UI can translate; the message is
 * for the log.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the store could not be opened. */
    public enum Reason {
        /** The key file does not decrypt the database file. */
        WRONG_KEY,
        /** The database file exists but its key file is gone; a new key would not open it. */
        KEY_MISSING,
        /** The key file cannot be read or created. */
        KEY_UNREADABLE,
        /** The database file is damaged, or encrypted and opened without a key (or the other way round). */
        UNREADABLE,
        /** Another program (another Atelier) has the database file open. */
        IN_USE,
        /** The JDBC URL is not one this build can open. */
        UNSUPPORTED_URL,
        /** The schema migration failed. */
        MIGRATION_FAILED,
        /** Anything else: a server that does not answer, a full disk, a missing directory we cannot create. */
        UNAVAILABLE
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message what happened, for the log (names the file or URL)
     * @param cause   the underlying failure, or null
     */
    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the store could not be opened. */
    public Reason reason() {
        return reason;
    }
}
