// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import javafx.scene.Node;

/** Where screens show panels over themselves (the repair panel, comparisons, dialogs). */
interface Overlays {

    /**
     * Shows a card over the screen, replacing the one shown, dimming what is behind.
     *
     * @param card      the panel
     * @param onDismiss runs when the person taps beside the card or presses Escape
     */
    void show(Node card, Runnable onDismiss);

    /** Hides {@code card} if it is the one shown. */
    void hide(Node card);
}
