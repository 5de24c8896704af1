// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.bom;

import dev.atelier.domain.catalog.BomLine;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.fixtures.SampleProducts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BomTest {

    final BomCalculator calculator = new BomCalculator();
    final ProductSpace wardrobe = SampleProducts.wardrobeSpace();

    @Test
    void cutListOfTheDefaultWardrobeAggregatesIdenticalPanels() {
        Bom bom = calculator.bom(SampleProducts.configure(wardrobe, Map.of()));

        // height 2000, depth 600, one section 600 wide with a hinged door, white
        assertThat(bom.panels()).extracting(Panel::name, p -> p.length().toPlainString(),
                        p -> p.width().toPlainString(), p -> p.thickness().toPlainString(), Panel::material,
                        Panel::edgesLong, Panel::edgesShort, Panel::count)
                .containsExactly(
                        tuple("top, bottom", "638", "600", "19", "white", 1, 0, 2),
                        tuple("side-right, side", "1962", "600", "19", "white", 1, 0, 2),
                        tuple("back", "2000", "638", "8", "hdf", 0, 0, 1),
                        tuple("door-leaf", "1996", "596", "19", "white", 2, 2, 1));
        assertThat(bom.panels().get(1).sources()).containsExactly("/side-right", "section[1]/side");
        assertThat(bom.panels().get(0).materialLabel().get("de")).isEqualTo("Weiß");
        // 2 × 638 + 2 × 1962 + 2 × (1996 + 596) = 10384 mm
        assertThat(bom.edgeBandingM()).isEqualByComparingTo("10.384");
        assertThat(bom.items()).extracting(BomItem::id, i -> i.quantity().toPlainString(), BomItem::unit,
                        BomItem::material)
                .containsExactly(tuple("handle", "1", "pcs", "steel"), tuple("hinges", "4", "pcs", "steel"));
        assertThat(bom.isComplete()).isTrue();
    }

    @Test
    void largestWardrobeCountsHingesRunnersAndShelvesOverAllInstances() {
        Bom bom = calculator.bom(SampleProducts.largestWardrobe(wardrobe));

        // 4 sections × 1000 mm, height 2400, oak; inserts shelf, shelf, drawer ×3, rail in each
        assertThat(bom.panels()).extracting(Panel::name, p -> p.length().toPlainString(),
                        p -> p.width().toPlainString(), p -> p.thickness().toPlainString(), Panel::material,
                        Panel::edgesLong, Panel::edgesShort, Panel::count)
                .containsExactly(
                        tuple("top, bottom", "4038", "600", "19", "oak", 1, 0, 2),
                        tuple("side-right, side", "2362", "600", "19", "oak", 1, 0, 5),
                        tuple("back", "4038", "2400", "8", "hdf", 0, 0, 1),
                        tuple("door-leaf", "2396", "996", "19", "oak", 2, 2, 4),
                        tuple("shelf", "998", "580", "19", "oak", 1, 0, 8),
                        tuple("drawer-front", "996", "180", "19", "oak", 2, 2, 12));
        assertThat(bom.panelCount()).isEqualTo(32);
        // height > 2200 → 5 hinges per door, 4 doors
        assertThat(bom.items()).extracting(BomItem::id, i -> i.quantity().toPlainString(), BomItem::unit)
                .containsExactly(tuple("led", "4", "m"), tuple("handle", "4", "pcs"), tuple("hinges", "20", "pcs"),
                        tuple("runners", "12", "pcs"), tuple("rail", "4", "pcs"));
        assertThat(bom.items(BomLine.Kind.HARDWARE)).hasSize(5);
        assertThat(bom.measurements()).extracting(Measurement::variableId).containsExactly("height", "depth",
                "section[1].width", "section[2].width", "section[3].width", "section[4].width");
    }

    @Test
    void shirtHasFabricConsumptionTrimMeasurementsAndMonogram() {
        ProductSpace shirt = SampleProducts.shirtSpace();
        Configuration c = SampleProducts.configure(shirt, Map.of("chest", "104", "length", "82", "sleeve", "65.5",
                "fabric", "twill", "cuff", "french", "monogram.count", "1"), Map.of("monogram[1].initials", "JS"));

        Bom bom = calculator.bom(c);

        // fabric-area = round((104 × 82 × 2.2 + 65.5 × 60) / 10000, 2) = round(2.26916, 2) = 2.27
        assertThat(bom.items(BomLine.Kind.FABRIC)).singleElement().satisfies(f -> {
            assertThat(f.quantity()).isEqualByComparingTo("2.27");
            assertThat(f.unit()).isEqualTo("m2");
            assertThat(f.material()).isEqualTo("twill");
            assertThat(f.materialLabel().get("de")).isEqualTo("Köper");
        });
        assertThat(bom.items(BomLine.Kind.TRIM)).extracting(BomItem::id, i -> i.quantity().toPlainString())
                .containsExactly(tuple("buttons", "8"), tuple("thread", "1"));
        assertThat(bom.panels()).isEmpty();
        assertThat(bom.measurements()).extracting(Measurement::variableId, m -> m.value().toPlainString(),
                        Measurement::unit)
                .containsExactly(tuple("neck", "40", "cm"), tuple("chest", "104", "cm"), tuple("sleeve", "65.5", "cm"),
                        tuple("length", "82", "cm"));
        assertThat(bom.texts()).extracting(TextEntry::id, TextEntry::text)
                .containsExactly(tuple("monogram[1].initials", "JS"));
    }

    @Test
    void partsOfUndecidedChoicesAreListedNotGuessed() {
        Configuration c = new Configuration(wardrobe, Map.of("height", "2000", "depth", "600", "section.count", "2",
                "section[1].width", "500", "section[1].door", "none"), Set.of());

        Bom bom = calculator.bom(c);

        assertThat(bom.undecided()).contains("/top", "section[1]/side", "section[2]/side",
                "section[1].insert[1]/*");
        assertThat(bom.isComplete()).isFalse();
    }

    /** One panel of size {@code size} with {@code edges}, in a product with nothing else. */
    static Bom single(List<String> size, String edges) {
        GeometryBinding g = new GeometryBinding("p", GeometryBinding.Shape.BOX, null, null, size,
                List.of("0", "0", "0"), List.of(), null, null, "p", GeometryBinding.PartKind.PANEL, edges);
        Parameter n = new Parameter("n", LocalizedText.en("n"), "mm", BigDecimal.ONE, new BigDecimal(1000),
                BigDecimal.ONE, new BigDecimal(500));
        Component root = new Component("x", LocalizedText.en("x"), 1, 1, List.of(), List.of(n), List.of(), List.of(),
                List.of(g), List.of(), List.of());
        Product p = new Product("x", ProductKind.FURNITURE, LocalizedText.en("x"), null, null, "mm", root, List.of(),
                List.of(), List.of(), List.of());
        ProductSpace space = ProductSpace.of(null, p);
        return Bom.of(SampleProducts.configure(space, Map.of()));
    }

    @Test
    void edgeDirectionsMapToLongAndShortEdgesOfThePanel() {
        // a shelf: thickness along y; front and back run along x (its length), left and right along z
        assertThat(single(List.of("800", "19", "400"), "front").panels().get(0).edgesLong()).isEqualTo(1);
        Panel shelf = single(List.of("800", "19", "400"), "front, back left").panels().get(0);
        assertThat(List.of(shelf.edgesLong(), shelf.edgesShort())).containsExactly(2, 1);
        // a side: thickness along x; its front edge runs up the height, its top edge along the depth
        Panel side = single(List.of("19", "2000", "580"), "front top").panels().get(0);
        assertThat(List.of(side.edgesLong(), side.edgesShort())).containsExactly(1, 1);
        assertThat(side.length()).isEqualByComparingTo("2000");
        Panel longs = single(List.of("n * 1.00049", "19", "300"), "long").panels().get(0);
        assertThat(longs.length().toPlainString()).isEqualTo("500.2");
        assertThat(List.of(longs.edgesLong(), longs.edgesShort())).containsExactly(2, 0);
        assertThat(longs.edgeBandingM()).isEqualByComparingTo("1.0004");
    }

    @Test
    void faceAsEdgeAndUnknownEdgesAreCatalogErrors() {
        assertThatThrownBy(() -> single(List.of("600", "2000", "8"), "front"))
                .isInstanceOf(BomException.class)
                .hasMessage("geometry p at the product: edge 'front' of panel p is a face (the panel's thickness"
                        + " runs that way), not an edge");
        assertThatThrownBy(() -> single(List.of("600", "2000", "8"), "fronts"))
                .isInstanceOf(BomException.class)
                .hasMessageContaining("unknown edge 'fronts'");
        assertThatThrownBy(() -> single(List.of("n - 500", "19", "300"), "none"))
                .hasMessageContaining("a panel needs a positive size");
    }
}
