// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.preview.geometry.Shapes;
import dev.atelier.preview.model.Bounds;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PointLight;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;

/**
 * The neutral photo studio around a product: a soft ambient light, a key light above left of the camera and a
 * fill light to the right (both turn with the camera, so every side is lit alike), a pale floor and a soft contact
 * shadow under the product's footprint.
 */
final class Studio {

    private final AmbientLight ambient = new AmbientLight(Color.gray(0.32));
    private final PointLight key = new PointLight(Color.gray(0.74));
    private final PointLight fill = new PointLight(Color.gray(0.3));
    private final MeshView floor = new MeshView();
    private final MeshView shadow = new MeshView();
    private final Group ground = new Group(floor, shadow);

    Studio(Group lightMount) {
        lightMount.getChildren().addAll(key, fill);
        PhongMaterial floorMaterial = new PhongMaterial(Color.WHITE);
        floorMaterial.setDiffuseMap(floorImage());
        floorMaterial.setSpecularColor(Color.BLACK);
        floor.setMaterial(floorMaterial);
        floor.setCullFace(CullFace.NONE);
        PhongMaterial shadowMaterial = new PhongMaterial(Color.WHITE);
        shadowMaterial.setDiffuseMap(shadowImage());
        shadowMaterial.setSpecularColor(Color.BLACK);
        shadow.setMaterial(shadowMaterial);
        ground.getStyleClass().add("preview-ground");
    }

    AmbientLight ambient() {
        return ambient;
    }

    /** Floor and shadow, in the product's frame. */
    Group ground() {
        return ground;
    }

    void setGroundVisible(boolean visible) {
        ground.setVisible(visible);
    }

    /** Sizes the floor and shadow to the product and puts the lights at a distance that suits it. */
    void fit(Bounds b) {
        double span = Math.max(400, Math.max(b.width(), Math.max(b.height(), b.depth())));
        double floorSize = span * 7;
        floor.setMesh(PreviewResources.toFx(Shapes.horizontal(floorSize, floorSize)));
        floor.setTranslateX(b.center().x() - floorSize / 2);
        floor.setTranslateY(b.min().y() - 0.5);
        floor.setTranslateZ(b.center().z() - floorSize / 2);
        double sw = Math.max(b.width(), 100) * 1.3 + 200;
        double sd = Math.max(b.depth(), 100) * 1.5 + 300;
        shadow.setMesh(PreviewResources.toFx(Shapes.horizontal(sw, sd)));
        shadow.setTranslateX(b.center().x() - sw / 2);
        shadow.setTranslateY(b.min().y() + 0.5);
        shadow.setTranslateZ(b.center().z() - sd / 2);
        // key light above, left and in front of the camera's line; fill light right (JavaFX frame: y down)
        key.setTranslateX(-span * 1.6);
        key.setTranslateY(-span * 2.2);
        key.setTranslateZ(-span * 2.5);
        fill.setTranslateX(span * 2.2);
        fill.setTranslateY(-span * 0.6);
        fill.setTranslateZ(-span * 1.5);
    }

    /** The floor: a pale disc fading into the background towards its rim, so it has no hard horizon. */
    private static Image floorImage() {
        int n = 256;
        WritableImage img = new WritableImage(n, n);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = (x + 0.5) / n * 2 - 1;
                double dy = (y + 0.5) / n * 2 - 1;
                double d = Math.min(1, Math.sqrt(dx * dx + dy * dy));
                double t = Math.max(0, (d - 0.25) / 0.75);
                double a = 1 - t * t * (3 - 2 * t);
                w.setColor(x, y, Color.color(0.93, 0.92, 0.9, a));
            }
        }
        return img;
    }

    /** A soft dark blob fading to transparent at its edges. */
    private static Image shadowImage() {
        int n = 128;
        WritableImage img = new WritableImage(n, n);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = Math.max(0, Math.abs((x + 0.5) / n * 2 - 1) - 0.55) / 0.45;
                double dy = Math.max(0, Math.abs((y + 0.5) / n * 2 - 1) - 0.55) / 0.45;
                double d = Math.min(1, Math.sqrt(dx * dx + dy * dy));
                double a = 0.38 * (1 - d * d * (3 - 2 * d));
                w.setColor(x, y, Color.color(0.2, 0.19, 0.18, a));
            }
        }
        return img;
    }
}
