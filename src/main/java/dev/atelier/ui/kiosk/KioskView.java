// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.design.DesignCodes;
import dev.atelier.ui.common.FirstFrame;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.common.Theme;
import dev.atelier.ui.common.ThemeVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The kiosk's root: the current screen under a slim top bar (brand, open a design by code, language, contrast,
 * products), a layer for panels (repair, comparison, consent, code entry) and, on top, the idle prompt.
 * Watches touches, clicks and keys for the idle timer. Call {@link #dispose()} when the kiosk closes.
 * CSS: {@code .kiosk-view} (stylesheet {@code kiosk.css}).
 */
public final class KioskView extends StackPane {

    /** The kiosk's stylesheet. */
    public static final String STYLESHEET = KioskView.class.getResource("kiosk.css").toExternalForm();

    private static final PseudoClass SHOWING = PseudoClass.getPseudoClass("showing");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final KioskViewModel vm;
    private final Theme theme;
    private final ThemeVariant startVariant;
    private final Messages texts;
    private final BorderPane screenHost = new BorderPane();
    private HBox topBar;
    private final StackPane overlay = new StackPane();
    private final Region scrim = scrim();
    private final StackPane idleLayer = new StackPane();
    private final Timeline idleTicker;
    private final EventHandler<Event> activity;
    private final InvalidationListener screenListener = o -> showScreen();
    private final InvalidationListener contrastListener = o -> applyContrast();
    private ScreenView current;
    /** Undoes what the current screen registered on long-lived objects (run when the screen goes). */
    private final List<Runnable> screenCleanup = new ArrayList<>();
    /** Undoes what the view itself registered on long-lived objects (run on dispose). */
    private final List<Runnable> viewCleanup = new ArrayList<>();
    private Node overlayCard;
    private Runnable overlayDismiss;
    private Node codePanel;

    /**
     * @param vm    the kiosk
     * @param theme the application's theme (the contrast toggle switches its variant), or null
     */
    public KioskView(KioskViewModel vm, Theme theme) {
        this.vm = vm;
        this.theme = theme;
        this.startVariant = theme == null ? ThemeVariant.LIGHT : theme.getVariant();
        this.texts = vm.words().texts();
        getStyleClass().addAll("kiosk-view");
        getStylesheets().add(STYLESHEET);
        setId("kiosk-view");

        overlay.getStyleClass().add("overlay-layer");
        overlay.setVisible(false);
        scrim.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (overlayDismiss != null) {
                overlayDismiss.run();
            }
        });
        overlay.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && overlayDismiss != null) {
                overlayDismiss.run();
                e.consume();
            }
        });
        idleLayer.getStyleClass().add("overlay-layer");
        idleLayer.setVisible(false);
        getChildren().addAll(screenHost, overlay, idleLayer);

        activity = e -> vm.idle().activity();
        addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        addEventFilter(TouchEvent.TOUCH_PRESSED, activity);
        addEventFilter(KeyEvent.KEY_PRESSED, activity);
        addEventFilter(ScrollEvent.SCROLL, activity);
        idleTicker = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.idle().check()));
        idleTicker.setCycleCount(Timeline.INDEFINITE);
        idleTicker.play();
        vm.idle().promptingProperty().addListener((obs, was, now) -> {
            if (now && idleLayer.getChildren().isEmpty()) {
                idleLayer.getChildren().addAll(scrim(), idlePrompt());
            }
            idleLayer.setVisible(now);
        });

        vm.screenProperty().addListener(screenListener);
        vm.configuratorProperty().addListener(screenListener);
        vm.savedProperty().addListener(screenListener);
        vm.highContrastProperty().addListener(contrastListener);
        widthProperty().addListener((obs, was, now) -> pseudoClassStateChanged(COMPACT, now.doubleValue() < 1600));
        showScreen();
        loadAfterFirstFrame();
    }

    /** Loads the products once the first frame is up: two cores should draw the attract screen first. */
    private void loadAfterFirstFrame() {
        FirstFrame.after(this, vm::load);
    }

    /** The layer panels appear on. */
    Overlays overlays() {
        return new Overlays() {
            @Override
            public void show(Node card, Runnable onDismiss) {
                overlayCard = card;
                overlayDismiss = onDismiss;
                overlay.getChildren().setAll(scrim, card);
                StackPane.setAlignment(card, Pos.CENTER);
                overlay.setVisible(true);
                overlay.pseudoClassStateChanged(SHOWING, true);
                card.requestFocus();
            }

            @Override
            public void hide(Node card) {
                if (overlayCard == card) {
                    overlay.getChildren().clear();
                    overlay.setVisible(false);
                    overlayCard = null;
                    overlayDismiss = null;
                }
            }
        };
    }

    /** Dims what is behind a panel (a token colour at reduced opacity: the panel itself stays opaque). */
    private static Region scrim() {
        Region r = new Region();
        r.getStyleClass().add("scrim");
        return r;
    }

    private void showScreen() {
        if (current != null) {
            current.dispose();
            current = null;
        }
        screenCleanup.forEach(Runnable::run);
        screenCleanup.clear();
        if (codePanel != null) {
            overlays().hide(codePanel);
            codePanel = null;
        }
        Screen s = vm.getScreen();
        current = switch (s) {
            case ATTRACT -> new AttractView(vm, this::openCodePanel, languageSwitch(screenCleanup));
            case GALLERY -> new GalleryView(vm);
            case QUIZ -> vm.quizProperty().get() == null ? new GalleryView(vm)
                    : new QuizView(vm, vm.quizProperty().get());
            case CONFIGURE -> vm.getConfigurator() == null ? new GalleryView(vm)
                    : new ConfiguratorView(vm, vm.getConfigurator(), overlays());
            case REVIEW -> vm.getConfigurator() == null ? new GalleryView(vm)
                    : new ReviewView(vm, vm.getConfigurator(), this::openConsentPanel);
            case SAVED -> vm.savedProperty().get() == null ? new GalleryView(vm)
                    : new SavedView(vm, vm.savedProperty().get());
        };
        screenHost.setCenter(current.node());
        // The attract screen has no top bar: built when first needed, which keeps the first frame light.
        if (s != Screen.ATTRACT && topBar == null) {
            topBar = topBar();
            screenHost.setTop(topBar);
        }
        if (topBar != null) {
            Ui.show(topBar, s != Screen.ATTRACT);
        }
        getStyleClass().removeIf(c -> c.startsWith("screen-"));
        getStyleClass().add("screen-" + s.name().toLowerCase(Locale.ROOT));
    }

    private void applyContrast() {
        if (theme != null) {
            theme.setVariant(vm.highContrastProperty().get() ? ThemeVariant.HIGH_CONTRAST : startVariant);
        }
    }

    // ---------------------------------------------------------------------------------------------- top bar

    private HBox topBar() {
        Label brand = Ui.label(texts, "brand", "brand-mark");
        Button products = Ui.button(texts, "to-products", "nav.products", Material2AL.APPS, vm::toGallery, "flat");
        Button code = Ui.button(texts, "open-code", "code.open", Material2MZ.QR_CODE_SCANNER, this::openCodePanel,
                "flat");
        ToggleButton contrast = new ToggleButton();
        contrast.setId("contrast");
        contrast.setGraphic(new FontIcon(Material2AL.BRIGHTNESS_MEDIUM));
        contrast.textProperty().bind(texts.text("contrast"));
        contrast.accessibleTextProperty().bind(texts.text("contrast.help"));
        contrast.selectedProperty().bindBidirectional(vm.highContrastProperty());
        contrast.setMinHeight(48);
        contrast.getStyleClass().add("contrast-toggle");
        // The top bar lives as long as the kiosk view: its switch's listener goes with the view's other listeners.
        HBox bar = new HBox(12, brand, Ui.grow(), products, code, contrast, languageSwitch(viewCleanup));
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * EN / DE buttons that follow the language; the listener this puts on the (kiosk-long) language is removed by
     * running {@code cleanup}, else every attract screen shown would stay reachable from it.
     */
    private HBox languageSwitch(List<Runnable> cleanup) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("language-switch");
        for (Locale l : dev.atelier.ui.common.I18n.SUPPORTED) {
            ToggleButton b = new ToggleButton(l.getLanguage().toUpperCase(Locale.ROOT));
            b.setId("lang-" + l.getLanguage());
            b.setToggleGroup(group);
            b.setAccessibleText(l.getDisplayLanguage(l));
            b.setSelected(vm.i18n().getLocale().getLanguage().equals(l.getLanguage()));
            b.setOnAction(e -> {
                vm.setLocale(l);
                b.setSelected(true);
            });
            b.setMinSize(56, 48);
            box.getChildren().add(b);
        }
        javafx.beans.value.ChangeListener<Locale> follow = (obs, was, now) -> {
            for (Node n : box.getChildren()) {
                ((ToggleButton) n).setSelected(n.getId().equals("lang-" + now.getLanguage()));
            }
        };
        vm.i18n().localeProperty().addListener(follow);
        cleanup.add(() -> vm.i18n().localeProperty().removeListener(follow));
        return box;
    }

    // ---------------------------------------------------------------------------------------------- panels

    private void openCodePanel() {
        VBox card = new VBox(14);
        card.getStyleClass().addAll("overlay-card", "code-panel");
        card.setId("code-panel");
        Label title = Ui.label(texts, "code.title", "card-title");
        Label hint = Ui.label(texts, "code.hint", "card-text");
        TextField field = new TextField();
        field.setId("code-field");
        field.getStyleClass().add("code-field");
        field.promptTextProperty().bind(texts.text("code.prompt"));
        field.accessibleTextProperty().bind(texts.text("code.title"));
        Label message = new Label();
        message.setId("code-message");
        message.getStyleClass().add("code-message");
        message.textProperty().bind(vm.codeMessageProperty());
        GridPane pad = new GridPane();
        pad.getStyleClass().add("letter-pad");
        pad.setHgap(6);
        pad.setVgap(6);
        String alphabet = DesignCodes.ALPHABET;
        for (int i = 0; i < alphabet.length(); i++) {
            String c = alphabet.substring(i, i + 1);
            Button b = new Button(c);
            b.getStyleClass().add("letter-key");
            b.setId("code-key-" + c);
            b.setFocusTraversable(false);
            b.setOnAction(e -> field.setText(field.getText() + c));
            pad.add(b, i % 11, i / 11);
        }
        Button back = new Button();
        back.setGraphic(new FontIcon(Material2AL.BACKSPACE));
        back.getStyleClass().add("letter-key");
        back.accessibleTextProperty().bind(texts.text("text.backspace"));
        back.setFocusTraversable(false);
        back.setOnAction(e -> {
            String t = field.getText();
            if (!t.isEmpty()) {
                field.setText(t.substring(0, t.length() - 1));
            }
        });
        pad.add(back, 9, 2, 2, 1);
        Button cancel = Ui.button(texts, "code-cancel", "dialog.cancel", null, () -> overlays().hide(card), "flat");
        cancel.setCancelButton(true);
        Button open = Ui.button(texts, "code-submit", "code.submit", Material2AL.ARROW_FORWARD,
                () -> vm.openByCode(field.getText()), "accent-dark");
        open.setDefaultButton(true);
        open.disableProperty().bind(vm.openingProperty());
        card.getChildren().addAll(title, hint, field, message, pad, new HBox(12, Ui.grow(), cancel, open));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        codePanel = card;
        overlays().show(card, () -> overlays().hide(card));
        field.requestFocus();
    }

    private void openConsentPanel() {
        VBox card = new VBox(14);
        card.getStyleClass().addAll("overlay-card", "consent-panel");
        card.setId("consent-panel");
        Label title = Ui.label(texts, "consent.title", "card-title");
        Label body = Ui.label(texts, "consent.text", "consent-text");
        CheckBox agree = new CheckBox();
        agree.setId("consent-check");
        agree.textProperty().bind(texts.text("consent.agree"));
        agree.setWrapText(true);
        agree.setSelected(vm.consentProperty().get());
        TextField name = new TextField(vm.contactNameProperty().get());
        name.setId("contact-name");
        name.promptTextProperty().bind(texts.text("consent.name"));
        name.accessibleTextProperty().bind(texts.text("consent.name"));
        TextField email = new TextField(vm.contactEmailProperty().get());
        email.setId("contact-email");
        email.promptTextProperty().bind(texts.text("consent.email"));
        email.accessibleTextProperty().bind(texts.text("consent.email"));
        name.disableProperty().bind(agree.selectedProperty().not());
        email.disableProperty().bind(agree.selectedProperty().not());
        Label problem = Ui.text("", "code-message");
        Button no = Ui.button(texts, "consent-decline", "consent.decline", null, () -> {
            vm.consentProperty().set(false);
            vm.contactNameProperty().set("");
            vm.contactEmailProperty().set("");
            overlays().hide(card);
        }, "flat");
        no.setCancelButton(true);
        Button ok = Ui.button(texts, "consent-accept", "consent.accept", Material2AL.CHECK, () -> {
            String mail = email.getText().strip();
            if (agree.isSelected() && !mail.isEmpty()
                    && !dev.atelier.domain.design.CustomerContact.isEmail(mail)) {
                problem.setText(texts.get("consent.badEmail"));
                return;
            }
            vm.consentProperty().set(agree.isSelected());
            vm.contactNameProperty().set(agree.isSelected() ? name.getText().strip() : "");
            vm.contactEmailProperty().set(agree.isSelected() ? mail : "");
            overlays().hide(card);
        }, "accent-dark");
        card.getChildren().addAll(title, body, agree, name, email, problem, new HBox(12, Ui.grow(), no, ok));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        overlays().show(card, () -> overlays().hide(card));
    }

    private Node idlePrompt() {
        VBox card = new VBox(16);
        card.getStyleClass().addAll("overlay-card", "idle-prompt");
        card.setId("idle-prompt");
        Label title = Ui.label(texts, "idle.title", "card-title");
        Label count = new Label();
        count.setId("idle-countdown");
        count.getStyleClass().add("idle-countdown");
        count.setWrapText(true);
        InvalidationListener update = o -> count.setText(texts.get("idle.countdown",
                vm.idle().secondsLeftProperty().get()));
        vm.idle().secondsLeftProperty().addListener(update);
        vm.i18n().localeProperty().addListener(update);
        viewCleanup.add(() -> {
            vm.idle().secondsLeftProperty().removeListener(update);
            vm.i18n().localeProperty().removeListener(update);
        });
        update.invalidated(null);
        Button stay = Ui.button(texts, "idle-stay", "idle.stay", Material2AL.CHECK, vm.idle()::activity,
                "accent-dark");
        Button leave = Ui.button(texts, "idle-leave", "idle.leave", null, vm::newCustomer, "flat");
        card.getChildren().addAll(title, count, new HBox(12, Ui.grow(), leave, stay));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return card;
    }

    /** Stops the idle timer and releases the screen (the kiosk window is closing). */
    public void dispose() {
        idleTicker.stop();
        vm.screenProperty().removeListener(screenListener);
        vm.configuratorProperty().removeListener(screenListener);
        vm.savedProperty().removeListener(screenListener);
        vm.highContrastProperty().removeListener(contrastListener);
        if (current != null) {
            current.dispose();
            current = null;
        }
        screenCleanup.forEach(Runnable::run);
        screenCleanup.clear();
        viewCleanup.forEach(Runnable::run);
        viewCleanup.clear();
    }
}
