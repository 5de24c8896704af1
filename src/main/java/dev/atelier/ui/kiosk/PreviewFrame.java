// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;

/**
 * A 3D viewer that follows a prepared configuration. CSS: {@code .preview-frame}.
 */
final class PreviewFrame extends StackPane {

    private final PreviewPort.Viewer viewer;
    private final ObservableValue<PreviewPort.Prepared> source;
    private final ChangeListener<PreviewPort.Prepared> listener = (obs, was, now) -> show(now);

    /**
     * @param source what to show; followed until {@link #dispose()}
     */
    PreviewFrame(PreviewPort port, boolean interactive, ObservableValue<PreviewPort.Prepared> source) {
        this.viewer = port.createViewer(interactive);
        this.source = source;
        getStyleClass().add("preview-frame");
        getChildren().add(viewer.node());
        setMinSize(0, 0);
        // The 3D view is square-cornered: clip it to the frame's rounded corners.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.setArcWidth(48);
        clip.setArcHeight(48);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        if (source != null) {
            source.addListener(listener);
            show(source.getValue());
        }
    }

    /** A frame showing one fixed prepared configuration. */
    static PreviewFrame still(PreviewPort port, PreviewPort.Prepared prepared) {
        PreviewFrame f = new PreviewFrame(port, false, null);
        f.show(prepared);
        return f;
    }

    void show(PreviewPort.Prepared prepared) {
        if (prepared != null) {
            viewer.show(prepared);
            setAccessibleText(prepared.description());
        }
    }

    PreviewPort.Viewer viewer() {
        return viewer;
    }

    void dispose() {
        if (source != null) {
            source.removeListener(listener);
        }
        viewer.dispose();
    }
}
