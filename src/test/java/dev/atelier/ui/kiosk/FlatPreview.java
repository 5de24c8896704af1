// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A test double for the 3D preview: draws each present instance of a repeated component as a flat rectangle in
 * the product's first material colour, and records what it was asked to show.
 */
final class FlatPreview implements PreviewPort {

    record Flat(String description, List<Double> widths, String color, Configuration configuration)
            implements Prepared {
    }

    final List<Viewer> created = new ArrayList<>();
    volatile int prepared;

    @Override
    public Prepared prepare(Configuration c, Locale locale) {
        prepared++;
        ProductSpace space = c.space();
        List<Double> widths = new ArrayList<>();
        String color = "#888888";
        for (ProductSpace.Var v : space.variables()) {
            String value = c.values().get(v.id());
            if (value == null || value.equals(ProductSpace.NA)) {
                continue;
            }
            if (v.kind() == ProductSpace.Kind.PARAMETER && v.instance().index() > 0) {
                widths.add(Double.parseDouble(value));
            }
            if (v.kind() == ProductSpace.Kind.GROUP && color.equals("#888888")) {
                String m = v.group().option(value).map(o -> o.material()).orElse(null);
                color = m == null ? color : space.material(m).map(Material::color).orElse(color);
            }
        }
        if (widths.isEmpty()) {
            widths.add(100.0);
        }
        return new Flat(space.product().label().get(locale) + " " + widths, widths, color, c);
    }

    @Override
    public Viewer createViewer(boolean interactive) {
        HBox box = new HBox(4);
        box.setStyle("-fx-alignment: center;");
        Viewer v = new Viewer() {
            @Override
            public Node node() {
                return box;
            }

            @Override
            public void show(Prepared p) {
                Flat f = (Flat) p;
                box.getChildren().clear();
                for (double w : f.widths()) {
                    Rectangle r = new Rectangle(w * 2, 300, Color.web(f.color()));
                    r.setStroke(Color.gray(0.3));
                    box.getChildren().add(r);
                }
            }

            @Override
            public Image snapshot(int width, int height) {
                return box.snapshot(null, null);
            }

            @Override
            public void dispose() {
                box.getChildren().clear();
            }
        };
        created.add(v);
        return v;
    }
}
