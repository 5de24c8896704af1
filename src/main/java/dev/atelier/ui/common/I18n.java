// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The current language and the translated texts of each area.
 *
 * <p>Each area keeps its texts in one bundle, {@code messages.properties} (English) and
 * {@code messages_de.properties} (German), UTF-8, beside its classes: e.g. base name
 * {@code dev.atelier.ui.kiosk.messages}. Texts bound through {@link Messages#text(String, Object...)} follow
 * {@link #localeProperty()}, so a screen switches language live.
 *
 * <p>Every text goes through {@link java.text.MessageFormat}: write {@code ''} for an apostrophe.
 */
public final class I18n {

    /** The languages Atelier ships; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final ObjectProperty<Locale> locale;

    /** @param initial the starting language; unsupported ones fall back (see {@link #bestSupported(Locale)}) */
    public I18n(Locale initial) {
        locale = new SimpleObjectProperty<>(this, "locale", bestSupported(initial)) {
            @Override
            public void set(Locale newValue) {
                super.set(bestSupported(newValue));
            }
        };
    }

    /**
     * The supported language closest to {@code wanted}: {@code de_AT} gives German, French gives English.
     *
     * @param wanted a locale, or null
     * @return one of {@link #SUPPORTED}
     */
    public static Locale bestSupported(Locale wanted) {
        if (wanted != null) {
            for (Locale l : SUPPORTED) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return SUPPORTED.get(0);
    }

    /** The current language; setting an unsupported one selects the closest supported one. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The current language. */
    public Locale getLocale() {
        return locale.get();
    }

    /** Switches the language; bound texts update at once. */
    public void setLocale(Locale value) {
        locale.set(value);
    }

    /**
     * The texts of one area.
     *
     * @param baseName the bundle's base name, e.g. {@code dev.atelier.app.messages}
     */
    public Messages messages(String baseName) {
        return new Messages(Objects.requireNonNull(baseName, "baseName"), locale);
    }
}
