// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import java.util.Objects;

/**
 * A product in the gallery.
 *
 * @param product  the product
 * @param from     the price of its cheapest complete design, or null if it could not be priced
 * @param look     its default design, prepared for a 3D picture
 * @param imageUrl the catalog's picture of it, or null
 */
public record ProductCard(KioskProduct product, Quote from, PreviewPort.Prepared look, String imageUrl) {

    public ProductCard {
        Objects.requireNonNull(product, "product");
    }
}
