// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import atlantafx.base.theme.PrimerLight;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real catalogs in 3D: pictures under target/preview-images for people to look at, and pixel checks. */
@Tag("render")
@ExtendWith(ApplicationExtension.class)
class CatalogRenderTest {

    static final int W = 900;
    static final int H = 700;

    final PreviewModelBuilder builder = new PreviewModelBuilder();
    ProductPreview preview;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        preview = new ProductPreview(new PreviewResources(AssetSource.directory(TestAssets.repositoryAssets()),
                Runnable::run));
        preview.setAnimated(false);
        preview.setToolbarVisible(false);
        preview.setLocale(Locale.ENGLISH);
        stage.setScene(new Scene(new StackPane(preview), W, H));
        stage.show();
    }

    <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    WritableImage show(PreviewModel m, PreviewView view, String name) throws Exception {
        fx(() -> {
            preview.setModel(m);
            preview.showView(view);
            return null;
        });
        preview.whenIdle().get(30, TimeUnit.SECONDS);
        WritableImage img = fx(() -> preview.snapshot(W, H));
        Pixels.save(img, name);
        return img;
    }

    PreviewModel model(Catalog c, String product, Map<String, String> values, String initials) {
        ProductSpace space = ProductSpace.of(c, c.product(product).orElseThrow());
        var config = Configs.of(space, values);
        PreviewModel m = builder.build(initials == null ? config : config.withText("initials", initials),
                Locale.ENGLISH);
        assertThat(m.problems()).as("problems of %s", values).isEmpty();
        return m;
    }

    @Test
    void wardrobesFromTheCatalog() throws Exception {
        ProductPreviewRenderTest.require3d();
        Catalog c = Configs.read("wardrobes.json");
        Map<String, String> hinged = Map.ofEntries(Map.entry("section.count", "3"),
                Map.entry("section[1].width", "100"), Map.entry("section[2].width", "50"),
                Map.entry("section[3].width", "100"), Map.entry("section[1].door", "pair"),
                Map.entry("section[2].door", "left"), Map.entry("section[3].door", "pair"),
                Map.entry("finish", "oak-veneer"), Map.entry("handle", "bar"));
        show(model(c, "wardrobe", hinged, null), PreviewView.THREE_QUARTER, "catalog-wardrobe-hinged-oak.png");
        Map<String, String> sliding = Map.ofEntries(Map.entry("section.count", "2"),
                Map.entry("door-system", "sliding"), Map.entry("door-style", "glass"), Map.entry("finish", "white"),
                Map.entry("handle", "recessed"), Map.entry("section[1].insert.count", "4"),
                Map.entry("section[1].insert[2].type", "rail"), Map.entry("section[2].insert[3].type", "basket"));
        show(model(c, "wardrobe", sliding, null), PreviewView.THREE_QUARTER, "catalog-wardrobe-sliding-glass.png");
        Map<String, String> open = Map.ofEntries(Map.entry("section.count", "4"), Map.entry("door-system", "open"),
                Map.entry("finish", "walnut"), Map.entry("plinth", "legs"),
                Map.entry("section[1].insert.count", "6"), Map.entry("section[2].insert[1].type", "drawer"),
                Map.entry("section[2].insert[2].type", "drawer"), Map.entry("section[3].insert[3].type", "rail"),
                Map.entry("section[4].insert[2].type", "shoe-shelf"));
        WritableImage img = show(model(c, "wardrobe", open, null), PreviewView.FRONT,
                "catalog-wardrobe-open-walnut.png");
        assertThat(Pixels.foreground(img)).isNotNull();
        // the control as people see it: toolbar, focus ring, dimensions, a highlighted frame
        WritableImage ui = fx(() -> {
            preview.setToolbarVisible(true);
            preview.setDimensionsVisible(true);
            preview.setHighlightedPath("section[2]");
            preview.setLocale(Locale.GERMAN);
            preview.requestFocus();
            preview.showView(PreviewView.THREE_QUARTER);
            return null;
        }) == null ? fx(() -> preview.getScene().snapshot(null)) : null;
        Pixels.save(ui, "catalog-wardrobe-ui.png");
    }

    @Test
    void shirtsFromTheCatalog() throws Exception {
        ProductPreviewRenderTest.require3d();
        Catalog c = Configs.read("shirts.json");
        WritableImage white = show(model(c, "shirt", Map.of(), null), PreviewView.FRONT, "catalog-shirt-white.png");
        WritableImage navy = show(model(c, "shirt", Map.of("fabric", "twill-navy"), null), PreviewView.FRONT,
                "catalog-shirt-navy.png");
        // the chest of the shirt, below the collar
        Color w = Pixels.average(white, W / 2 - 60, H / 2 - 110, W / 2 - 20, H / 2 - 60);
        Color n = Pixels.average(navy, W / 2 - 60, H / 2 - 110, W / 2 - 20, H / 2 - 60);
        assertThat(w.getBrightness() - n.getBrightness()).isGreaterThan(0.3);
        show(model(c, "shirt", Map.of("fabric", "oxford-blue", "collar", "button-down", "pocket", "flap",
                "monogram", "cuff"), "JS"), PreviewView.THREE_QUARTER, "catalog-shirt-oxford.png");
        PreviewModel oxford = model(c, "shirt", Map.of("fabric", "oxford-blue", "collar", "button-down"), null);
        var upper = oxford.parts().stream().filter(p -> p.role().equals("collar")
                || p.role().equals("sleeve")).toList();
        show(new PreviewModel(oxford.productId(), oxford.kind(), oxford.label(), oxford.unit(), upper,
                PreviewModel.boundsOf(upper), "", java.util.List.of()), PreviewView.THREE_QUARTER,
                "catalog-shirt-collar-closeup.png");
        show(model(c, "shirt", Map.of("fabric", "gingham-navy", "sleeve", "short", "cuffs", "none",
                "collar", "cutaway", "chest", "120", "monogram", "chest"), "ABC"), PreviewView.THREE_QUARTER,
                "catalog-shirt-gingham-short.png");
        show(model(c, "shirt", Map.of("fabric", "bengal-stripe-blue", "collar", "wing", "cuffs", "french",
                "extras.contrast-collar", "yes", "chest", "88"), null), PreviewView.FRONT,
                "catalog-shirt-stripe-wing.png");
    }
}
