// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.app.shell.KioskContentFactory;
import dev.atelier.app.shell.StoreConnection;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.preview.PreviewQuality;
import dev.atelier.preview.PreviewResources;
import dev.atelier.preview.assets.AssetSource;
import dev.atelier.ui.common.BackgroundTaskExecutor;
import dev.atelier.ui.common.DialogService;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.TaskExecutor;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.kiosk.CatalogPricing;
import dev.atelier.ui.kiosk.KioskSettings;
import dev.atelier.ui.kiosk.KioskView;
import dev.atelier.ui.kiosk.KioskViewModel;
import dev.atelier.ui.kiosk.ProductPreviewPort;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Wires the customer kiosk: catalogs from the catalog folder (compiled rules, one engine per session), prices
 * from the catalog's pricer, the 3D preview, designs in the application's store, one single-thread executor for
 * the configuration sessions and one for the store. A new kiosk (fresh view-models) each time the kiosk opens,
 * tidied up {@link BetweenCustomers between customers}.
 */
public final class KioskComposition implements KioskContentFactory, AutoCloseable {

    private final KioskSettings settings;
    private final I18n i18n;
    private final Theme theme;
    private final Supplier<StoreConnection> store;
    private final FolderKioskCatalog catalog;
    private final PreviewResources resources;
    private final PreviewQuality quality;
    private final TaskExecutor sessionTasks = BackgroundTaskExecutor.forJavaFx("kiosk-session", 1);
    private final TaskExecutor ioTasks = BackgroundTaskExecutor.forJavaFx("kiosk-io", 1);
    private final java.util.concurrent.ExecutorService meshes = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "kiosk-meshes");
        t.setDaemon(true);
        return t;
    });
    private KioskView current;
    private BetweenCustomers between;

    /**
     * @param settings idle time and the rest
     * @param catalogs the catalog folder
     * @param i18n     the language
     * @param theme    the look (the kiosk's contrast switch changes its variant)
     * @param store    the application's store connection (asked for when the kiosk opens)
     * @param quality  antialiasing and animation of the 3D view
     */
    public KioskComposition(KioskSettings settings, Path catalogs, I18n i18n, Theme theme,
                            Supplier<StoreConnection> store, PreviewQuality quality) {
        this.quality = Objects.requireNonNull(quality, "quality");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = new FolderKioskCatalog(catalogs, SatRuleEngine::new);
        this.resources = new PreviewResources(AssetSource.directory(catalog.assets()), meshes);
    }

    @Override
    public Node create(DialogService dialogs) {
        closeCurrent();
        KioskViewModel vm = new KioskViewModel(settings, catalog,
                new CatalogPricing(new Pricer(), null, Clock.systemDefaultZone()),
                new ProductPreviewPort(resources, i18n.localeProperty(), quality), new StoreDesigns(store.get()), sessionTasks,
                ioTasks, i18n, System::nanoTime, dialogs::showError);
        current = new KioskView(vm, theme);
        between = BetweenCustomers.watch(vm);
        return current;
    }

    @Override
    public void close() {
        closeCurrent();
        sessionTasks.close();
        ioTasks.close();
        meshes.shutdownNow();
    }

    private void closeCurrent() {
        if (between != null) {
            between.close();
            between = null;
        }
        if (current != null) {
            current.dispose();
        }
    }
}
