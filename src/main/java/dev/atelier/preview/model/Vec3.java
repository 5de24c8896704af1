// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

/**
 * A point or extent in millimetres in the product's frame: x to the right, y up, z towards the viewer.
 *
 * @param x right
 * @param y up
 * @param z towards the viewer
 */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("not a finite vector: " + x + ", " + y + ", " + z);
        }
    }

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double f) {
        return new Vec3(x * f, y * f, z * f);
    }

    /** Component-wise minimum. */
    public Vec3 min(Vec3 o) {
        return new Vec3(Math.min(x, o.x), Math.min(y, o.y), Math.min(z, o.z));
    }

    /** Component-wise maximum. */
    public Vec3 max(Vec3 o) {
        return new Vec3(Math.max(x, o.x), Math.max(y, o.y), Math.max(z, o.z));
    }

    public double length() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    public boolean isZero() {
        return x == 0 && y == 0 && z == 0;
    }
}
