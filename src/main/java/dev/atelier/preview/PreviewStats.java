// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

/**
 * What applying one {@link dev.atelier.preview.model.PreviewModel} cost on the JavaFX thread and what it changed.
 *
 * @param applyNanos  FX-thread time of diffing the models and updating the scene graph
 * @param attachNanos FX-thread time spent later attaching meshes that were built in the background
 * @param added       parts that were new
 * @param changed     parts whose look (mesh, material, text) changed
 * @param moved       parts that only moved or were resized by a transform
 * @param removed     parts that went away
 * @param kept        parts that stayed as they were
 */
public record PreviewStats(long applyNanos, long attachNanos, int added, int changed, int moved, int removed,
                           int kept) {

    public static final PreviewStats NONE = new PreviewStats(0, 0, 0, 0, 0, 0, 0);

    /** All FX-thread time of the update, in milliseconds. */
    public double fxMillis() {
        return (applyNanos + attachNanos) / 1e6;
    }

    PreviewStats plusAttach(long nanos) {
        return new PreviewStats(applyNanos, attachNanos + nanos, added, changed, moved, removed, kept);
    }
}
