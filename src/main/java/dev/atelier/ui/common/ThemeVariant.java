// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The looks Atelier offers; all come from AtlantaFX's Primer tokens. */
public enum ThemeVariant {
    /** AtlantaFX Primer Light: the default. */
    LIGHT(new PrimerLight().getUserAgentStylesheet(), null),
    /** AtlantaFX Primer Dark. */
    DARK(new PrimerDark().getUserAgentStylesheet(), "dark"),
    /** Primer Light with stronger text, borders and focus rings (root style class {@code high-contrast}). */
    HIGH_CONTRAST(new PrimerLight().getUserAgentStylesheet(), "high-contrast");

    private final String userAgentStylesheet;
    private final String rootStyleClass;

    ThemeVariant(String userAgentStylesheet, String rootStyleClass) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.rootStyleClass = rootStyleClass;
    }

    /** The AtlantaFX stylesheet this variant builds on. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The style class this variant puts on every scene root, or null. */
    public String rootStyleClass() {
        return rootStyleClass;
    }
}
