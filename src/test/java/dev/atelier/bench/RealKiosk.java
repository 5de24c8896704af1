// SPDX-License-Identifier: Apache-2.0
package dev.atelier.bench;

import dev.atelier.app.GraphicsDefaults;
import dev.atelier.app.kiosk.BetweenCustomers;
import dev.atelier.app.kiosk.FolderKioskCatalog;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.domain.rules.engine.ValueState;
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
import dev.atelier.ui.kiosk.KioskSettings;
import dev.atelier.ui.kiosk.KioskView;
import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.ProductPreviewPort;
import dev.atelier.ui.kiosk.controls.OptionTile;
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
 * The kiosk as a store runs it, for probes: the shipped catalogs, the catalog's pricer, the real 3D preview, an
 * encrypted H2 store in a temporary folder, full screen. Probes drive it from their main thread through
 * {@link #onFx} and tap tiles the way a finger does ({@link #tapRandomTile}).
 */
final class RealKiosk {

    final KioskViewModel vm;
    final Stage stage;
    final Store store;

    private RealKiosk(KioskViewModel vm, Stage stage, Store store) {
        this.vm = vm;
        this.stage = stage;
        this.store = store;
    }

    /** How long the attract screen shows before the kiosk tidies up, in the probes. */
    static final Duration TIDY_DELAY = Duration.ofMillis(300);

    /** Starts JavaFX and opens the kiosk; waits until the products are loaded. */
    static RealKiosk start(PreviewQuality quality) throws Exception {
        GraphicsDefaults.apply(System.getProperties()); // as the application's launcher does
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Store store = Store.open(StoreSettings.embedded(Files.createTempDirectory("kiosk-probe")));
        RealKiosk kiosk = onFx(() -> show(store, quality));
        await(() -> !kiosk.vm.products().isEmpty(), 180);
        return kiosk;
    }

    private static RealKiosk show(Store store, PreviewQuality quality) {
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
        // as KioskComposition does, after a shorter pause: the probes' customers follow each other closely
        BetweenCustomers.watch(vm, TIDY_DELAY);
        StackPane root = new StackPane(view);
        root.getStyleClass().add(Theme.KIOSK);
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        theme.register(scene);
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.show();
        return new RealKiosk(vm, stage, store);
    }

    /** Taps a random available, unselected tile on screen (FX thread); false when there is none. */
    boolean tapRandomTile(Random random) {
        List<OptionTile> tiles = new ArrayList<>();
        for (Node n : stage.getScene().getRoot().lookupAll(".option-tile")) {
            if (n instanceof OptionTile t && t.isVisible() && t.getScene() != null && !t.isSelected()
                    && t.getState() == ValueState.AVAILABLE) {
                tiles.add(t);
            }
        }
        if (tiles.isEmpty()) {
            return false;
        }
        tiles.get(random.nextInt(tiles.size())).fire();
        return true;
    }

    /** Nodes in the window now (FX thread). */
    int nodeCount() {
        return count(stage.getScene().getRoot());
    }

    private static int count(Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls {@code check} on the FX thread until it holds. */
    /**
     * Waits until the window has been laid out twice from now: what has just been put on screen has been styled,
     * laid out and handed to the renderer (a person cannot tap what they have not seen).
     */
    void seen() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx(() -> {
            javafx.scene.Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                private int pulses;

                @Override
                public void run() {
                    if (++pulses == 2) {
                        scene.removePostLayoutPulseListener(this);
                        done.complete(null);
                    } else {
                        Platform.requestNextPulse();
                    }
                }
            });
            Platform.requestNextPulse();
        });
        done.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    static void await(Check check, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(check::ok)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    interface FxCall<T> {
        T call() throws Exception;
    }

    /** Runs on the FX thread and waits for the result. */
    static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    /** Runs on the FX thread and waits. */
    static void fx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }
}
