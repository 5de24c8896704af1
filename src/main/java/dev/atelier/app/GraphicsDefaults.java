// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import java.util.Properties;

/**
 * JavaFX graphics settings the desktop application starts with unless the command line sets them ({@code -D...}).
 * They must be in place before JavaFX starts, which reads them once.
 *
 * <p>{@code prism.maxvram}: JavaFX keeps textures it has drawn (the 3D views' render targets, pictures, glyphs) in
 * a pool it empties only when the pool is full, 512 MB by default. With a graphics card that is video memory; with
 * software OpenGL (Mesa llvmpipe, a kiosk PC without one) it is the process's own memory, and the kiosk's resident
 * size grew by the whole pool over a day of customers. The kiosk's screens need far less at 1920×1080 (decision
 * 0012): a larger screen or a pool-starved picture can raise it with {@code -Dprism.maxvram=256m}.
 */
public final class GraphicsDefaults {

    /** Texture pool of JavaFX's hardware pipeline (see the class comment). */
    static final String MAX_VRAM = "64m";

    private GraphicsDefaults() {
    }

    /** Sets each default that {@code properties} does not have yet. */
    public static void apply(Properties properties) {
        if (properties.getProperty("prism.maxvram") == null) {
            properties.setProperty("prism.maxvram", MAX_VRAM);
        }
    }
}
