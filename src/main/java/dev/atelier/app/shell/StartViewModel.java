// SPDX-License-Identifier: Apache-2.0
package dev.atelier.app.shell;

import dev.atelier.ui.common.I18n;
import dev.atelier.ui.common.Messages;
import dev.atelier.ui.common.ThemeVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The start screen's state and commands: which modes can be opened, the store's status, language and theme.
 * Plain JavaFX beans: testable without a toolkit.
 */
public final class StartViewModel {

    private final Messages texts;
    private final I18n i18n;
    private final ObjectProperty<ThemeVariant> theme;
    private final StoreConnection store;
    private final Consumer<Mode> navigator;
    private final StringBinding storeStatus;
    private final StringBinding catalogsStatus;

    /**
     * @param i18n      the language, switched from the start screen
     * @param theme     the theme variant, switched from the start screen
     * @param store     the store opening in the background
     * @param catalogs  the catalog folder in use
     * @param navigator opens a mode
     */
    public StartViewModel(I18n i18n, ObjectProperty<ThemeVariant> theme, StoreConnection store, Path catalogs,
                          Consumer<Mode> navigator) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.texts = i18n.messages(Shell.TEXTS);
        this.theme = Objects.requireNonNull(theme, "theme");
        this.store = Objects.requireNonNull(store, "store");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.storeStatus = Bindings.createStringBinding(() -> {
            switch (store.stateProperty().get()) {
                case READY:
                    return texts.get("store.ready");
                case FAILED:
                    return texts.get("store.failed");
                default:
                    return texts.get("store.opening");
            }
        }, store.stateProperty(), i18n.localeProperty());
        boolean found = Files.isDirectory(catalogs);
        this.catalogsStatus = texts.text(found ? "catalogs.found" : "catalogs.missing", catalogs.toString());
    }

    /** Opens {@code mode} if this build has it; "coming soon" modes do nothing. */
    public void choose(Mode mode) {
        if (mode.isAvailable()) {
            navigator.accept(mode);
        }
    }

    /** Whether {@code mode} can be opened. */
    public boolean isAvailable(Mode mode) {
        return mode.isAvailable();
    }

    /** The store's status in words. */
    public StringBinding storeStatusProperty() {
        return storeStatus;
    }

    /** The store's state, for styling. */
    public ReadOnlyObjectProperty<StoreConnection.State> storeStateProperty() {
        return store.stateProperty();
    }

    /** Which catalog folder is in use, in words. */
    public StringBinding catalogsStatusProperty() {
        return catalogsStatus;
    }

    /** The language; the start screen switches it. */
    public ObjectProperty<Locale> languageProperty() {
        return i18n.localeProperty();
    }

    /** The theme variant; the start screen switches it. */
    public ObjectProperty<ThemeVariant> themeProperty() {
        return theme;
    }

    /** The texts of the start screen. */
    public Messages texts() {
        return texts;
    }
}
