// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.Configuration;

/**
 * Prices configurations for the kiosk (the application adapts the catalog's pricer and its default price list).
 * Thread-safe; may be slow on big catalogs: call it off the FX thread.
 */
@FunctionalInterface
public interface KioskPricing {

    /**
     * The price of a configuration.
     *
     * @throws RuntimeException if it cannot be priced (no valid price list, a broken price rule)
     */
    Quote price(Configuration configuration);
}
