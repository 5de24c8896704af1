// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.design;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.fixtures.SampleProducts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DesignFileTest {

    final Catalog catalog = SampleProducts.catalog();

    @Test
    void writesAndReadsBackADesign(@TempDir Path dir) throws Exception {
        Configuration c = SampleProducts.configure(SampleProducts.shirtSpace(), Map.of("chest", "104",
                "fabric", "twill", "monogram.count", "1"), Map.of("monogram[1].initials", "JS"));
        DesignFile design = DesignFile.of(c);
        Path file = dir.resolve("d.json");
        design.write(file);

        assertThat(Files.readString(file)).startsWith("{\n  \"catalog\" : \"samples\",\n  \"catalogVersion\" : \"1.0.0\"")
                .contains("\"selections\" : {").contains("\"monogram[1].initials\" : \"JS\"").endsWith("}\n");
        DesignFile back = DesignFile.read(file);
        assertThat(back).isEqualTo(design);
        assertThat(back.madeWith(catalog)).isTrue();
        Configuration partial = back.toConfiguration(catalog);
        assertThat(partial.selections()).isEqualTo(c.selections());
        assertThat(partial.texts()).containsEntry("monogram[1].initials", "JS");
    }

    @Test
    void acceptsNumbersAndBooleansForChoices() {
        DesignFile d = DesignFile.parse("d.json", "{\"catalog\":\"samples\",\"catalogVersion\":\"2.0.0\","
                + "\"product\":\"wardrobe\",\"selections\":{\"height\":2100,\"extras.light\":true,"
                + "\"section.count\":\"2\"}}");

        assertThat(d.selections()).containsExactly(Map.entry("height", "2100"), Map.entry("extras.light", "yes"),
                Map.entry("section.count", "2"));
        assertThat(d.texts()).isEmpty();
        assertThat(d.madeWith(catalog)).isFalse();
        assertThat(d.toConfiguration(catalog).value("height")).contains("2100");
    }

    @Test
    void errorsNameTheFileThePlaceOrTheField() {
        assertThatThrownBy(() -> DesignFile.parse("d.json", "{\"catalog\": \"samples\",\n \"product\": }"))
                .isInstanceOf(DesignFileException.class).hasMessageStartingWith("d.json:2:13: not valid JSON");
        assertThatThrownBy(() -> DesignFile.parse("d.json", "[]"))
                .hasMessage("d.json: expected a design object {\"catalog\": …}, found an array");
        assertThatThrownBy(() -> DesignFile.parse("d.json", "{\"catalog\":\"samples\",\"product\":\"shirt\","
                + "\"selections\":{}}"))
                .hasMessage("d.json: missing field 'catalogVersion'");
        assertThatThrownBy(() -> DesignFile.parse("d.json", "{\"catalog\":\"samples\",\"catalogVersion\":\"1\","
                + "\"product\":\"shirt\",\"selection\":{}}"))
                .hasMessageContaining("unknown field 'selection'");
        assertThatThrownBy(() -> DesignFile.parse("d.json", "{\"catalog\":\"samples\",\"catalogVersion\":\"1\","
                + "\"product\":\"shirt\",\"selections\":{\"chest\":[104]}}"))
                .hasMessage("d.json: selections.chest must be a string, number or true/false, found an array");
        assertThatThrownBy(() -> DesignFile.parse("d.json", "{\"catalog\":\"Samples\",\"catalogVersion\":\"1\","
                + "\"product\":\"shirt\",\"selections\":{}}"))
                .hasMessageContaining("field 'catalog': 'Samples' is not an id");
        assertThatThrownBy(() -> DesignFile.read(Path.of("no/such/design.json")))
                .hasMessage("no/such/design.json: no such file");
    }

    @Test
    void choicesTheCatalogDoesNotHaveAreNamed() {
        DesignFile unknownVar = new DesignFile("samples", "1.0.0", "shirt", Map.of("colour", "red"), Map.of());
        assertThatThrownBy(() -> unknownVar.toConfiguration(catalog))
                .hasMessage("selections.colour: product shirt has no such choice");
        DesignFile badValue = new DesignFile("samples", "1.0.0", "shirt", Map.of("chest", "79"), Map.of());
        assertThatThrownBy(() -> badValue.toConfiguration(catalog))
                .hasMessage("selections.chest: '79' is not one of its values (80, 81, 82, 83, 84, …, 138, 139, 140)");
        DesignFile badText = new DesignFile("samples", "1.0.0", "shirt", Map.of(),
                Map.of("monogram[1].initials", "abcd"));
        assertThatThrownBy(() -> badText.toConfiguration(catalog))
                .hasMessage("texts.monogram[1].initials: 'abcd' does not match [A-Z]{1,3} (at most 3 characters)");
        DesignFile otherCatalog = new DesignFile("wardrobes", "1.0.0", "wardrobe", Map.of(), Map.of());
        assertThatThrownBy(() -> otherCatalog.toConfiguration(catalog))
                .hasMessage("catalog: the design is for catalog 'wardrobes', not 'samples'");
        DesignFile noProduct = new DesignFile("samples", "1.0.0", "sofa", Map.of(), Map.of());
        assertThatThrownBy(() -> noProduct.toConfiguration(catalog))
                .hasMessage("product: catalog samples has no product 'sofa'");
    }
}
