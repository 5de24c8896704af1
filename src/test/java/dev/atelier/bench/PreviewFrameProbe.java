// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import atlantafx.base.theme.PrimerLight;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.Configs;
import dev.atelier.preview.PreviewResources;
import dev.atelier.preview.PreviewStats;
import dev.atelier.preview.PreviewView;
import dev.atelier.preview.ProductPreview;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewModelBuilder;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Frame-time probe of the 3D preview on the largest wardrobe (4 sections × 6 inserts, doors, handles): the JavaFX
 * thread time of applying a new preview model after one option change (diff + scene graph update + attaching meshes
 * built in the background), and frames per second while orbiting. Not a test: run it under a real X server, e.g.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=es2,sw -Dprism.forceGPU=true \
 *     -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.PreviewFrameProbe
 * </pre>
 */
public final class PreviewFrameProbe {

    private PreviewFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 1280;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 800;
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "preview-worker");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Catalog catalog = Configs.read("wardrobes.json");
        ProductSpace space = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
        Map<String, String> base = Configs.largestWardrobe();
        base.put("handle", "bar");
        base.put("extras.lighting", "yes");
        Configuration start = Configs.of(space, base);
        PreviewModelBuilder builder = new PreviewModelBuilder();
        PreviewResources resources = new PreviewResources(AssetSource.directory(Path.of("assets")), pool);
        ProductPreview[] preview = new ProductPreview[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            preview[0] = new ProductPreview(resources);
            preview[0].setAnimated(false);
            preview[0].setGroundVisible(!Boolean.getBoolean("probe.noGround"));
            if (Boolean.getBoolean("probe.noAntialiasing")) {
                preview[0].setAntialiasing(javafx.scene.SceneAntialiasing.DISABLED);
            }
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(preview[0]), width, height));
            stage.show();
            preview[0].setModel(builder.build(start, Locale.ENGLISH));
            preview[0].showView(PreviewView.THREE_QUARTER);
        });
        preview[0].whenIdle().get(60, TimeUnit.SECONDS);
        System.out.println("parts: " + preview[0].getModel().parts().size());

        // one option change at a time, cycling through kinds of change
        String[][] steps = {
            {"finish", "walnut"}, {"finish", "oak-veneer"},
            {"section[2].insert[3].type", "drawer"}, {"section[2].insert[3].type", "shelf"},
            {"section[3].door", "left"}, {"section[3].door", "pair"},
            {"handle", "knob"}, {"handle", "bar"},
            {"section[4].width", "75"}, {"section[4].width", "100"},
        };
        List<Double> fxMs = new ArrayList<>();
        List<Double> buildMs = new ArrayList<>();
        Map<String, List<Double>> byKind = new HashMap<>();
        Configuration c = start;
        int warmup = 60;
        for (int n = 0; n < warmup + changes; n++) {
            String[] step = steps[n % steps.length];
            c = c.with(step[0], step[1], true);
            long b0 = System.nanoTime();
            PreviewModel m = builder.build(c, Locale.ENGLISH);
            long built = System.nanoTime() - b0;
            onFx(() -> preview[0].setModel(m));
            preview[0].whenIdle().get(60, TimeUnit.SECONDS);
            PreviewStats s = onFxGet(preview[0]::getLastUpdate);
            if (n >= warmup) {
                fxMs.add(s.fxMillis());
                buildMs.add(built / 1e6);
                byKind.computeIfAbsent(step[0].replaceAll("\\[\\d+]", "[i]"), k -> new ArrayList<>())
                        .add(s.fxMillis());
            }
        }
        System.out.println("FX-thread time per option change (apply + attach), ms: " + summary(fxMs));
        byKind.forEach((k, v) -> System.out.println("  " + k + ": " + summary(v)));
        System.out.println("PreviewModelBuilder.build (background), ms: " + summary(buildMs));

        // orbit: turn the camera every pulse and count pulses
        int[] frames = new int[1];
        long[] window = new long[2];
        onFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (window[0] == 0) {
                        window[0] = now;
                    }
                    preview[0].orbit(1.5, 0);
                    frames[0]++;
                    window[1] = now;
                }
            };
            preview[0].getProperties().put("probe-timer", timer);
            timer.start();
        });
        Thread.sleep(6000);
        onFx(() -> ((AnimationTimer) preview[0].getProperties().get("probe-timer")).stop());
        double seconds = (window[1] - window[0]) / 1e9;
        System.out.printf(Locale.ROOT, "orbiting: %d frames in %.2f s = %.1f fps (%dx%d, %d parts)%n", frames[0],
                seconds, frames[0] / seconds, width, height, preview[0].getModel().parts().size());
        pool.shutdownNow();
        Platform.exit();
    }

    static String summary(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "n=%d median %.2f, p90 %.2f, max %.2f, mean %.2f", a.length,
                a[a.length / 2], a[(int) (a.length * 0.9)], a[a.length - 1], Arrays.stream(a).average().orElse(0));
    }

    static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        f.get(60, TimeUnit.SECONDS);
    }

    static <T> T onFxGet(java.util.function.Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(s.get()));
        return f.get(60, TimeUnit.SECONDS);
    }
}
