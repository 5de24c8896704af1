// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.io.catalog.JsonCatalogReader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Complete configurations for tests without a rules engine: overrides, else defaults, else the first value. */
public final class Configs {

    private Configs() {
    }

    public static Catalog read(String file) {
        return new JsonCatalogReader().read(Path.of("catalogs", file)).orThrow();
    }

    /**
     * The largest wardrobe of the shipped catalog: four 100 cm frames with pairs of doors and six fittings each,
     * oak veneer (about 70 parts): what benchmarks and equivalence tests of the preview build on.
     */
    public static Map<String, String> largestWardrobe() {
        Map<String, String> v = new java.util.HashMap<>();
        v.put("section.count", "4");
        String[] types = {"shelf", "drawer", "rail", "basket", "shoe-shelf", "shelf"};
        for (int s = 1; s <= 4; s++) {
            v.put("section[" + s + "].width", "100");
            v.put("section[" + s + "].door", "pair");
            v.put("section[" + s + "].insert.count", "6");
            for (int i = 1; i <= 6; i++) {
                v.put("section[" + s + "].insert[" + i + "].type", types[(i + s) % types.length]);
            }
        }
        v.put("finish", "oak-veneer");
        return v;
    }

    /** Every variable set: the override, else the default, else the first value; absent instances get NA. */
    public static Configuration of(ProductSpace space, Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        for (ProductSpace.Var var : space.variables()) {
            String value = overrides.get(var.id());
            if (value == null) {
                value = present(var.instance(), v) ? defaultOf(var) : ProductSpace.NA;
            }
            v.put(var.id(), value);
        }
        return new Configuration(space, v, Set.of());
    }

    private static boolean present(ProductSpace.Instance inst, Map<String, String> v) {
        for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = v.get(i.parent().countId(i.component()));
                if (count == null || count.equals(ProductSpace.NA) || Integer.parseInt(count) < i.index()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String defaultOf(ProductSpace.Var var) {
        switch (var.kind()) {
            case GROUP -> {
                OptionGroup g = var.group();
                return g.defaultOption() != null ? g.defaultOption() : g.options().get(0).id();
            }
            case FLAG -> {
                return ProductSpace.NO;
            }
            case PARAMETER -> {
                Parameter p = var.parameter();
                return Parameter.format(p.defaultValue() != null ? p.defaultValue() : p.min());
            }
            default -> {
                return Integer.toString(Math.max(1, var.counted().min()));
            }
        }
    }
}
