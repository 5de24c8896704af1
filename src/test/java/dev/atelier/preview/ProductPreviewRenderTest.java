// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import atlantafx.base.theme.PrimerLight;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

@Tag("render")
@ExtendWith(ApplicationExtension.class)
class ProductPreviewRenderTest {

    static final int W = 800;
    static final int H = 600;

    final Catalog catalog = TestProducts.catalog();
    final ProductSpace wardrobe = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
    final ProductSpace shirt = ProductSpace.of(catalog, catalog.product("shirt").orElseThrow());
    final PreviewModelBuilder builder = new PreviewModelBuilder();
    ProductPreview preview;

    /** 3D must work where the build says so (-Dfx.require3d=true); elsewhere these tests do not apply. */
    static void require3d() {
        boolean supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        if (Boolean.getBoolean("fx.require3d") && !supported) {
            fail("3D (ConditionalFeature.SCENE3D) is not supported, but fx.require3d=true: run under a real X "
                    + "server with -Dprism.order=es2,sw -Dprism.forceGPU=true (see shared/recipes/javafx-ci.md)");
        }
        Assumptions.assumeTrue(supported, "3D is not supported by this JavaFX pipeline");
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        preview = new ProductPreview(new PreviewResources(TestAssets.source(), Runnable::run));
        preview.setAnimated(false);
        preview.setToolbarVisible(false);
        preview.setLocale(Locale.ENGLISH);
        stage.setScene(new Scene(new StackPane(preview), W, H));
        stage.show();
    }

    <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    WritableImage show(PreviewModel m, PreviewView view) throws Exception {
        fx(() -> {
            preview.setModel(m);
            preview.showView(view);
            return null;
        });
        preview.whenIdle().get(30, TimeUnit.SECONDS);
        return fx(() -> preview.snapshot(W, H));
    }

    PreviewModel wardrobe(String finish, String door, int... widths) {
        return builder.build(TestProducts.wardrobe(wardrobe, finish, door, widths, "shelf", "drawer", "rail",
                "shelf"), Locale.ENGLISH);
    }

    @Test
    void wardrobeFillsTheExpectedRegionInFrontView() throws Exception {
        require3d();
        fx(() -> {
            preview.setGroundVisible(false);
            return null;
        });
        PreviewModel m = wardrobe("graphite", "hinged", 100, 100);
        WritableImage img = show(m, PreviewView.FRONT);
        Pixels.save(img, "wardrobe-front-graphite.png");
        int[] box = Pixels.foreground(img);
        assertThat(box).as("something is drawn").isNotNull();
        double bw = box[2] - box[0];
        double bh = box[3] - box[1];
        // fitted: the product is tall, so it fills most of the height, centred
        assertThat(bh / H).isBetween(0.7, 0.97);
        assertThat((box[0] + box[2]) / 2.0).isCloseTo(W / 2.0, org.assertj.core.data.Offset.offset(W * 0.05));
        double expectedAspect = m.bounds().width() / m.bounds().height();
        assertThat(bw / bh).isCloseTo(expectedAspect, org.assertj.core.data.Offset.offset(0.12));
    }

    @Test
    void changingTheFinishChangesTheColourOfTheDoors() throws Exception {
        require3d();
        WritableImage white = show(wardrobe("white", "hinged", 100, 100), PreviewView.FRONT);
        Color w = Pixels.average(white, W / 2 - 120, H / 2 - 60, W / 2 - 40, H / 2 + 20);
        WritableImage graphite = show(wardrobe("graphite", "hinged", 100, 100), PreviewView.FRONT);
        Color g = Pixels.average(graphite, W / 2 - 120, H / 2 - 60, W / 2 - 40, H / 2 + 20);
        Pixels.save(white, "wardrobe-front-white.png");
        assertThat(w.getBrightness()).isGreaterThan(0.75);
        assertThat(g.getBrightness()).isLessThan(0.45);
        assertThat(preview.getLastUpdate().changed()).isGreaterThan(10);
    }

