// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.Labels;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.ui.common.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain words for the kiosk: money, explanations, changes. Works without a JavaFX toolkit. */
public final class KioskWords {

    /** Base name of the kiosk's resource bundle. */
    public static final String BUNDLE = "dev.atelier.ui.kiosk.messages";

    private final Messages texts;

    public KioskWords(Messages texts) {
        this.texts = texts;
    }

    public Messages texts() {
        return texts;
    }

    /** Words the catalog does not hold, from the kiosk bundle. */
    public Labels.Vocabulary vocabulary() {
        return new Labels.Vocabulary() {
            @Override
            public String yes(Locale locale) {
                return texts.format(locale, "word.yes");
            }

            @Override
            public String no(Locale locale) {
                return texts.format(locale, "word.no");
            }

            @Override
            public String notApplicable(Locale locale) {
                return texts.format(locale, "word.na");
            }

            @Override
            public String countOf(String componentLabel, Locale locale) {
                return texts.format(locale, "word.countOf", componentLabel);
            }
        };
    }

    /** An amount in the locale's currency format; whole amounts without decimals ("1.290 €", "€1,290"). */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            // unknown code: the locale's currency symbol would lie, so show the code
            return NumberFormat.getNumberInstance(locale).format(amount) + " " + currency;
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(whole ? 0 : 2);
        return f.format(amount);
    }

    /** A price difference with its sign ("+120 €", "−40 €", "±0 €"). */
    public static String delta(BigDecimal delta, String currency, Locale locale) {
        String abs = money(delta.abs(), currency, locale);
        return switch (delta.signum()) {
            case 1 -> "+" + abs;
            case -1 -> "\u2212" + abs;
            default -> "\u00B10\u2009" + abs.replaceAll("[0-9.,\\s\u00A0\u202F]", "").strip();
        };
    }

    /** The rule messages of an explanation, one sentence each. */
    public List<String> reasons(ConfigurationSession.Why why, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Rule r : why.rules()) {
            String m = r.message().get(locale);
            if (!m.isBlank() && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** "because you chose Height: 201 cm and Door: Sliding", or the catalog sentence when nothing was chosen. */
    public String because(ConfigurationSession.Why why, Labels labels, Locale locale) {
        if (why.because().isEmpty()) {
            return texts.format(locale, "why.never");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : why.because().entrySet()) {
            parts.add(labels.choice(e.getKey(), e.getValue(), locale));
        }
        return texts.format(locale, "why.because", join(parts, locale));
    }

    /** "Change Height from 201 cm to 236 cm" per retracted choice. */
    public List<String> changes(ConfigurationSession.Fix fix, ProductSpace space, Labels labels, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : fix.retract().entrySet()) {
            ProductSpace.Var v = space.variable(e.getKey()).orElseThrow();
            String to = fix.changeTo().get(e.getKey());
            String name = labels.fullName(v, locale);
            if (to == null || to.equals(ProductSpace.NA)) {
                out.add(texts.format(locale, "fix.drop", name, labels.value(v, e.getValue(), locale)));
            } else {
                out.add(texts.format(locale, "fix.change", name, labels.value(v, e.getValue(), locale),
                        labels.value(v, to, locale)));
            }
        }
        return out;
    }

    /** "a, b and c" in the person's language. */
    public String join(List<String> parts, Locale locale) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String head = String.join(", ", parts.subList(0, parts.size() - 1));
        return texts.format(locale, "word.and", head, parts.get(parts.size() - 1));
    }
}
