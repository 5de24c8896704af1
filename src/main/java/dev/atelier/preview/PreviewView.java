// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import java.util.Locale;

/**
 * Preset camera directions: where the camera looks from, as yaw (degrees to the right of the front, about the
 * vertical axis) and pitch (degrees above the horizon).
 */
public enum PreviewView {
    FRONT(0, 4),
    SIDE(90, 4),
    TOP(0, 89),
    THREE_QUARTER(-32, 14);

    private final double yaw;
    private final double pitch;

    PreviewView(double yaw, double pitch) {
        this.yaw = yaw;
        this.pitch = pitch;
    }

    public double yaw() {
        return yaw;
    }

    public double pitch() {
        return pitch;
    }

    /** The id used on the command line and in resource keys: {@code front}, {@code three-quarter}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The view with this {@link #id()}. */
    public static PreviewView of(String id) {
        for (PreviewView v : values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + id + "'; use front, side, top or three-quarter");
    }
}