    @Test
    void explodedViewWidensTheRenderedProduct() throws Exception {
        require3d();
        fx(() -> {
            preview.setGroundVisible(false);
            return null;
        });
        PreviewModel m = wardrobe("oak", "hinged", 100, 75, 100);
        WritableImage closed = show(m, PreviewView.FRONT);
        int[] a = Pixels.foreground(closed);
        fx(() -> {
            preview.setExploded(true);
            return null;
        });
        WritableImage open = fx(() -> preview.snapshot(W, H));
        Pixels.save(open, "wardrobe-exploded.png");
        int[] b = Pixels.foreground(open);
        double closedRatio = (a[2] - a[0]) / (double) (a[3] - a[1]);
        double openRatio = (b[2] - b[0]) / (double) (b[3] - b[1]);
        assertThat(openRatio).isGreaterThan(closedRatio * 1.15);
    }

    @Test
    void glassDoorsShowWhatIsBehindThem() throws Exception {
        require3d();
        WritableImage white = show(wardrobe("white", "sliding", 100, 100), PreviewView.FRONT);
        Color w = Pixels.average(white, W / 2 - 120, H / 2 - 60, W / 2 - 40, H / 2 + 20);
        WritableImage graphite = show(wardrobe("graphite", "sliding", 100, 100), PreviewView.FRONT);
        Color g = Pixels.average(graphite, W / 2 - 120, H / 2 - 60, W / 2 - 40, H / 2 + 20);
        Pixels.save(graphite, "wardrobe-glass-graphite.png");
        assertThat(w.getBrightness() - g.getBrightness()).isGreaterThan(0.2);
    }

    @Test
    void picturesOfEachProduct() throws Exception {
        require3d();
        fx(() -> {
            preview.setDimensionsVisible(true);
            return null;
        });
        WritableImage w = show(builder.build(TestProducts.wardrobe(wardrobe, "oak", "sliding",
                new int[]{100, 75, 100}, "shelf", "drawer", "drawer", "rail", "shelf"), Locale.ENGLISH),
                PreviewView.THREE_QUARTER);
        Pixels.save(w, "wardrobe-three-quarter.png");
        fx(() -> {
            preview.setDimensionsVisible(false);
            return null;
        });
        WritableImage s = show(builder.build(TestProducts.shirt(shirt, "oxford-blue", 100, "ABC"), Locale.ENGLISH),
                PreviewView.THREE_QUARTER);
        Pixels.save(s, "shirt-three-quarter.png");
        WritableImage f = show(builder.build(TestProducts.shirt(shirt, "oxford-blue", 100, "ABC"), Locale.ENGLISH),
                PreviewView.FRONT);
        Pixels.save(f, "shirt-front.png");
        assertThat(Pixels.foreground(s)).isNotNull();
    }
    @Test
    void missingMeshShowsAMagentaPlaceholderAndDoesNotStopTheRest() throws Exception {
        require3d();
        PreviewModel m = builder.build(TestProducts.shirt(shirt, "oxford-blue", 100, null), Locale.ENGLISH);
        java.util.List<dev.atelier.preview.model.PreviewPart> parts = new java.util.ArrayList<>(m.parts());
        dev.atelier.preview.model.PreviewPart torso = m.part("#torso").orElseThrow();
        parts.set(parts.indexOf(torso), new dev.atelier.preview.model.PreviewPart(torso.key(), torso.instancePath(),
                torso.bindingId(), torso.shape(), torso.size(), torso.position(), torso.rotation(), torso.material(),
                torso.role(), null, "meshes/shirt/no-such-torso.obj"));
        PreviewModel broken = new PreviewModel(m.productId(), m.kind(), m.label(), m.unit(), parts,
                PreviewModel.boundsOf(parts), m.description(), m.problems());
        WritableImage img = show(broken, PreviewView.FRONT);
        Pixels.save(img, "placeholder.png");
        assertThat(Pixels.share(img, Color.MAGENTA, 0.35)).as("magenta checker").isGreaterThan(0.005);
        assertThat(fx(() -> ((ProductPreviewSkin) preview.getSkin()).nodes().get("#torso").placeholder())).isTrue();
        assertThat(fx(() -> ((ProductPreviewSkin) preview.getSkin()).nodes().get("#mannequin").placeholder()))
                .isFalse();
    }

