// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import javafx.scene.SceneAntialiasing;

/**
 * How much the 3D view spends per frame. {@link #BEST} smooths edges and animates changes (a graphics card draws
 * either in a millisecond); {@link #FAST} draws without antialiasing and moves parts and the camera at once, for
 * machines that draw 3D in software (Mesa's llvmpipe), where every animated frame of a large view costs tens of
 * milliseconds that a customer's next tap would wait for.
 */
public enum PreviewQuality {
    BEST(SceneAntialiasing.BALANCED, true),
    FAST(SceneAntialiasing.DISABLED, false);

    private final SceneAntialiasing antialiasing;
    private final boolean animated;

    PreviewQuality(SceneAntialiasing antialiasing, boolean animated) {
        this.antialiasing = antialiasing;
        this.animated = animated;
    }

    /** Applies this quality to a preview that has not been shown yet. */
    public void applyTo(ProductPreview preview) {
        preview.setAntialiasing(antialiasing);
        preview.setAnimated(animated);
    }
}
