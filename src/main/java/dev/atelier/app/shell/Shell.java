// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import atlantafx.base.controls.ModalPane;
import dev.atelier.store.Store;
import dev.atelier.ui.common.DialogService;
import dev.atelier.ui.common.ErrorTranslator;
import dev.atelier.ui.common.FirstFrame;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.common.OverlayDialogService;
import dev.atelier.ui.common.TaskExecutor;
import dev.atelier.ui.common.Theme;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The application's windows: the start screen and the locked kiosk, and the switch between them. Opens the
 * store in the background at start. Use on the FX thread.
 */
public final class Shell implements AutoCloseable {

    /** Base name of the app's texts. */
    public static final String TEXTS = "dev.atelier.app.messages";

    private static final Logger LOG = Logger.getLogger(Shell.class.getName());

    private final Stage primary;
    private final ShellSettings settings;
    private final I18n i18n;
    private final Theme theme;
    private final TaskExecutor tasks;
    private final Callable<Store> storeOpener;
    private final KioskContentFactory kioskContent;
    private final Runnable quit;
    private final Messages texts;
    private final ErrorTranslator errors;
    private final StoreConnection store = new StoreConnection();
    private DialogService startDialogs;
    private Stage kioskStage;

    /**
     * @param primary      the primary stage (not shown yet)
     * @param settings     start mode, catalogs, staff PIN
     * @param i18n         the language
     * @param theme        the look
     * @param tasks        runs slow work off the FX thread
     * @param storeOpener  opens the store (blocking; run through {@code tasks})
     * @param kioskContent builds the kiosk's content
     * @param quit         ends the application (leaving a kiosk that was started with {@code --mode kiosk})
     */
    public Shell(Stage primary, ShellSettings settings, I18n i18n, Theme theme, TaskExecutor tasks,
                 Callable<Store> storeOpener, KioskContentFactory kioskContent, Runnable quit) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.storeOpener = Objects.requireNonNull(storeOpener, "storeOpener");
        this.kioskContent = Objects.requireNonNull(kioskContent, "kioskContent");
        this.quit = Objects.requireNonNull(quit, "quit");
        this.texts = i18n.messages(TEXTS);
        this.errors = new StoreErrorTranslator(texts);
    }

    /** Shows the first window (the start screen, or the kiosk with {@code --mode kiosk}) and opens the store. */
    public void start() {
        Mode mode = settings.startMode().orElse(null);
        if (mode == Mode.KIOSK) {
            primary.initStyle(StageStyle.UNDECORATED);
            showKiosk(primary, quit);
            // Opening the database costs a core for half a second: not before the attract screen is up.
            FirstFrame.after(primary.getScene(),
                    () -> store.open(tasks, storeOpener, error -> kioskFrame(primary).dialogs().showError(error)));
            return;
        }
        showStart();
        store.open(tasks, storeOpener, error -> startDialogs.showError(error));
        if (mode != null && !mode.isAvailable()) {
            startDialogs.showError(texts.get("mode.notAvailable", texts.get(mode.textKey() + ".title")));
        }
    }

    private void showStart() {
        StartViewModel model = new StartViewModel(i18n, theme.variantProperty(), store, settings.catalogs(),
                this::open);
        ModalPane modal = new ModalPane();
        startDialogs = new OverlayDialogService(modal, i18n, errors);
        StackPane root = new StackPane(new StartView(model), modal);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        theme.register(scene);
        primary.setScene(scene);
        primary.titleProperty().bind(texts.text("window.title"));
        primary.setMinWidth(1100);
        primary.setMinHeight(720);
        primary.setX(screen.getMinX());
        primary.setY(screen.getMinY());
        primary.show();
    }

    private void open(Mode mode) {
        if (mode == Mode.KIOSK && kioskStage == null) {
            Stage stage = new Stage(StageStyle.UNDECORATED);
            kioskStage = stage;
            showKiosk(stage, () -> leaveKiosk(stage));
            primary.hide();
        }
    }

    private void leaveKiosk(Stage stage) {
        // Show the start screen before closing the kiosk: with no window open, JavaFX would exit.
        primary.show();
        kioskStage = null;
        stage.close();
    }

    private void showKiosk(Stage stage, Runnable onExit) {
        KioskFrame frame = new KioskFrame(i18n, errors, kioskContent, settings.pin(), onExit);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(frame, screen.getWidth(), screen.getHeight());
        Runnable unregister = theme.register(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(texts.text("kiosk.title"));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        // Locked: no key leaves full screen, and closing the window (Alt+F4) asks for the staff PIN.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(e -> {
            e.consume();
            frame.requestExit();
        });
        stage.setOnHidden(e -> unregister.run());
        stage.show();
        // Full screen after show: JavaFX leaves full screen when a stage gets its scene while in it.
        stage.setFullScreen(true);
        LOG.fine("Kiosk opened");
    }

    private static KioskFrame kioskFrame(Stage stage) {
        return (KioskFrame) stage.getScene().getRoot();
    }

    /** The store connection (state, and the store once open). */
    public StoreConnection store() {
        return store;
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
