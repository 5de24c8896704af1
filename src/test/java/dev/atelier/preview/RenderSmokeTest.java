// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.transform.Rotate;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real 3D rendering: a lit box in a SubScene with a depth buffer, checked pixel by pixel. Runs in the
 * surefire execution {@code render-tests} (es2 pipeline on a real X server, Mesa llvmpipe), never on Monocle,
 * where 3D is silently not drawn. Fails, never skips, when 3D is unavailable.
 */
@Tag("render")
@ExtendWith(ApplicationExtension.class)
class RenderSmokeTest {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    private static final Color BACKGROUND = Color.rgb(24, 28, 40);
    private static final Color BOX = Color.rgb(200, 40, 30);

    private Scene scene;

    @BeforeAll
    static void needsARealDisplay() {
        assertThat(System.getProperty("glass.platform"))
                .as("render tests must not share a JVM with the Monocle tests (see the render-tests execution)")
                .isNotEqualToIgnoringCase("Monocle");
        assertThat(System.getenv("DISPLAY"))
                .as("render tests need a real X server: run them under xvfb-run -a -s \"-screen 0 1920x1080x24\"")
                .isNotBlank();
    }

    @Start
    void start(Stage stage) {
        Box box = new Box(2, 2, 2);
        box.setMaterial(new PhongMaterial(BOX));
        box.getTransforms().addAll(new Rotate(35, Rotate.Y_AXIS), new Rotate(25, Rotate.X_AXIS));
        PointLight key = new PointLight(Color.WHITE);
        key.setTranslateX(-6);
        key.setTranslateY(-8);
        key.setTranslateZ(-10);
        AmbientLight fill = new AmbientLight(Color.gray(0.25));

        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setFieldOfView(30);
        camera.setNearClip(0.1);
        camera.setFarClip(100);
        camera.setTranslateZ(-10);

        SubScene view = new SubScene(new Group(box, key, fill), WIDTH, HEIGHT, true, SceneAntialiasing.DISABLED);
        view.setFill(BACKGROUND);
        view.setCamera(camera);
        scene = new Scene(new StackPane(view), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void litBoxIsDrawnInTheCentreOverTheBackground() throws Exception {
        assertThat(Platform.isSupported(ConditionalFeature.SCENE3D))
                .as("3D must be supported (fx.require3d=%s): needs -Dprism.order=es2,sw -Dprism.forceGPU=true,"
                        + " an X server and libgl1-mesa-dri", System.getProperty("fx.require3d"))
                .isTrue();

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
        save(image);
        PixelReader px = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        assertThat(w).isEqualTo(WIDTH);
        assertThat(h).isEqualTo(HEIGHT);

        int corner = 16;
        for (int[] origin : new int[][] {{0, 0}, {w - corner, 0}, {0, h - corner}, {w - corner, h - corner}}) {
            assertThat(share(px, origin[0], origin[1], corner, corner, RenderSmokeTest::isBackground))
                    .as("background share in the corner at %d,%d", origin[0], origin[1]).isGreaterThan(0.95);
        }
        assertThat(share(px, w / 2 - 20, h / 2 - 20, 40, 40, RenderSmokeTest::isBoxColour))
                .as("box colour share in the centre").isGreaterThan(0.9);

        double covered = 1 - share(px, 0, 0, w, h, RenderSmokeTest::isBackground);
        assertThat(covered).as("share of the image the box covers").isBetween(0.08, 0.45);

        double darkest = 1;
        double brightest = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color c = px.getColor(x, y);
                if (isBoxColour(c)) {
                    darkest = Math.min(darkest, c.getRed());
                    brightest = Math.max(brightest, c.getRed());
                }
            }
        }
        assertThat(brightest - darkest).as("the faces are lit differently (lighting works)").isGreaterThan(0.1);
    }

    private static boolean isBackground(Color c) {
        return Math.abs(c.getRed() - BACKGROUND.getRed()) < 0.04
                && Math.abs(c.getGreen() - BACKGROUND.getGreen()) < 0.04
                && Math.abs(c.getBlue() - BACKGROUND.getBlue()) < 0.04;
    }

    private static boolean isBoxColour(Color c) {
        return c.getRed() > 0.12 && c.getRed() > 1.8 * c.getGreen() && c.getRed() > 1.8 * c.getBlue();
    }

    private static double share(PixelReader px, int x0, int y0, int w, int h,
                                java.util.function.Predicate<Color> test) {
        int hits = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (test.test(px.getColor(x, y))) {
                    hits++;
                }
            }
        }
        return hits / (double) (w * h);
    }

    private static void save(WritableImage image) throws IOException {
        Path out = Path.of("target", "render-smoke.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
