// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.configuration.ProductSpace;
import java.util.Locale;
import java.util.Objects;

/**
 * A product the kiosk offers, with the catalog edition it comes from.
 *
 * @param catalog the catalog (its id and version are pinned in saved designs)
 * @param space   the product's variable space
 */
public record KioskProduct(Catalog catalog, ProductSpace space) {

    public KioskProduct {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(space, "space");
    }

    public Product product() {
        return space.product();
    }

    /** {@code catalogId/productId}: unique among the products of one kiosk. */
    public String key() {
        return catalog.id() + "/" + product().id();
    }

    public String label(Locale locale) {
        return product().label().get(locale);
    }
}
