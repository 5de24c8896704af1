// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.store.Store;
import dev.atelier.store.StoreSettings;
import dev.atelier.ui.common.BackgroundTaskExecutor;
import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * A developer's window on the kiosk with the small test products (for looking at screens under Xvfb):
 * {@code --goto attract|gallery|configure|repair|compare|review|consent|saved|quiz|measure|proposals|idle|code}
 * drives the view-models there; {@code --de} starts in German, {@code --contrast} in high contrast.
 */
public final class KioskDemo extends Application {

    private static final Logger LOG = Logger.getLogger(KioskDemo.class.getName());

    private KioskViewModel vm;
    private KioskView view;

    @Override
    public void start(Stage stage) throws Exception {
        String target = getParameters().getNamed().getOrDefault("goto", "attract");
        boolean german = getParameters().getUnnamed().contains("--de");
        Path dir = Files.createTempDirectory("kiosk-demo");
        Store store = Store.open(StoreSettings.embedded(dir));
        Theme theme = new Theme(ThemeVariant.LIGHT);
        theme.install();
        I18n i18n = new I18n(german ? Locale.GERMAN : Locale.ENGLISH);
        KioskSettings settings = KioskSettings.defaults(i18n.getLocale())
                .withIdleTime(Duration.ofSeconds(target.equals("idle") ? 2 : 600));
        FlatPreview preview = new FlatPreview();
        vm = new KioskViewModel(settings, new KioskFixtures.TestCatalog("1.0.0"), KioskFixtures.pricing(), preview,
                store.designs(), BackgroundTaskExecutor.forJavaFx("kiosk-session", 1),
                BackgroundTaskExecutor.forJavaFx("kiosk-io", 1), i18n, System::nanoTime,
                e -> LOG.severe("Kiosk error: " + e));
        view = new KioskView(vm, theme);
        StackPane root = new StackPane(view);
        root.getStyleClass().add(Theme.KIOSK);
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        theme.register(scene);
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (getParameters().getUnnamed().contains("--contrast")) {
            vm.highContrastProperty().set(true);
        }
        later(1.5, () -> drive(target));
    }

    private void drive(String target) {
        if (target.equals("attract")) {
            return;
        }
        vm.touchToStart();
        if (target.equals("gallery") || target.equals("code")) {
            if (target.equals("code")) {
                view.lookup("#open-code").getOnMouseClicked();
                ((javafx.scene.control.Button) view.lookup("#open-code")).fire();
            }
            return;
        }
        ProductCard card = vm.products().get(target.equals("quiz") || target.equals("measure")
                || target.equals("proposals") ? 1 : 0);
        if (target.equals("quiz") || target.equals("measure") || target.equals("proposals")) {
            vm.startQuiz(card);
            later(1, () -> {
                QuizViewModel q = vm.quizProperty().get();
                if (!target.equals("quiz")) {
                    q.answer("occasion", "business");
                    q.answer("fit", "slim");
                    q.answer("budget", "balanced");
                    if (target.equals("proposals")) {
                        q.next();
                    }
                }
            });
            return;
        }
        vm.configure(card);
        later(1, () -> {
            ConfiguratorViewModel c = vm.getConfigurator();
            c.choose("height", "201");
            later(0.5, () -> c.choose("section.count", "2"));
            later(1, () -> c.goToStep(target.equals("configure") ? 0 : 1));
            switch (target) {
                case "repair" -> later(1.5, () -> c.requestChange("door-system", "sliding"));
                case "compare" -> {
                    later(1.5, c::takeSnapshot);
                    later(2, () -> c.choose("finish", "walnut"));
                    later(2.5, () -> c.choose("height", "236"));
                    later(3, c::takeSnapshot);
                    later(3.5, () -> c.compare(c.snapshots().get(0), c.snapshots().get(1)));
                }
                case "review", "consent", "saved" -> {
                    later(1.5, () -> c.choose("finish", "oak"));
                    later(2, vm::review);
                    if (target.equals("consent")) {
                        later(2.5, () -> ((javafx.scene.control.Button) view.lookup("#review-contact")).fire());
                    }
                    if (target.equals("saved")) {
                        later(2.5, vm::save);
                    }
                }
                default -> {
                }
            }
        });
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(javafx.util.Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    @Override
    public void stop() {
        view.dispose();
        Platform.exit();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