    @Test
    void highlightingASectionMakesItsPartsGlow() throws Exception {
        require3d();
        PreviewModel m = wardrobe("white", "hinged", 100, 100);
        WritableImage plain = show(m, PreviewView.FRONT);
        fx(() -> {
            preview.setHighlightedPath("section[1]");
            return null;
        });
        WritableImage lit = fx(() -> preview.snapshot(W, H));
        Pixels.save(lit, "wardrobe-highlight.png");
        Color a = Pixels.average(plain, W / 2 - 120, H / 2 - 60, W / 2 - 40, H / 2 + 20);
        Color b = Pixels.average(lit, W / 2 - 120, H / 2 - 60, W / 2 - 40, H / 2 + 20);
        Color other0 = Pixels.average(plain, W / 2 + 40, H / 2 - 60, W / 2 + 120, H / 2 + 20);
        Color other1 = Pixels.average(lit, W / 2 + 40, H / 2 - 60, W / 2 + 120, H / 2 + 20);
        assertThat(b.getBlue() - b.getRed()).isGreaterThan(a.getBlue() - a.getRed() + 0.05);
        assertThat(Pixels.distance(other0, other1)).isLessThan(0.02);
    }

    @Test
    void keyboardOrbitsAndHomeResets() throws Exception {
        require3d();
        show(wardrobe("graphite", "hinged", 100), PreviewView.THREE_QUARTER);
        double yaw0 = fx(() -> ((ProductPreviewSkin) preview.getSkin()).rig().yaw.get());
        fx(() -> {
            preview.requestFocus();
            preview.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.RIGHT, false, false, false, false));
            return null;
        });
        double yaw1 = fx(() -> ((ProductPreviewSkin) preview.getSkin()).rig().yaw.get());
        assertThat(yaw1).isEqualTo(yaw0 + 5);
        fx(() -> {
            preview.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.HOME, false, false, false, false));
            return null;
        });
        assertThat(fx(() -> ((ProductPreviewSkin) preview.getSkin()).rig().yaw.get())).isEqualTo(yaw0);
        assertThat(preview.isFocusTraversable()).isTrue();
        assertThat(preview.getAccessibleText()).startsWith("3D preview: Wardrobe, ");
    }

    @Test
    void oneOptionChangeRebuildsOnlyTheAffectedParts() throws Exception {
        require3d();
        String[] inserts = {"shelf", "drawer", "rail", "shelf", "drawer", "shelf"};
        var before = TestProducts.wardrobe(wardrobe, "oak", "hinged", new int[]{100, 100, 100, 100}, inserts);
        show(builder.build(before, Locale.ENGLISH), PreviewView.THREE_QUARTER);
        var after = before.with("section[2].insert[3].kind", "drawer", true);
        fx(() -> {
            preview.setModel(builder.build(after, Locale.ENGLISH));
            return null;
        });
        PreviewStats s = preview.getLastUpdate();
        // the rail goes, a drawer box, front and knob come; all else stays
        assertThat(s.removed()).isEqualTo(1);
        assertThat(s.added()).isEqualTo(3);
        assertThat(s.changed() + s.moved()).isZero();
        assertThat(s.kept()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void rendererMakesAPngWithoutAWindow() throws Exception {
        require3d();
        Renderer r = new Renderer(new PreviewResources(TestAssets.source(), Runnable::run), builder, 30000);
        byte[] png = r.renderPng(TestProducts.wardrobe(wardrobe, "graphite", "hinged", new int[]{100, 50}, "shelf"),
                new Renderer.Request(640, 480, PreviewView.FRONT, Locale.GERMAN, true, false, true));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "preview-images"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "preview-images", "renderer.png"), png);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(480);
        int dark = 0;
        for (int y = 0; y < 480; y += 4) {
            for (int x = 0; x < 640; x += 4) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                if (lum < 3 * 90) {
                    dark++;
                }
            }
        }
        // graphite fills a good part of the picture
        assertThat(dark).isGreaterThan(120 * 160 / 8);
    }
}
