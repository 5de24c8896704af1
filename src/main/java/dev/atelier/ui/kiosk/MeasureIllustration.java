// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/**
 * A drawing of how to measure oneself: an upper body outline with the tape at neck, chest, waist and along the
 * arm. Drawn with shapes (no photos); the active measurement is highlighted. CSS: {@code .measure-illustration},
 * {@code .body-outline}, {@code .tape}, {@code .tape.active}.
 */
final class MeasureIllustration extends StackPane {

    private final Line neck = tape(118, 70, 162, 70);
    private final Line chest = tape(86, 132, 194, 132);
    private final Line waist = tape(96, 200, 184, 200);
    private final Line sleeve = tape(198, 92, 236, 226);

    MeasureIllustration() {
        getStyleClass().add("measure-illustration");
        SVGPath body = new SVGPath();
        body.setContent("M140 18 C124 18 116 30 116 46 C116 60 124 70 128 74 L126 84 C104 88 84 94 76 110 "
                + "L52 210 C50 220 62 226 68 216 L92 140 L96 250 C96 262 184 262 184 250 L188 140 L212 216 "
                + "C218 226 230 220 228 210 L204 110 C196 94 176 88 154 84 L152 74 C156 70 164 60 164 46 "
                + "C164 30 156 18 140 18 Z");
        body.getStyleClass().add("body-outline");
        Circle head = new Circle(140, 44, 0);
        Group g = new Group(body, head, neck, chest, waist, sleeve);
        getChildren().add(g);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
    }

    private static Line tape(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("tape");
        return l;
    }

    /** Highlights the tape for a measurement whose id mentions neck, chest, waist or sleeve/arm. */
    void highlight(String measurementId) {
        String id = measurementId == null ? "" : measurementId;
        mark(neck, id.contains("neck") || id.contains("collar"));
        mark(chest, id.contains("chest") || id.contains("bust"));
        mark(waist, id.contains("waist") || id.contains("hip"));
        mark(sleeve, id.contains("sleeve") || id.contains("arm"));
    }

    private static void mark(Line l, boolean on) {
        if (on) {
            if (!l.getStyleClass().contains("active")) {
                l.getStyleClass().add("active");
            }
        } else {
            l.getStyleClass().remove("active");
        }
    }
}
