// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import java.text.NumberFormat;
import java.util.Locale;

/** Converting millimetres to the units products show dimensions in. */
public final class Units {

    private Units() {
    }

    /** {@code mm} in {@code unit} ({@code mm}, {@code cm}, {@code m}, {@code in}); other units are taken as mm. */
    public static double fromMm(double mm, String unit) {
        return switch (unit) {
            case "cm" -> mm / 10;
            case "m" -> mm / 1000;
            case "in" -> mm / 25.4;
            default -> mm;
        };
    }

    /** A dimension for people: {@code 236} or {@code 58.5} (at most one decimal), in the locale's style. */
    public static String format(double mm, String unit, Locale locale) {
        return numberFormat(unit, locale).format(fromMm(mm, unit));
    }

    /** The number format {@link #format} uses for {@code unit} in {@code locale}. */
    static NumberFormat numberFormat(String unit, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(unit.equals("m") ? 2 : 1);
        f.setGroupingUsed(false);
        return f;
    }
}
