// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.kiosk;

import dev.atelier.app.GuiLauncher;
import java.lang.management.ManagementFactory;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Measures start-up under a real X server: milliseconds from JVM start (RuntimeMXBean) to the first pulse that lays
 * out the kiosk's attract screen ({@code kiosk}: the real application, {@code --mode kiosk}) or a minimal JavaFX
 * window ({@code minimal}), both seen the same way, by a post-layout pulse listener on the scene. Prints one line
 * and exits. Not a test: run with {@code java -cp ... dev.atelier.app.kiosk.StartupProbe kiosk|minimal}.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** The minimal window measured for comparison. */
    public static final class Minimal extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1920, 1080));
            stage.show();
        }
    }

    public static void main(String[] args) {
        boolean kiosk = args.length == 0 || args[0].equals("kiosk");
        AtomicBoolean done = new AtomicBoolean();
        Timer poll = new Timer("startup-probe", true);
        poll.schedule(new TimerTask() {
            @Override
            public void run() {
                if (done.get()) {
                    return;
                }
                try {
                    Platform.runLater(() -> watch(kiosk, done));
                } catch (IllegalStateException toolkitNotUp) {
                    // not started yet
                }
            }
        }, 20, 20);
        if (kiosk) {
            GuiLauncher.launch(new String[] {"--mode", "kiosk", "--catalogs", "catalogs"});
        } else {
            Application.launch(Minimal.class);
        }
    }

    private static void watch(boolean kiosk, AtomicBoolean done) {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (scene == null || !w.isShowing() || done.get()) {
                continue;
            }
            boolean ready = !kiosk || scene.getRoot().lookup("#touch-to-start") != null;
            if (ready && done.compareAndSet(false, true)) {
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println((kiosk ? "kiosk attract screen" : "minimal JavaFX window")
                                + ": first frame " + ms + " ms after JVM start");
                        Platform.exit();
                        System.exit(0);
                    }
                });
                Platform.requestNextPulse();
            }
        }
    }
}
