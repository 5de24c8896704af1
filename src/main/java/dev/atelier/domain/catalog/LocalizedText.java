// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text in several languages, keyed by ISO language code ({@code en}, {@code de}). English is the fallback.
 */
public record LocalizedText(Map<String, String> texts) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        texts = Map.copyOf(texts);
    }

    public static LocalizedText of(String en, String de) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", en);
        m.put("de", de);
        return new LocalizedText(m);
    }

    public static LocalizedText en(String en) {
        return new LocalizedText(Map.of("en", en));
    }

    /** The text for the locale's language, else English, else any, else "". */
    public String get(Locale locale) {
        return get(locale.getLanguage());
    }

    public String get(String language) {
        String t = texts.get(language);
        if (t == null) {
            t = texts.get("en");
        }
        if (t == null && !texts.isEmpty()) {
            t = texts.values().iterator().next();
        }
        return t == null ? "" : t;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
