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
    private boolean real;

    @Override
    public void start(Stage stage) throws Exception {
        String target = getParameters().getNamed().getOrDefault("goto", "attract");
        boolean german = getParameters().getUnnamed().contains("--de");
        Path dir = Files.createTempDirectory("kiosk-demo");
        Store store = Store.open(StoreSettings.embedded(dir));
        Theme theme = new Theme(ThemeVariant.LIGHT);
        theme.install();
        I18n i18n = new I18n(german ? Locale.GERMAN : Locale.ENGLISH);
        boolean touring = getParameters().getNamed().containsKey("tour");
        KioskSettings settings = KioskSettings.defaults(i18n.getLocale())
                .withIdleTime(Duration.ofSeconds(target.equals("idle") ? 2 : 600));
        if (touring) {
            settings = settings.withIdleTime(Duration.ofSeconds(3600));
        }
        real = getParameters().getUnnamed().contains("--real");
        KioskCatalog catalog;
        PreviewPort preview;
        if (real) {
            dev.atelier.app.kiosk.FolderKioskCatalog folder = new dev.atelier.app.kiosk.FolderKioskCatalog(
                    Path.of("catalogs"), m -> {
                        throw new IllegalStateException("too large: " + m.name());
                    });
            catalog = folder;
            preview = new ProductPreviewPort(new dev.atelier.preview.PreviewResources(
                    dev.atelier.preview.assets.AssetSource.directory(folder.assets()),
                    java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "demo-meshes");
                        t.setDaemon(true);
                        return t;
                    })), i18n.localeProperty());
        } else {
            catalog = new KioskFixtures.TestCatalog("1.0.0");
            preview = new FlatPreview();
        }
        vm = new KioskViewModel(settings, catalog, KioskFixtures.pricing(), preview,
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
        String tour = getParameters().getNamed().get("tour");
        if (tour != null) {
            new Tour(Path.of(tour)).start();
        } else {
            later(1.5, () -> drive(target));
        }
    }

    private void drive(String target) {
        if (target.equals("attract")) {
            return;
        }
        if (vm.products().isEmpty()) {
            // the real catalogs are still being read (a busy machine): try again shortly
            later(0.5, () -> drive(target));
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

    /**
     * Walks through every screen on the real catalogs and shoots each with {@code import -window root} (the X
     * server's own picture, 3D included): attract, gallery, configurator steps, repair panel, comparison, review,
     * consent, saved, quiz, measurements, proposals, German, high contrast, code entry.
     */
    private final class Tour {
        private final Path dir;
        private final java.util.List<Object[]> steps = new java.util.ArrayList<>();

        Tour(Path dir) {
            this.dir = dir;
        }

        private Tour step(String shot, Runnable action) {
            steps.add(new Object[] {shot, action});
            return this;
        }

        void start() {
            step(null, () -> { })
                    .step("attract", () -> { })
                    .step("gallery", vm::touchToStart)
                    .step("configure", () -> vm.configure(card("wardrobe")))
                    .step("frames", () -> {
                        ConfiguratorViewModel c = vm.getConfigurator();
                        c.choose("section.count", "3");
                        c.goToStep(1);
                    })
                    .step(null, () -> vm.getConfigurator().choose("height", "201"))
                    .step("finish", () -> {
                        vm.getConfigurator().goToStep(4);
                        vm.getConfigurator().choose("finish", "oak-veneer");
                    })
                    .step("repair", () -> {
                        vm.getConfigurator().goToStep(2);
                        vm.getConfigurator().requestChange("door-style", "glass");
                    })
                    .step(null, () -> {
                        vm.getConfigurator().applyProposal();
                        vm.getConfigurator().takeSnapshot();
                    })
                    .step(null, () -> vm.getConfigurator().choose("finish", "walnut"))
                    .step(null, () -> vm.getConfigurator().takeSnapshot())
                    .step("compare", () -> {
                        ConfiguratorViewModel c = vm.getConfigurator();
                        c.compare(c.snapshots().get(0), c.snapshots().get(1));
                    })
                    .step("interior", () -> {
                        vm.getConfigurator().closeComparison();
                        vm.getConfigurator().goToStep(3);
                    })
                    .step("german", () -> vm.setLocale(Locale.GERMAN))
                    .step("review", () -> {
                        vm.setLocale(Locale.ENGLISH);
                        vm.getConfigurator().finishForMe();
                        vm.review();
                    })
                    .step("consent", () -> ((javafx.scene.control.Button) view.lookup("#review-contact")).fire())
                    .step("saved", () -> {
                        ((javafx.scene.control.Button) view.lookup("#consent-decline")).fire();
                        vm.save();
                    })
                    .step("contrast", () -> {
                        vm.backToSteps();
                        vm.highContrastProperty().set(true);
                    })
                    .step("quiz", () -> {
                        vm.highContrastProperty().set(false);
                        vm.toGallery();
                        vm.startQuiz(card("shirt"));
                    })
                    .step(null, () -> {
                        QuizViewModel q = vm.quizProperty().get();
                        q.answer("occasion", "business");
                        q.answer("fit", "regular");
                        q.answer("budget", "balanced");
                    })
                    .step("measure", () -> { })
                    .step("proposals", () -> vm.quizProperty().get().next())
                    .step("code", () -> {
                        vm.newCustomer();
                        vm.touchToStart();
                        ((javafx.scene.control.Button) view.lookup("#open-code")).fire();
                    })
                    .step(null, Platform::exit);
            next(0, 25);
        }

        private ProductCard card(String id) {
            return vm.products().stream().filter(c -> c.product().product().id().equals(id)).findFirst()
                    .orElseThrow();
        }

        private void next(int index, double wait) {
            if (index >= steps.size()) {
                return;
            }
            later(wait, () -> {
                if (vm.loadingProperty().get() == KioskViewModel.Loading.LOADING || busy()) {
                    next(index, 1);
                    return;
                }
                Object[] s = steps.get(index);
                ((Runnable) s[1]).run();
                later(4, () -> {
                    if (s[0] != null) {
                        shoot((String) s[0]);
                    }
                    next(index + 1, 0.5);
                });
            });
        }

        private boolean busy() {
            ConfiguratorViewModel c = vm.getConfigurator();
            return vm.openingProperty().get() || vm.savingProperty().get() || (c != null && c.busyProperty().get());
        }

        private void shoot(String name) {
            try {
                Process p = new ProcessBuilder("import", "-window", "root", dir.resolve("kiosk-" + name + ".png")
                        .toString()).inheritIO().start();
                p.waitFor();
            } catch (java.io.IOException e) {
                LOG.severe("Cannot take a screenshot: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
