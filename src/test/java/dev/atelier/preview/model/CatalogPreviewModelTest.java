// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.Configs;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogPreviewModelTest {

    final PreviewModelBuilder builder = new PreviewModelBuilder();

    @Test
    void wardrobeFromTheCatalogHasItsPartsWithoutProblems() {
        Catalog c = Configs.read("wardrobes.json");
        ProductSpace space = ProductSpace.of(c, c.product("wardrobe").orElseThrow());
        PreviewModel m = builder.build(Configs.of(space, Map.of("section.count", "2")), Locale.ENGLISH);
        assertThat(m.problems()).isEmpty();
        assertThat(m.bounds().width()).isEqualTo(2000);
    }

    @Test
    void shirtFromTheCatalogHasItsPartsWithoutProblems() {
        Catalog c = Configs.read("shirts.json");
        ProductSpace space = ProductSpace.of(c, c.product("shirt").orElseThrow());
        PreviewModel m = builder.build(Configs.of(space, Map.of("monogram", "chest", "placket", "standard"))
                .withText("initials", "ABC"), Locale.ENGLISH);
        assertThat(m.problems()).isEmpty();
        assertThat(m.part("#monogram-chest")).isPresent();
    }
}
