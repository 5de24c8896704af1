// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.ConfigurationSession;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the kiosk offers when someone taps a value that needs other changes: why it is blocked, the smallest
 * change that makes it possible, and what that change costs and looks like.
 *
 * @param variableId the variable the person wants to change
 * @param value      the value they want
 * @param why        the choices and rules that block it
 * @param fix        the smallest change, or null when the catalog never allows the value
 * @param after      the price after the change, or null
 * @param delta      the price difference of the change, or null
 * @param preview    the product after the change, or null
 */
public record ChangeProposal(String variableId, String value, ConfigurationSession.Why why,
                             ConfigurationSession.Fix fix, Quote after, BigDecimal delta,
                             PreviewPort.Prepared preview) {

    public ChangeProposal {
        Objects.requireNonNull(variableId, "variableId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(why, "why");
    }

    /** Whether one tap can apply a change. */
    public boolean repairable() {
        return fix != null;
    }
}
