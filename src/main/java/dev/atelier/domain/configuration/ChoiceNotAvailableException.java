// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

/** A choice that cannot be made as things stand (unknown id, unavailable value, text that does not fit). */
public final class ChoiceNotAvailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChoiceNotAvailableException(String message) {
        super(message);
    }
}
