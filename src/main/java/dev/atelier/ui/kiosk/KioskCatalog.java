// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.ConfigurationSession;
import java.util.List;
import java.util.Optional;

/**
 * Where the kiosk's products come from. Every method may block (reading catalogs, compiling rules): call them
 * off the FX thread. The application reads the catalog folder and compiles each product's rules; tests hand in
 * small products.
 */
public interface KioskCatalog {

    /** The products on offer, in display order. */
    List<KioskProduct> products();

    /**
     * A fresh configuration session on a product. The session is confined to the thread that uses it.
     *
     * @param product one of {@link #products()}
     */
    ConfigurationSession open(KioskProduct product);

    /**
     * The URL of a picture under the catalog's {@code assets/} folder, if it exists.
     *
     * @param product the product whose catalog holds the asset
     * @param asset   the path as written in the catalog, e.g. {@code wardrobe.png}; null gives empty
     */
    Optional<String> assetUrl(KioskProduct product, String asset);
}
