// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.preview.model.Bounds;
import dev.atelier.preview.model.Vec3;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * An orbit camera in the spirit of FXyz's CameraTransformer: a target point, a yaw about the vertical, a pitch
 * above the horizon and a distance. Works in the product's frame (mm, y up, z towards the viewer); the scene's
 * JavaFX frame is that turned 180° about x (y down, z away).
 */
final class CameraRig {

    static final double FIELD_OF_VIEW = 30;
    static final double MIN_PITCH = -20;
    static final double MAX_PITCH = 89.5;

    final DoubleProperty yaw = new SimpleDoubleProperty(this, "yaw", PreviewView.THREE_QUARTER.yaw());
    final DoubleProperty pitch = new SimpleDoubleProperty(this, "pitch", PreviewView.THREE_QUARTER.pitch());
    final DoubleProperty distance = new SimpleDoubleProperty(this, "distance", 4000);
    final DoubleProperty targetX = new SimpleDoubleProperty(this, "targetX");
    final DoubleProperty targetY = new SimpleDoubleProperty(this, "targetY");
    final DoubleProperty targetZ = new SimpleDoubleProperty(this, "targetZ");

    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Translate target = new Translate();
    private final Rotate yawRotate = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitchRotate = new Rotate(0, Rotate.X_AXIS);
    private final Translate back = new Translate();
    private final Group root = new Group();
    private final Group yawGroup = new Group();
    private Timeline animation;

    CameraRig() {
        camera.setFieldOfView(FIELD_OF_VIEW);
        camera.setVerticalFieldOfView(true);
        camera.setNearClip(10);
        camera.setFarClip(60000);
        camera.getTransforms().setAll(pitchRotate, back);
        yawGroup.getTransforms().setAll(yawRotate);
        yawGroup.getChildren().add(camera);
        root.getTransforms().setAll(target);
        root.getChildren().add(yawGroup);
        yawRotate.angleProperty().bind(yaw.negate());
        pitchRotate.angleProperty().bind(pitch.negate());
        back.zProperty().bind(distance.negate());
        target.xProperty().bind(targetX);
        target.yProperty().bind(targetY.negate());
        target.zProperty().bind(targetZ.negate());
    }

    PerspectiveCamera camera() {
        return camera;
    }

    /** The node holding the camera; lights added to {@link #lightMount()} turn with the yaw. */
    Group root() {
        return root;
    }

    Group lightMount() {
        return yawGroup;
    }

    void orbit(double dYaw, double dPitch) {
        stop();
        yaw.set(normalize(yaw.get() + dYaw));
        pitch.set(clamp(pitch.get() + dPitch, MIN_PITCH, MAX_PITCH));
    }

    void zoom(double factor) {
        stop();
        distance.set(clamp(distance.get() / factor, 50, 50000));
    }

    /** Moves the target by a drag of (dx, dy) pixels in a viewport of the given height. */
    void pan(double dx, double dy, double viewportHeight) {
        stop();
        double mmPerPixel = 2 * distance.get() * Math.tan(Math.toRadians(FIELD_OF_VIEW / 2))
                / Math.max(1, viewportHeight);
        Vec3 right = axis(new Point3D(1, 0, 0));
        Vec3 up = axis(new Point3D(0, -1, 0));
        Vec3 move = right.times(-dx * mmPerPixel).plus(up.times(dy * mmPerPixel));
        targetX.set(targetX.get() + move.x());
        targetY.set(targetY.get() + move.y());
        targetZ.set(targetZ.get() + move.z());
    }

    /** A camera axis (JavaFX camera frame) in the product frame. */
    private Vec3 axis(Point3D local) {
        Point3D p = yawRotate.deltaTransform(pitchRotate.deltaTransform(local));
        return new Vec3(p.getX(), -p.getY(), -p.getZ());
    }

    /**
     * Goes to a view that shows all of {@code bounds} in a viewport of the aspect (width / height), looking from
     * yaw and pitch; animated over 350 ms if asked.
     */
    void look(double toYaw, double toPitch, Bounds bounds, double aspect, boolean animated) {
        Vec3 c = bounds.center();
        double d = fitDistance(toYaw, toPitch, bounds, aspect);
        if (!animated) {
            stop();
            yaw.set(toYaw);
            pitch.set(toPitch);
            distance.set(d);
            targetX.set(c.x());
            targetY.set(c.y());
            targetZ.set(c.z());
            return;
        }
        stop();
        double from = yaw.get();
        // turn the short way round
        double to = from + normalize(toYaw - from);
        Duration t = Duration.millis(350);
        animation = new Timeline(new KeyFrame(t,
                new KeyValue(yaw, to, Interpolator.EASE_BOTH),
                new KeyValue(pitch, toPitch, Interpolator.EASE_BOTH),
                new KeyValue(distance, d, Interpolator.EASE_BOTH),
                new KeyValue(targetX, c.x(), Interpolator.EASE_BOTH),
                new KeyValue(targetY, c.y(), Interpolator.EASE_BOTH),
                new KeyValue(targetZ, c.z(), Interpolator.EASE_BOTH)));
        animation.setOnFinished(e -> yaw.set(normalize(yaw.get())));
        animation.play();
    }

    void stop() {
        if (animation != null) {
            animation.stop();
            animation = null;
        }
    }

    /** The distance at which the box fits the view with a small margin. */
    static double fitDistance(double yawDeg, double pitchDeg, Bounds bounds, double aspect) {
        Rotate y = new Rotate(-yawDeg, Rotate.Y_AXIS);
        Rotate p = new Rotate(-pitchDeg, Rotate.X_AXIS);
        Point3D r = y.deltaTransform(p.deltaTransform(new Point3D(1, 0, 0)));
        Point3D u = y.deltaTransform(p.deltaTransform(new Point3D(0, -1, 0)));
        Point3D f = y.deltaTransform(p.deltaTransform(new Point3D(0, 0, 1)));
        double tanV = Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));
        double tanH = tanV * Math.max(0.1, aspect);
        Vec3 h = bounds.size().times(0.5);
        double d = 100;
        for (int i = 0; i < 8; i++) {
            // corner relative to the centre, in JavaFX's frame
            Point3D q = new Point3D((i & 1) == 0 ? -h.x() : h.x(), -((i & 2) == 0 ? -h.y() : h.y()),
                    -((i & 4) == 0 ? -h.z() : h.z()));
            double x = q.dotProduct(r);
            double yy = q.dotProduct(u);
            double z = q.dotProduct(f);
            d = Math.max(d, Math.abs(x) / tanH - z);
            d = Math.max(d, Math.abs(yy) / tanV - z);
        }
        return d * 1.08;
    }

    static double normalize(double deg) {
        double d = deg % 360;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
