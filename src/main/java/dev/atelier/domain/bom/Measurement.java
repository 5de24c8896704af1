// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.LocalizedText;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the measurement sheet: a parameter value of the configuration.
 *
 * @param variableId the variable ({@code chest}, {@code section[2].width})
 * @param label      the parameter's display name
 * @param value      the value
 * @param unit       its unit ({@code cm}, {@code mm})
 */
public record Measurement(String variableId, LocalizedText label, BigDecimal value, String unit) {

    public Measurement {
        Objects.requireNonNull(variableId, "variableId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
