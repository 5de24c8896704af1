// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app;

import dev.atelier.app.kiosk.KioskComposition;
import dev.atelier.app.shell.Shell;
import dev.atelier.store.Store;
import dev.atelier.ui.common.BackgroundTaskExecutor;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.TaskExecutor;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.kiosk.KioskSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The composition root of the desktop application: builds every service once and wires them through
 * constructors. Started by {@link GuiLauncher}.
 */
public final class AtelierApp extends Application {

    private TaskExecutor tasks;
    private Shell shell;
    private KioskComposition kiosk;

    /** Options being read while JavaFX starts (see {@link GuiLauncher}); taken by the next {@link #start}. */
    private static final AtomicReference<CompletableFuture<AppConfig>> HANDED_OVER = new AtomicReference<>();

    /** Lets the next start wait for options that are still being read. */
    static void handOver(CompletableFuture<AppConfig> options) {
        HANDED_OVER.set(options);
    }

    @Override
    public void start(Stage stage) {
        CompletableFuture<AppConfig> pending = HANDED_OVER.getAndSet(null);
        AppConfig config;
        if (pending == null) {
            config = GuiLauncher.config(GuiOptions.parse(getParameters().getRaw().toArray(new String[0])).options());
        } else {
            try {
                config = pending.join();
            } catch (CompletionException wrongOptions) {
                // No window: the launcher reports the options once JavaFX has ended.
                Platform.exit();
                return;
            }
        }
        tasks = BackgroundTaskExecutor.forJavaFx("atelier-worker", 2);
        I18n i18n = new I18n(config.locale());
        Theme theme = new Theme(config.theme());
        theme.install();
        // The shell owns the store connection; the kiosk reaches it when it opens (after the shell started).
        kiosk = new KioskComposition(KioskSettings.defaults(config.locale()).withIdleTime(config.idle()),
                config.shell().catalogs(), i18n, theme, () -> shell.store(), config.previewQuality());
        shell = new Shell(stage, config.shell(), i18n, theme, tasks, () -> Store.open(config.store()), kiosk,
                Platform::exit);
        shell.start();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
