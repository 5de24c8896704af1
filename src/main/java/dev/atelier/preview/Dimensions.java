// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.preview.geometry.Shapes;
import dev.atelier.preview.model.Bounds;
import dev.atelier.preview.model.Units;
import dev.atelier.preview.model.Vec3;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;

import java.util.Locale;

/**
 * Width, height and depth annotations: measuring lines with end ticks in 3D beside the product (front bottom,
 * right front edge, right bottom side) and their values as labels on a 2D overlay, kept over the lines' middles as
 * the camera moves. Labels have the style class {@code dimension-label}.
 */
final class Dimensions {

    private final Group lines = new Group();
    private final Pane overlay;
    private final Label width = label("width");
    private final Label height = label("height");
    private final Label depth = label("depth");
    private final PhongMaterial ink = new PhongMaterial(Color.rgb(58, 63, 71));
    private Vec3 widthAt = Vec3.ZERO;
    private Vec3 heightAt = Vec3.ZERO;
    private Vec3 depthAt = Vec3.ZERO;
    private Vec3[] widthEnds = {Vec3.ZERO, Vec3.ZERO};
    private Vec3[] heightEnds = {Vec3.ZERO, Vec3.ZERO};
    private Vec3[] depthEnds = {Vec3.ZERO, Vec3.ZERO};

    Dimensions(Pane overlay) {
        this.overlay = overlay;
        ink.setSpecularColor(Color.BLACK);
        lines.getStyleClass().add("dimension-lines");
        overlay.getChildren().addAll(width, height, depth);
        setVisible(false);
    }

    private static Label label(String axis) {
        Label l = new Label();
        l.getStyleClass().addAll("dimension-label", axis);
        l.setManaged(false);
        l.setMouseTransparent(true);
        return l;
    }

    /** The 3D lines, in the product's frame. */
    Group lines() {
        return lines;
    }

    void setVisible(boolean visible) {
        lines.setVisible(visible);
        width.setVisible(visible);
        height.setVisible(visible);
        depth.setVisible(visible);
    }

    boolean isVisible() {
        return lines.isVisible();
    }

    /** Rebuilds the lines for the product's bounds and sets the labels in its unit. */
    void update(Bounds b, String unit, Locale locale) {
        lines.getChildren().clear();
        if (b.isEmpty()) {
            return;
        }
        double span = Math.max(b.width(), Math.max(b.height(), b.depth()));
        double t = Math.max(2, span * 0.0025);
        double gap = Math.max(60, span * 0.05);
        double tick = gap * 0.6;
        Vec3 lo = b.min();
        Vec3 hi = b.max();
        double fy = lo.y() + t;
        // width: along the front, on the floor
        double wz = hi.z() + gap;
        bar(new Vec3(lo.x(), fy, wz - t / 2), new Vec3(b.width(), t, t));
        bar(new Vec3(lo.x() - t / 2, fy, wz - tick / 2), new Vec3(t, t, tick));
        bar(new Vec3(hi.x() - t / 2, fy, wz - tick / 2), new Vec3(t, t, tick));
        widthAt = new Vec3(b.center().x(), fy, wz);
        widthEnds = new Vec3[]{new Vec3(lo.x(), fy, wz), new Vec3(hi.x(), fy, wz)};
        // height: up the right front edge
        double hx = hi.x() + gap;
        bar(new Vec3(hx - t / 2, lo.y(), hi.z() - t / 2), new Vec3(t, b.height(), t));
        bar(new Vec3(hx - tick / 2, lo.y(), hi.z() - t / 2), new Vec3(tick, t, t));
        bar(new Vec3(hx - tick / 2, hi.y() - t, hi.z() - t / 2), new Vec3(tick, t, t));
        heightAt = new Vec3(hx, b.center().y(), hi.z());
        heightEnds = new Vec3[]{new Vec3(hx, lo.y(), hi.z()), new Vec3(hx, hi.y(), hi.z())};
        // depth: along the right side, on the floor
        bar(new Vec3(hx - t / 2, fy, lo.z()), new Vec3(t, t, b.depth()));
        bar(new Vec3(hx - tick / 2, fy, lo.z() - t / 2), new Vec3(tick, t, t));
        depthAt = new Vec3(hx, fy, b.center().z());
        depthEnds = new Vec3[]{new Vec3(hx, fy, lo.z()), new Vec3(hx, fy, hi.z())};
        width.setText(Units.format(b.width(), unit, locale) + " " + unit);
        height.setText(Units.format(b.height(), unit, locale) + " " + unit);
        depth.setText(Units.format(b.depth(), unit, locale) + " " + unit);
    }

    private void bar(Vec3 at, Vec3 size) {
        MeshView m = new MeshView(PreviewResources.toFx(Shapes.box(size, 1000)));
        m.setMaterial(ink);
        m.setTranslateX(at.x());
        m.setTranslateY(at.y());
        m.setTranslateZ(at.z());
        lines.getChildren().add(m);
    }

    /** Puts the labels over the projected middles of their lines. */
    void layoutLabels() {
        if (!isVisible() || lines.getScene() == null) {
            return;
        }
        place(width, widthAt, widthEnds);
        place(height, heightAt, heightEnds);
        place(depth, depthAt, depthEnds);
    }

    private void place(Label l, Vec3 at, Vec3[] ends) {
        Point2D local = project(at);
        // a line seen end-on (depth from the front) gets no label
        double length = project(ends[0]).distance(project(ends[1]));
        l.applyCss();
        l.autosize();
        l.setVisible(length > Math.max(l.getWidth(), 40));
        l.relocate(local.getX() - l.getWidth() / 2, local.getY() - l.getHeight() / 2);
    }

    private Point2D project(Vec3 p) {
        Point3D scene = lines.localToScene(new Point3D(p.x(), p.y(), p.z()), true);
        return overlay.sceneToLocal(scene.getX(), scene.getY());
    }


    /** The texts of the labels (for tests and accessibility). */
    String describe() {
        return width.getText() + " / " + height.getText() + " / " + depth.getText();
    }
}
