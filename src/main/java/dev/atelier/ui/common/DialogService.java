// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * Shows messages and small dialogs over the current screen. Call on the UI thread.
 *
 * <p>Errors appear as a short translated sentence that says what to do, never as a stack trace: the details
 * go to the log.
 */
public interface DialogService {

    /**
     * Logs {@code error} (once, here) and shows the user a short translated message for it: the
     * {@link ErrorTranslator}'s text if it knows the error, a generic one otherwise.
     */
    void showError(Throwable error);

    /** Shows an already translated error message. */
    void showError(String message);

    /**
     * Asks for a staff PIN on a keypad. Wrong PINs are refused in the dialog, which stays open.
     *
     * @param prompt   the translated question ("Staff PIN to leave the kiosk")
     * @param pinCheck tells whether a PIN is right
     * @return completes with true once a right PIN was entered, false if the dialog was cancelled
     */
    CompletionStage<Boolean> confirmWithPin(String prompt, Predicate<String> pinCheck);
}
