// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.common.ThemeVariant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The start screen: one card per mode, language and theme switches, the store's status.
 * Node ids for tests: {@code #mode-kiosk}, {@code #mode-sales}, {@code #mode-designer}, {@code #lang-en},
 * {@code #lang-de}, {@code #theme-light}, {@code #theme-dark}, {@code #theme-high-contrast},
 * {@code #store-status}, {@code #start-headline}.
 */
public final class StartView extends StackPane {

    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final Map<Mode, Ikon> ICONS = Map.of(
            Mode.KIOSK, Material2OutlinedMZ.TOUCH_APP,
            Mode.SALES, Material2OutlinedMZ.STOREFRONT,
            Mode.DESIGNER, Material2OutlinedAL.ARCHITECTURE);

    private final StartViewModel model;
    private final Messages texts;

    /** @param model the start screen's state */
    public StartView(StartViewModel model) {
        this.model = model;
        this.texts = model.texts();
        HBox cards = new HBox();
        VBox hero = hero(cards);
        BorderPane layout = new BorderPane(hero, topBar(), null, footer(), null);
        Region band = new Region();
        band.getStyleClass().add("hero-band");
        band.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(band, Pos.TOP_CENTER);
        // The dark band ends behind the middle of the cards, so they float across its edge.
        band.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> hero.getBoundsInParent().getMinY() + cards.getBoundsInParent().getMinY()
                        + cards.getHeight() * 0.42,
                hero.boundsInParentProperty(), cards.boundsInParentProperty(), cards.heightProperty()));
        getChildren().addAll(band, layout);
        getStyleClass().add("start-screen");
    }

    private Node topBar() {
        Label tagline = label("start.tagline", "tagline");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(new Wordmark("ATELIER"), tagline, grow, languageSwitch(), themeSwitch());
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Node languageSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton en = toggle("lang-en", group, Styles.LEFT_PILL);
        en.setText("EN");
        en.setUserData(Locale.ENGLISH);
        ToggleButton de = toggle("lang-de", group, Styles.RIGHT_PILL);
        de.setText("DE");
        de.setUserData(Locale.GERMAN);
        bindToggles(group, model.languageProperty().get(), locale -> model.languageProperty().set((Locale) locale));
        model.languageProperty().addListener((obs, old, now) -> select(group, now));
        HBox box = new HBox(en, de);
        box.getStyleClass().add("settings-group");
        return box;
    }

    private Node themeSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton light = themeToggle("theme-light", group, Styles.LEFT_PILL, Material2OutlinedMZ.WB_SUNNY,
                ThemeVariant.LIGHT, "theme.light");
        ToggleButton dark = themeToggle("theme-dark", group, Styles.CENTER_PILL, Material2OutlinedMZ.NIGHTS_STAY,
                ThemeVariant.DARK, "theme.dark");
        ToggleButton contrast = themeToggle("theme-high-contrast", group, Styles.RIGHT_PILL,
                Material2OutlinedMZ.TONALITY, ThemeVariant.HIGH_CONTRAST, "theme.highContrast");
        bindToggles(group, model.themeProperty().get(), v -> model.themeProperty().set((ThemeVariant) v));
        model.themeProperty().addListener((obs, old, now) -> select(group, now));
        HBox box = new HBox(light, dark, contrast);
        box.getStyleClass().add("settings-group");
        return box;
    }

    private ToggleButton themeToggle(String id, ToggleGroup group, String pill, Ikon icon, ThemeVariant variant,
                                     String tooltipKey) {
        ToggleButton b = toggle(id, group, pill);
        b.setGraphic(new FontIcon(icon));
        b.setUserData(variant);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(texts.text(tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(texts.text(tooltipKey));
        return b;
    }

    private static ToggleButton toggle(String id, ToggleGroup group, String pill) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
        return b;
    }

    private static void bindToggles(ToggleGroup group, Object current, Consumer<Object> onPick) {
        select(group, current);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A toggle group allows no selection; a setting always has one.
                group.selectToggle(old);
            } else {
                onPick.accept(now.getUserData());
            }
        });
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData().equals(value) && !t.isSelected()) {
                group.selectToggle(t);
            }
        }
    }

    private VBox hero(HBox cards) {
        Label eyebrow = label("start.eyebrow", "eyebrow");
        Label headline = label("start.headline", "headline");
        headline.setId("start-headline");
        Label subline = label("start.subline", "subline");
        cards.getStyleClass().add("mode-cards");
        for (Mode mode : Mode.values()) {
            cards.getChildren().add(modeCard(mode));
        }
        VBox hero = new VBox(eyebrow, headline, subline, cards);
        hero.getStyleClass().add("hero");
        return hero;
    }

    private Button modeCard(Mode mode) {
        FontIcon icon = new FontIcon(ICONS.get(mode));
        icon.getStyleClass().add("mode-icon");
        StackPane disc = new StackPane(icon);
        disc.getStyleClass().add("mode-icon-disc");
        Label audience = label(mode.textKey() + ".audience", "mode-audience");
        Label title = label(mode.textKey() + ".title", "mode-title");
        Label description = label(mode.textKey() + ".description", "mode-description");
        description.setWrapText(true);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Label action;
        if (model.isAvailable(mode)) {
            action = label(mode.textKey() + ".action", "mode-action");
            action.setGraphic(new FontIcon(Material2OutlinedAL.ARROW_FORWARD));
        } else {
            action = label("mode.comingSoon", "coming-soon");
        }
        VBox content = new VBox(disc, audience, title, description, grow, action);
        content.getStyleClass().add("mode-content");
        content.setFillWidth(true);

        Button card = new Button();
        card.setId("mode-" + mode.name().toLowerCase(Locale.ROOT));
        card.getStyleClass().add("mode-card");
        card.setGraphic(content);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.accessibleTextProperty().bind(texts.text(mode.textKey() + ".title"));
        card.setDisable(!model.isAvailable(mode));
        card.setOnAction(e -> model.choose(mode));
        return card;
    }

    private Node footer() {
        Label store = new Label();
        store.setId("store-status");
        store.getStyleClass().add("store-status");
        store.textProperty().bind(model.storeStatusProperty());
        store.setGraphic(new FontIcon(Material2AL.FIBER_MANUAL_RECORD));
        model.storeStateProperty().addListener((obs, old, now) -> showStoreState(store, now));
        showStoreState(store, model.storeStateProperty().get());
        Label catalogs = new Label();
        catalogs.textProperty().bind(model.catalogsStatusProperty());
        HBox footer = new HBox(store, catalogs);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private static void showStoreState(Label label, StoreConnection.State state) {
        label.pseudoClassStateChanged(READY, state == StoreConnection.State.READY);
        label.pseudoClassStateChanged(FAILED, state == StoreConnection.State.FAILED);
    }

    private Label label(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(texts.text(key));
        l.getStyleClass().add(styleClass);
        return l;
    }
}
