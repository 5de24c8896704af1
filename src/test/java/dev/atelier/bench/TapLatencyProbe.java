// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.app.kiosk.FolderKioskCatalog;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.preview.PreviewQuality;
import dev.atelier.preview.PreviewResources;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.store.Store;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.BackgroundTaskExecutor;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.common.ThemeVariant;
import dev.atelier.ui.kiosk.CatalogPricing;
import dev.atelier.ui.kiosk.ConfiguratorViewModel;
import dev.atelier.ui.kiosk.KioskSettings;
import dev.atelier.ui.kiosk.KioskView;
import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.ProductCard;
import dev.atelier.ui.kiosk.ProductPreviewPort;
import dev.atelier.ui.kiosk.TapLatency;
import dev.atelier.ui.kiosk.controls.OptionTile;
import dev.atelier.domain.rules.engine.ValueState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * A tap in the real kiosk, end to end: the kiosk on the shipped catalogs with the real 3D preview, full screen,
 * tapping random available tiles of the wardrobe (or {@code shirt}) through every step, and printing the kiosk's own
 * {@link TapLatency}: tap → tiles and price laid out, and tap → 3D complete. Not a test; run under a real X server:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -Dprism.order=es2,sw -Dprism.forceGPU=true \
 *     -cp target/test-classes:target/classes:$(cat cp.txt) dev.atelier.bench.TapLatencyProbe [taps] [wardrobe|shirt] [best|fast]
 * </pre>
 */
public final class TapLatencyProbe {

    private TapLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        int taps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String productId = args.length > 1 ? args[1] : "wardrobe";
        PreviewQuality quality = args.length > 2 ? PreviewQuality.valueOf(args[2].toUpperCase(Locale.ROOT))
                : PreviewQuality.BEST;
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Store store = Store.open(StoreSettings.embedded(Files.createTempDirectory("tap-probe")));
        CompletableFuture<KioskViewModel> kiosk = new CompletableFuture<>();
        Platform.runLater(() -> kiosk.complete(show(store, quality)));
        KioskViewModel vm = kiosk.get();
        await(() -> !vm.products().isEmpty(), 120);
        ProductCard card = onFx(() -> vm.products().stream()
                .filter(c -> c.product().product().id().equals(productId)).findFirst().orElseThrow());
        onFx(() -> {
            vm.touchToStart();
            vm.configure(card);
            return null;
        });
        await(() -> vm.getConfigurator() != null && vm.getConfigurator().stateProperty().get() != null, 60);
        ConfiguratorViewModel c = vm.getConfigurator();
        TapLatency latency = vm.tapLatency();
        Random random = new Random(7);
        int warmup = Math.min(50, taps / 5);
        for (int i = 0; i < taps + warmup; i++) {
            if (i == warmup) {
                // The first taps run on a cold JVM: measured from here.
                onFx(() -> {
                    latency.computed().clear();
                    latency.shown().clear();
                    latency.drawn().clear();
                    return null;
                });
            }
            if (random.nextInt(6) == 0) {
                int step = random.nextInt(onFx(() -> c.steps().size()));
                onFx(() -> {
                    c.goToStep(step);
                    return null;
                });
                Thread.sleep(300);
            }
            long before = onFx(() -> latency.drawn().count());
            boolean tapped = onFx(() -> {
                List<OptionTile> tiles = new ArrayList<>();
                for (Node n : vm.getScreen() == null ? List.<Node>of()
                        : stageRoot().lookupAll(".option-tile")) {
                    if (n instanceof OptionTile t && t.isVisible() && !t.isSelected()
                            && t.getState() == ValueState.AVAILABLE) {
                        tiles.add(t);
                    }
                }
                if (tiles.isEmpty()) {
                    return false;
                }
                tiles.get(random.nextInt(tiles.size())).fire();
                return true;
            });
            if (tapped) {
                await(() -> latency.drawn().count() > before, 30);
                // A customer looks before the next tap; the price differences of the step follow meanwhile.
                Thread.sleep(150);
            }
        }
        System.out.println(product(productId) + onFx(() -> latency.computed().summary()));
        System.out.println(product(productId) + onFx(() -> latency.shown().summary()));
        System.out.println(product(productId) + onFx(() -> latency.drawn().summary()));
        Platform.exit();
        System.exit(0);
    }

    private static String product(String id) {
        return id + " - ";
    }

    private static Stage stage;

    private static Node stageRoot() {
        return stage.getScene().getRoot();
    }

    private static KioskViewModel show(Store store, PreviewQuality quality) {
        Theme theme = new Theme(ThemeVariant.LIGHT);
        theme.install();
        I18n i18n = new I18n(Locale.ENGLISH);
        KioskSettings settings = KioskSettings.defaults(Locale.ENGLISH).withIdleTime(Duration.ofHours(1));
        FolderKioskCatalog catalog = new FolderKioskCatalog(Path.of("catalogs"), SatRuleEngine::new);
        PreviewResources resources = new PreviewResources(AssetSource.directory(catalog.assets()),
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "probe-meshes");
                    t.setDaemon(true);
                    return t;
                }));
        KioskViewModel vm = new KioskViewModel(settings, catalog,
                new CatalogPricing(new Pricer(), null, Clock.systemDefaultZone()),
                new ProductPreviewPort(resources, i18n.localeProperty(), quality), store.designs(),
                BackgroundTaskExecutor.forJavaFx("kiosk-session", 1), BackgroundTaskExecutor.forJavaFx("kiosk-io", 1),
                i18n, System::nanoTime, e -> System.err.println("kiosk error: " + e));
        KioskView view = new KioskView(vm, theme);
        StackPane root = new StackPane(view);
        root.getStyleClass().add(Theme.KIOSK);
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        theme.register(scene);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.show();
        return vm;
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Check check, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(check::ok)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
