// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import dev.atelier.ui.common.DialogService;
import javafx.scene.Node;

/**
 * Builds what the kiosk shows inside its locked frame. The composition root ({@code AtelierApp}) passes one in;
 * the frame adds the staff exit and the dialog layer around it.
 */
@FunctionalInterface
public interface KioskContentFactory {

    /**
     * Called on the FX thread each time the kiosk opens.
     *
     * @param dialogs shows errors and dialogs inside the kiosk window
     * @return the kiosk's content
     */
    Node create(DialogService dialogs);
}
