// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned product catalog: what a designer publishes and a kiosk configures.
 *
 * @param id         stable id, e.g. {@code wardrobes}
 * @param version    semantic version of this edition, e.g. {@code 1.2.0}; saved designs pin it
 * @param name       display name
 * @param materials  finishes and fabrics, referenced by options and geometry
 * @param priceLists price lists; the first is the default
 * @param products   the configurable products
 */
public record Catalog(String id, String version, LocalizedText name, List<Material> materials,
                      List<PriceList> priceLists, List<Product> products) {

    public Catalog {
        Ids.require(id, "catalog");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        materials = List.copyOf(materials);
        priceLists = List.copyOf(priceLists);
        products = List.copyOf(products);
    }

    public Optional<Product> product(String productId) {
        return products.stream().filter(p -> p.id().equals(productId)).findFirst();
    }

    public Optional<Material> material(String materialId) {
        return materials.stream().filter(m -> m.id().equals(materialId)).findFirst();
    }

    public Optional<PriceList> priceList(String priceListId) {
        return priceLists.stream().filter(p -> p.id().equals(priceListId)).findFirst();
    }

    /** The default price list (the first one). */
    public Optional<PriceList> defaultPriceList() {
        return priceLists.isEmpty() ? Optional.empty() : Optional.of(priceLists.get(0));
    }
}
