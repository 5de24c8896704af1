// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs start-up work once a window has drawn its first frame, so that on a two-core kiosk the first screen is not
 * slowed down by work the customer does not see yet (opening the database, compiling catalogs). "Drawn" is
 * approximated by the second layout pulse of the scene: the first pulse lays out and hands the frame to the
 * renderer, the second cannot be synchronised before that frame is painted. Call on the JavaFX thread.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} (on the JavaFX thread) after the scene's first frame.
     *
     * @param scene  a scene that is shown or about to be
     * @param action the deferred work; should itself hand anything slow to a background thread
     */
    public static void after(Scene scene, Runnable action) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(action, "action");
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                if (++pulses < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        });
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} after the first frame of the scene that {@code node} is (or will be) in.
     *
     * @param node   a node of the screen
     * @param action the deferred work
     */
    public static void after(Node node, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (node.getScene() != null) {
            after(node.getScene(), action);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene was, Scene scene) {
                if (scene != null) {
                    obs.removeListener(this);
                    after(scene, action);
                }
            }
        });
    }
}
