// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A numeric parameter with a range and a step (width in cm, chest in cm). The engine discretizes it by its step:
 * the values are {@code min, min+step, …} up to {@code max}.
 *
 * @param id           id, unique among the groups, parameters and children of its component
 * @param label        display name
 * @param unit         unit shown to people ({@code cm}, {@code mm})
 * @param min          smallest value
 * @param max          largest value
 * @param step         distance between values
 * @param defaultValue soft default, or null
 */
public record Parameter(String id, LocalizedText label, String unit, BigDecimal min, BigDecimal max, BigDecimal step,
                        BigDecimal defaultValue) {

    /** More values than this make a parameter too fine to configure or to compile. */
    public static final int MAX_VALUES = 2000;

    public Parameter {
        Ids.require(id, "parameter");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(step, "step");
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("parameter " + id + ": step must be > 0");
        }
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("parameter " + id + ": max is below min");
        }
        BigDecimal count = max.subtract(min).divide(step, 0, java.math.RoundingMode.FLOOR);
        if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            throw new IllegalArgumentException("parameter " + id + ": more than " + MAX_VALUES
                    + " values between min and max; use a coarser step");
        }
        if (defaultValue != null && (defaultValue.compareTo(min) < 0 || defaultValue.compareTo(max) > 0
                || defaultValue.subtract(min).remainder(step).signum() != 0)) {
            throw new IllegalArgumentException("parameter " + id + ": default " + defaultValue.toPlainString()
                    + " is not one of its values");
        }
    }

    /** The discrete values, smallest first. */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            values.add(v);
        }
        return values;
    }

    /** The value ids the engine uses: plain decimal strings without trailing zeros ({@code 39.5}, {@code 75}). */
    public List<String> valueIds() {
        return values().stream().map(Parameter::format).toList();
    }

    /** Canonical id of a numeric value. */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }
}
