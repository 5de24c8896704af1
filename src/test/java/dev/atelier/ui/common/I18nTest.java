// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static final String COMMON = "dev.atelier.ui.common.messages";

    @Test
    void boundTextFollowsTheLocale() {
        I18n i18n = new I18n(Locale.ENGLISH);
        StringBinding cancel = i18n.messages(COMMON).text("dialog.cancel");
        assertThat(cancel.get()).isEqualTo("Cancel");

        i18n.setLocale(Locale.GERMAN);
        assertThat(cancel.get()).isEqualTo("Abbrechen");
    }

    @Test
    void germanBundleIsReadAsUtf8() {
        Messages de = new I18n(Locale.GERMAN).messages(COMMON);
        assertThat(de.get("error.generic")).contains("wenden Sie sich");
        assertThat(de.format(Locale.GERMAN, "error.title")).isEqualTo("Etwas ist schiefgelaufen");
    }

    @Test
    void englishDoesNotFallBackToTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new I18n(Locale.ENGLISH).messages(COMMON).get("dialog.cancel")).isEqualTo("Cancel");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void unsupportedLocalesFallBackToTheClosestSupportedOne() {
        assertThat(I18n.bestSupported(new Locale("de", "AT"))).isEqualTo(Locale.GERMAN);
        assertThat(I18n.bestSupported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.bestSupported(null)).isEqualTo(Locale.ENGLISH);
        I18n i18n = new I18n(Locale.ENGLISH);
        i18n.setLocale(Locale.GERMANY);
        assertThat(i18n.getLocale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfThrowing() {
        assertThat(new I18n(Locale.ENGLISH).messages(COMMON).get("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void unknownBundleFailsAtOnce() {
        assertThatThrownBy(() -> new I18n(Locale.ENGLISH).messages("dev.atelier.nothing.messages"))
                .isInstanceOf(MissingResourceException.class);
    }
}
