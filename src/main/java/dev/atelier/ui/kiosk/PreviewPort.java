// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.Configuration;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.image.Image;

/**
 * The kiosk's access to the 3D preview: preparing what to show is plain computation and runs with the session's
 * work off the FX thread; viewers are nodes and live on the FX thread.
 */
public interface PreviewPort {

    /** What a viewer shows of one configuration; immutable, opaque to the kiosk. */
    interface Prepared {
        /** A sentence describing what is shown, for screen readers. */
        String description();
    }

    /** A 3D view on screen. */
    interface Viewer {
        Node node();

        /** Shows a prepared configuration (FX thread); only parts that changed are rebuilt. */
        void show(Prepared prepared);

        /**
         * A picture of what the viewer shows, or null where 3D cannot be drawn (headless tests).
         *
         * @param width  pixels
         * @param height pixels
         */
        Image snapshot(int width, int height);

        /** True while meshes or textures of what is shown are still being built in the background. */
        default ObservableBooleanValue busy() {
            return new SimpleBooleanProperty(false);
        }

        /** Releases listeners and meshes; the node is not used again. */
        void dispose();
    }

    /**
     * Prepares a configuration for showing. Any thread.
     *
     * @param configuration a complete (or completed) configuration
     * @param locale        language of the description
     */
    Prepared prepare(Configuration configuration, Locale locale);

    /**
     * A new viewer (FX thread).
     *
     * @param interactive whether people can turn and zoom it (the main view), or it is a still thumbnail
     */
    Viewer createViewer(boolean interactive);
}
