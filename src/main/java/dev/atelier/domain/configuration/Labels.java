// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Human words for variables and values, in the person's language: "Section 2 · Door", "Sliding", "75 cm".
 * Words that are not in the catalog ("yes", "no", "Section 2") come from a small {@link Vocabulary} supplied by
 * the caller (the UI's resource bundle), so the domain holds no translations of its own.
 */
public final class Labels {

    /** Words the catalog does not hold. */
    public interface Vocabulary {
        String yes(Locale locale);

        String no(Locale locale);

        String notApplicable(Locale locale);

        /** E.g. "Number of sections" for a count of {@code componentLabel}. */
        String countOf(String componentLabel, Locale locale);
    }

    /** English and German words, for the command line and tests. */
    public static final Vocabulary BUILT_IN = new Vocabulary() {
        @Override
        public String yes(Locale locale) {
            return de(locale) ? "ja" : "yes";
        }

        @Override
        public String no(Locale locale) {
            return de(locale) ? "nein" : "no";
        }

        @Override
        public String notApplicable(Locale locale) {
            return "–";
        }

        @Override
        public String countOf(String componentLabel, Locale locale) {
            return (de(locale) ? "Anzahl " : "Number of ") + componentLabel;
        }

        private boolean de(Locale locale) {
            return locale.getLanguage().equals("de");
        }
    };

    private final ProductSpace space;
    private final Vocabulary vocabulary;

    public Labels(ProductSpace space, Vocabulary vocabulary) {
        this.space = space;
        this.vocabulary = vocabulary;
    }

    /** The variable's own name: "Door", "Width", "Cufflinks", "Number of sections". */
    public String name(ProductSpace.Var v, Locale locale) {
        return switch (v.kind()) {
            case GROUP -> v.group().label().get(locale);
            case FLAG -> v.option().label().get(locale);
            case PARAMETER -> v.parameter().label().get(locale);
            case COUNT -> vocabulary.countOf(v.counted().label().get(locale), locale);
        };
    }

    /** Where the variable is: "Section 2" (empty for the product itself). */
    public String place(ProductSpace.Instance instance, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (ProductSpace.Instance i = instance; i != null && i.parent() != null; i = i.parent()) {
            String label = i.component().label().get(locale);
            parts.add(0, i.index() > 0 ? label + " " + i.index() : label);
        }
        return String.join(" · ", parts);
    }

    /** Place and name: "Section 2 · Door". */
    public String fullName(ProductSpace.Var v, Locale locale) {
        String place = place(v.instance(), locale);
        String name = name(v, locale);
        return place.isEmpty() ? name : place + " · " + name;
    }

    /** A value in words: the option label, "75 cm", "yes"/"no", "3". */
    public String value(ProductSpace.Var v, String value, Locale locale) {
        if (value.equals(ProductSpace.NA)) {
            return vocabulary.notApplicable(locale);
        }
        return switch (v.kind()) {
            case GROUP -> v.group().option(value).map(Option::label).map(t -> t.get(locale)).orElse(value);
            case FLAG -> value.equals(ProductSpace.YES) ? vocabulary.yes(locale) : vocabulary.no(locale);
            case PARAMETER -> formatNumber(value, locale) + " " + v.parameter().unit();
            case COUNT -> value;
        };
    }

    /** "Door: Sliding" style pair for explanations and summaries. */
    public String choice(String variableId, String value, Locale locale) {
        ProductSpace.Var v = space.variable(variableId).orElseThrow();
        return fullName(v, locale) + ": " + value(v, value, locale);
    }

    /** A component's label. */
    public static String label(Component c, Locale locale) {
        LocalizedText t = c.label();
        return t.get(locale);
    }

    private static String formatNumber(String value, Locale locale) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(new java.math.BigDecimal(value));
    }
}
