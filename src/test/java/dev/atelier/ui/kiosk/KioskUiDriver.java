// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.store.Store;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.BackgroundTaskExecutor;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.TaskExecutor;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Builds the real kiosk screens on the small test products (real store, real pricer, background executors) and
 * drives them like a customer: taps by node id, waits for the background work.
 */
final class KioskUiDriver {

    final List<Throwable> errors = new ArrayList<>();
    final Store store;
    final KioskViewModel vm;
    final KioskView view;
    private final List<TaskExecutor> executors = new ArrayList<>();
    private final FxRobot robot;

    KioskUiDriver(Stage stage, FxRobot robot, KioskSettings settings) throws Exception {
        this.robot = robot;
        Path dir = Files.createTempDirectory("kiosk-ui");
        store = Store.open(StoreSettings.embedded(dir));
        Theme theme = new Theme(ThemeVariant.LIGHT);
        theme.install();
        TaskExecutor session = BackgroundTaskExecutor.forJavaFx("kiosk-session", 1);
        TaskExecutor io = BackgroundTaskExecutor.forJavaFx("kiosk-io", 1);
        executors.add(session);
        executors.add(io);
        vm = new KioskViewModel(settings, new KioskFixtures.TestCatalog("1.0.0"), KioskFixtures.pricing(),
                new FlatPreview(), store.designs(), session, io, new I18n(Locale.ENGLISH), System::nanoTime,
                errors::add);
        view = new KioskView(vm, theme);
        StackPane root = new StackPane(view);
        root.getStyleClass().add(Theme.KIOSK);
        Scene scene = new Scene(root, 1920, 1080);
        theme.register(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    void close() {
        robot.interact(view::dispose);
        executors.forEach(TaskExecutor::close);
        store.close();
    }

    /** Waits (up to 30 s: the machine is shared) until the condition holds on the FX thread. */
    void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node is showing, brings it into view, and taps it. */
    void tap(String query) throws TimeoutException {
        try {
            await(() -> showing(query));
        } catch (TimeoutException e) {
            throw new AssertionError("never showed " + query + ": " + describe(), e);
        }
        robot.interact(() -> scrollIntoView(robot.lookup(query).query()));
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is on screen, for failure messages. */
    String describe() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                StringBuilder sb = new StringBuilder("screen " + vm.getScreen() + ", errors " + errors);
                ConfiguratorViewModel c = vm.getConfigurator();
                if (c != null) {
                    sb.append(", busy ").append(c.busyProperty().get()).append(", step ").append(c.currentStep().id())
                            .append(", selections ").append(c.selections()).append(", items ")
                            .append(c.items().stream().map(StepItem::key).toList());
                }
                sb.append(", tiles ").append(robot.lookup(".option-tile").queryAll().stream().map(Node::getId).toList());
                return sb.toString();
            }).get();
        } catch (Exception e) {
            return "(cannot describe: " + e + ")";
        }
    }

    boolean showing(String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.getScene() != null && n.isVisible() && treeVisible(n) && !n.isDisabled();
    }

    String text(String query) {
        Node n = robot.lookup(query).query();
        return ((Labeled) n).getText();
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void scrollIntoView(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = sp.getViewportBounds().getHeight();
                double extra = content.getBoundsInLocal().getHeight() - viewport;
                if (extra > 0) {
                    double target = Math.max(0, Math.min(extra, b.getMinY() - 20));
                    sp.setVvalue(target / extra);
                    sp.layout();
                }
                return;
            }
        }
    }
}
