// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import java.util.Objects;

/**
 * An axis-aligned box in millimetres.
 *
 * @param min smallest corner
 * @param max largest corner
 */
public record Bounds(Vec3 min, Vec3 max) {

    /** An empty box at the origin (a model without parts). */
    public static final Bounds EMPTY = new Bounds(Vec3.ZERO, Vec3.ZERO);

    public Bounds {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.x() < min.x() || max.y() < min.y() || max.z() < min.z()) {
            throw new IllegalArgumentException("bounds max " + max + " is below min " + min);
        }
    }

    public static Bounds of(Vec3 position, Vec3 size) {
        return new Bounds(position, position.plus(size));
    }

    public Vec3 size() {
        return max.minus(min);
    }

    public Vec3 center() {
        return min.plus(max).times(0.5);
    }

    public double width() {
        return max.x() - min.x();
    }

    public double height() {
        return max.y() - min.y();
    }

    public double depth() {
        return max.z() - min.z();
    }

    /** The smallest box holding both. */
    public Bounds union(Bounds o) {
        return new Bounds(min.min(o.min), max.max(o.max));
    }

    public boolean contains(Vec3 p) {
        return p.x() >= min.x() && p.x() <= max.x() && p.y() >= min.y() && p.y() <= max.y()
                && p.z() >= min.z() && p.z() <= max.z();
    }

    public boolean isEmpty() {
        return width() == 0 && height() == 0 && depth() == 0;
    }
}
