// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.preview.model.PreviewMaterial;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;

/** How a catalog surface looks under the studio lights: diffuse colour, specular highlight, transparency. */
final class Materials {

    /** Colour added as self-illumination to highlighted parts. */
    static final Color HIGHLIGHT = Color.rgb(40, 110, 210);

    private Materials() {
    }

    static PhongMaterial create(PreviewMaterial m, boolean highlight) {
        Color base = Color.web(m.color());
        PhongMaterial pm = new PhongMaterial();
        Color diffuse = m.textured() ? Color.WHITE : base;
        switch (m.surface()) {
            case MATTE -> {
                pm.setSpecularColor(Color.gray(0.06));
                pm.setSpecularPower(6);
            }
            case SATIN -> {
                pm.setSpecularColor(Color.gray(0.22));
                pm.setSpecularPower(24);
            }
            case GLOSS -> {
                pm.setSpecularColor(Color.gray(0.6));
                pm.setSpecularPower(70);
            }
            case GLASS -> {
                pm.setSpecularColor(Color.gray(0.85));
                pm.setSpecularPower(110);
            }
            case METAL -> {
                diffuse = base.deriveColor(0, 1, 0.75, 1);
                pm.setSpecularColor(base.interpolate(Color.WHITE, 0.6));
                pm.setSpecularPower(45);
            }
            case FABRIC -> {
                pm.setSpecularColor(Color.gray(0.03));
                pm.setSpecularPower(3);
            }
            default -> throw new IllegalStateException(m.surface().toString());
        }
        if (m.transparent()) {
            // Prism blends with premultiplied alpha (source + destination × (1 − α)) but does not premultiply the
            // lit colour: premultiply here, or see-through parts wash out to white
            double a = m.opacity();
            diffuse = new Color(diffuse.getRed() * a, diffuse.getGreen() * a, diffuse.getBlue() * a, a);
        }
        if (highlight) {
            // tinted towards the accent and slightly glowing, so light and dark finishes both show it
            Color tinted = diffuse.interpolate(HIGHLIGHT, 0.45);
            diffuse = new Color(tinted.getRed(), tinted.getGreen(), tinted.getBlue(), diffuse.getOpacity());
            pm.setSelfIlluminationMap(solid(HIGHLIGHT.deriveColor(0, 1, 0.35, 1)));
        }
        pm.setDiffuseColor(diffuse);
        return pm;
    }

    static void applyTexture(PhongMaterial pm, Image img) {
        pm.setDiffuseMap(img);
    }

    /** A tiny image of one colour (self-illumination maps need an image). */
    static Image solid(Color c) {
        WritableImage img = new WritableImage(2, 2);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                w.setColor(x, y, c);
            }
        }
        return img;
    }
}
