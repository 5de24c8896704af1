// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.Optional;

/**
 * Turns an error into a short message for the user in the current language, for the errors a part of the
 * application knows how to explain (the composition root combines them).
 */
@FunctionalInterface
public interface ErrorTranslator {

    /** An translator that knows no error: the generic message is shown. */
    ErrorTranslator NONE = error -> Optional.empty();

    /**
     * @param error what went wrong
     * @return the message, or empty if this translator does not know the error
     */
    Optional<String> translate(Throwable error);

    /** This translator, then {@code next} for what this one does not know. */
    default ErrorTranslator orElse(ErrorTranslator next) {
        return error -> {
            Optional<String> mine = translate(error);
            return mine.isPresent() ? mine : next.translate(error);
        };
    }
}
