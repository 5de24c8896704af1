// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.fixtures.RandomConfigurations;
import dev.atelier.preview.Configs;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimised {@link PreviewModelBuilder} (expressions compiled per instance) builds exactly the model the
 * straightforward one ({@link ReferencePreviewModelBuilder}: every expression interpreted on every build) builds:
 * same parts, bounds, description and problems, for the shipped catalogs' products in default, hand-made and
 * random (partial, inconsistent) configurations, one builder serving many configurations in a row (so what it
 * keeps from one build to the next is exercised too).
 */
class PreviewModelBuilderEquivalenceTest {

    private static final List<String> CATALOGS = List.of("wardrobes.json", "shirts.json");

    @ParameterizedTest
    @ValueSource(strings = {"wardrobes.json", "shirts.json"})
    void defaultConfigurationsGiveTheReferenceModel(String file) {
        Catalog catalog = Configs.read(file);
        PreviewModelBuilder fast = new PreviewModelBuilder();
        ReferencePreviewModelBuilder reference = new ReferencePreviewModelBuilder();
        for (Product product : catalog.products()) {
            Configuration c = Configs.of(ProductSpace.of(catalog, product), Map.of());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                PreviewModel m = fast.build(c, locale);
                assertThat(m.parts()).as(product.id()).isNotEmpty();
                assertThat(m).as(product.id()).isEqualTo(reference.build(c, locale));
            }
        }
    }

    @Test
    void largestWardrobeAndEachTapOnItGiveTheReferenceModel() {
        Catalog catalog = Configs.read("wardrobes.json");
        ProductSpace space = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
        Map<String, String> v = Configs.largestWardrobe();
        Configuration c = Configs.of(space, v);
        PreviewModelBuilder fast = new PreviewModelBuilder();
        ReferencePreviewModelBuilder reference = new ReferencePreviewModelBuilder();
        PreviewModel first = fast.build(c, Locale.ENGLISH);
        assertThat(first.parts()).hasSizeGreaterThan(60);
        assertThat(first.problems()).isEmpty();
        assertThat(first).isEqualTo(reference.build(c, Locale.ENGLISH));
        for (ProductSpace.Var var : space.variables()) {
            for (String value : var.values()) {
                Configuration tapped = c.with(var.id(), value, true);
                assertThat(fast.build(tapped, Locale.ENGLISH)).as("%s = %s", var.id(), value)
                        .isEqualTo(reference.build(tapped, Locale.ENGLISH));
            }
        }
    }

    @Property(tries = 60)
    void randomConfigurationsGiveTheReferenceModel(@ForAll long seed) {
        Random random = new Random(seed);
        Catalog catalog = Configs.read(CATALOGS.get(random.nextInt(CATALOGS.size())));
        PreviewModelBuilder fast = new PreviewModelBuilder();
        ReferencePreviewModelBuilder reference = new ReferencePreviewModelBuilder();
        for (int k = 0; k < 10; k++) {
            Product product = catalog.products().get(random.nextInt(catalog.products().size()));
            ProductSpace space = ProductSpace.of(catalog, product);
            Configuration c = RandomConfigurations.of(space, random);
            Locale locale = random.nextBoolean() ? Locale.ENGLISH : Locale.GERMAN;
            PreviewModel expected = reference.build(c, locale);
            assertThat(fast.build(c, locale)).as("%s %s", product.id(), c.values()).isEqualTo(expected);
            assertThat(fast.build(c, locale)).as("again: %s %s", product.id(), c.values()).isEqualTo(expected);
        }
    }
}
