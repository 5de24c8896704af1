// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The texts of one area (one resource bundle) in the current language of an {@link I18n}.
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    // English is the base bundle: without this, a German JVM default would be picked for Locale.ENGLISH.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ObservableValue<Locale> locale;

    Messages(String baseName, ObservableValue<Locale> locale) {
        this.baseName = baseName;
        this.locale = locale;
        bundle(Locale.ROOT);
    }

    /**
     * The text for {@code key} in the current language, with {@code {0}}, {@code {1}}... filled from
     * {@code args}. A missing key gives the key in brackets and a log warning, never an exception.
     */
    public String get(String key, Object... args) {
        return format(locale.getValue(), key, args);
    }

    /** A text that follows the language: bind a label's {@code textProperty()} to it. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> format(locale.getValue(), key, args), locale);
    }

    /** The text for {@code key} in a given language. */
    public String format(Locale in, String key, Object... args) {
        ResourceBundle bundle = bundle(in);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing text " + key + " in " + baseName + " (" + in + ")");
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, in).format(args);
    }

    /** The bundle's base name. */
    public String baseName() {
        return baseName;
    }

    private ResourceBundle bundle(Locale in) {
        return ResourceBundle.getBundle(baseName, in, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
