// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.store.Store;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.SynchronousTaskExecutor;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Builds a {@link Shell} for screen tests: synchronous tasks, an in-memory store, the English texts. */
final class ShellFixture {

    static final StaffPin PIN = new StaffPin("4711");

    final I18n i18n = new I18n(Locale.ENGLISH);
    final Theme theme = new Theme(ThemeVariant.LIGHT);
    final AtomicBoolean quit = new AtomicBoolean();
    Stage primary;
    Shell shell;

    static Callable<Store> inMemoryStore() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + StoreSettings.POSTGRES_COMPATIBILITY;
        return () -> Store.open(new StoreSettings(url, "sa", "", Path.of("unused.key")));
    }

    /** Call from {@code @Start}: shows the shell in a fresh stage. */
    void start(Optional<Mode> mode, Callable<Store> store) {
        Platform.setImplicitExit(false);
        theme.install();
        primary = new Stage();
        shell = new Shell(primary, new ShellSettings(mode, Path.of("catalogs"), PIN), i18n, theme,
                new SynchronousTaskExecutor(), store, dialogs -> kioskContent(), () -> quit.set(true));
        shell.start();
    }

    /** Closes every window the test opened and the store. */
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.stage.Window w : javafx.stage.Window.getWindows().toArray(new javafx.stage.Window[0])) {
                w.hide();
            }
            if (shell != null) {
                shell.close();
            }
        }).get(10, TimeUnit.SECONDS);
    }

    /** Waits until a dialog node is shown and its entry animation has finished. */
    static Node waitForDialogNode(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null)
                .map(ShellFixture::settled).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    private static boolean settled(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getScaleX() != 1.0 || n.getOpacity() < 1.0) {
                return false;
            }
        }
        return true;
    }

    static void enterPin(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#pin-key-" + c);
        }
        robot.clickOn("#pin-ok");
    }

    static void assertShowing(Stage stage, boolean showing) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isEqualTo(showing);
    }

    /** Stand-in kiosk content for shell tests (the real kiosk is tested in ui.kiosk). */
    static javafx.scene.Node kioskContent() {
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane();
        content.setId("kiosk-content");
        return content;
    }
}
