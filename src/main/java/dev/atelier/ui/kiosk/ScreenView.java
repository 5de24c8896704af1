// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import javafx.scene.Node;

/** A kiosk screen: a node and the clean-up that removes its listeners from longer-lived view-models. */
interface ScreenView {

    Node node();

    /** Removes listeners and releases 3D viewers; the node is not used again. */
    void dispose();
}
