// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.preview.TestProducts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PreviewModelBuilderTest {

    final Catalog catalog = TestProducts.catalog();
    final ProductSpace wardrobe = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
    final ProductSpace shirt = ProductSpace.of(catalog, catalog.product("shirt").orElseThrow());
    final PreviewModelBuilder builder = new PreviewModelBuilder();

    PreviewModel twoSections(String door) {
        return builder.build(TestProducts.wardrobe(wardrobe, "white", door, new int[]{100, 75}, "shelf", "drawer"),
                Locale.ENGLISH);
    }

    @Test
    void keepsABoundedNumberOfCompiledProductsAndRebuildsAForgottenOneAlike() {
        PreviewModel first = twoSections("hinged");
        // Each catalog version the kiosk loads is a new product space.
        for (int i = 0; i < PreviewModelBuilder.MAX_SPACES + 4; i++) {
            ProductSpace version = ProductSpace.of(catalog, catalog.product("wardrobe").orElseThrow());
            builder.build(TestProducts.wardrobe(version, "white", "hinged", new int[]{100, 75}, "shelf", "drawer"),
                    Locale.ENGLISH);
            assertThat(builder.compiledSpaces()).isLessThanOrEqualTo(PreviewModelBuilder.MAX_SPACES);
        }
        assertThat(twoSections("hinged").parts()).isEqualTo(first.parts());
    }

    @Test
    void sizesPartsFromParametersInMillimetres() {
        PreviewModel m = twoSections("hinged");
        PreviewPart plinth = m.part("#plinth").orElseThrow();
        assertThat(plinth.size()).isEqualTo(new Vec3(1769, 80, 540));
        assertThat(plinth.position()).isEqualTo(Vec3.ZERO);
        PreviewPart side = m.part("section[1]#side-left").orElseThrow();
        assertThat(side.size()).isEqualTo(new Vec3(19, 2280, 580));
        assertThat(side.shape()).isEqualTo(GeometryBinding.Shape.BOX);
        assertThat(side.role()).isEqualTo("panel");
    }

    @Test
    void composesPlacementsOfNestedInstances() {
        PreviewModel m = twoSections("hinged");
        // section 2 starts after section 1 (100 cm); its insert 2 sits at 100 + 2 * 300 mm
        assertThat(m.part("section[2]#side-left").orElseThrow().position()).isEqualTo(new Vec3(1000, 80, 0));
        assertThat(m.part("section[2].insert[1]#shelf").orElseThrow().position())
                .isEqualTo(new Vec3(1019, 400, 10));
        PreviewPart drawer = m.part("section[2].insert[2]#drawer-front").orElseThrow();
        assertThat(drawer.position()).isEqualTo(new Vec3(1022, 695, 540));
        assertThat(drawer.size().x()).isEqualTo(750 - 19 - 6);
    }

    @Test
    void computesOverallBoundsIncludingHardware() {
        PreviewModel m = twoSections("hinged");
        assertThat(m.bounds().min()).isEqualTo(Vec3.ZERO);
        assertThat(m.bounds().width()).isEqualTo(1769);
        assertThat(m.bounds().height()).isEqualTo(2360);
        // handles stand 25 mm in front of the doors and are 14 mm thick
        assertThat(m.bounds().depth()).isEqualTo(580 + 25 + 14);
        assertThat(m.bounds()).isEqualTo(PreviewModel.boundsOf(m.parts()));
    }

    @Test
    void keepsOnlyPresentInstancesAndPartsWhoseConditionHolds() {
        PreviewModel hinged = twoSections("hinged");
        assertThat(hinged.partsWithRole("door")).extracting(PreviewPart::key)
                .containsExactly("section[1]#door", "section[2]#door");
        assertThat(hinged.part("section[3]#side-left")).isEmpty();
        assertThat(hinged.part("section[1]#side-right")).isEmpty();
        assertThat(hinged.part("section[2]#side-right")).isPresent();
        assertThat(hinged.part("section[1].insert[1]#shelf")).isPresent();
        assertThat(hinged.part("section[1].insert[1]#drawer")).isEmpty();
        assertThat(hinged.part("section[1].insert[3]#shelf")).isEmpty();

        PreviewModel sliding = twoSections("sliding");
        assertThat(sliding.partsWithRole("door")).extracting(PreviewPart::bindingId).containsOnly("glass");
        assertThat(sliding.partsWithRole("handle")).extracting(PreviewPart::instancePath)
                .containsOnly("section[2].insert[2]", "section[1].insert[2]");
        assertThat(sliding.part("section[1]#glass").orElseThrow().material().transparent()).isTrue();

        PreviewModel none = twoSections("none");
        assertThat(none.partsWithRole("door")).isEmpty();
        // drawer knobs stand 3 mm proud of the carcass
        assertThat(none.bounds().depth()).isEqualTo(583);
    }

    @Test
    void resolvesMaterialsDirectlyOrThroughTheChosenOption() {
        PreviewModel oak = builder.build(TestProducts.wardrobe(wardrobe, "oak", "hinged", new int[]{50}, "rail"),
                Locale.GERMAN);
        PreviewPart door = oak.part("section[1]#door").orElseThrow();
        assertThat(door.material().id()).isEqualTo("oak");
        assertThat(door.material().label()).isEqualTo("Weißeiche");
        assertThat(door.material().texture()).isEqualTo("textures/oak.png");
        assertThat(door.material().tileMm()).isEqualTo(600);
        assertThat(oak.part("section[1]#handle").orElseThrow().material().id()).isEqualTo("steel");
    }

    @Test
    void rotatedPartsTakeTheirRotatedSpace() {
        PreviewModel m = builder.build(TestProducts.wardrobe(wardrobe, "white", "none", new int[]{100}, "rail"),
                Locale.ENGLISH);
        PreviewPart rail = m.part("section[1].insert[1]#rail").orElseThrow();
        assertThat(rail.rotation()).isEqualTo(new Vec3(0, 0, 90));
        Bounds b = rail.bounds();
        // a 25 × 981 × 25 cylinder turned to lie along x
        assertThat(b.width()).isCloseTo(981, within(1e-6));
        assertThat(b.height()).isCloseTo(25, within(1e-6));
        assertThat(b.depth()).isCloseTo(25, within(1e-6));
        assertThat(b.center()).isEqualTo(rail.center());
    }

    @Test
    void differentConfigurationsGiveDifferentModelsAndEqualOnesEqualModels() {
        Configuration a = TestProducts.wardrobe(wardrobe, "white", "hinged", new int[]{100, 75}, "shelf");
        Configuration b = TestProducts.wardrobe(wardrobe, "white", "hinged", new int[]{100, 100}, "shelf");
        PreviewModel ma = builder.build(a, Locale.ENGLISH);
        assertThat(builder.build(a, Locale.ENGLISH)).isEqualTo(ma);
        PreviewModel mb = builder.build(b, Locale.ENGLISH);
        assertThat(mb.bounds().width()).isEqualTo(2019);
        // section 1 is unchanged, section 2 is wider
        assertThat(mb.part("section[1]#door")).isEqualTo(ma.part("section[1]#door"));
        assertThat(mb.part("section[2]#door")).isNotEqualTo(ma.part("section[2]#door"));
    }

    @Test
    void largestWardrobeHasAPartForEveryInsert() {
        PreviewModel m = builder.build(TestProducts.wardrobe(wardrobe, "oak", "hinged",
                new int[]{100, 100, 100, 100}, "shelf", "drawer", "rail", "shelf", "drawer", "shelf"), Locale.ENGLISH);
        assertThat(m.parts()).hasSizeGreaterThan(4 * 6);
        assertThat(m.partsOf("section[4]")).isNotEmpty();
        assertThat(m.partsWithRole("drawer")).hasSize(8);
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void describesTheProductForScreenReadersInEnglishAndGerman() {
        Configuration c = TestProducts.wardrobe(wardrobe, "oak", "sliding", new int[]{100, 100}, "shelf", "drawer");
        assertThat(builder.build(c, Locale.ENGLISH).description()).isEqualTo(
                "Wardrobe, 201.9 × 236 × 60.8 cm, White oak, a plinth, a top, 2 doors in Glass, 2 shelves, "
                        + "2 drawers, 2 fronts, 2 handles in Brushed steel");
        assertThat(builder.build(c, Locale.GERMAN).description()).startsWith(
                "Kleiderschrank, 201,9 × 236 × 60,8 cm, Weißeiche, ein Sockel, eine Abdeckplatte, 2 Türen in Glas");
    }

    @Test
    void showsTheMonogramOnlyWhenThereIsOne() {
        PreviewModel without = builder.build(TestProducts.shirt(shirt, "oxford-blue", 100, null), Locale.ENGLISH);
        assertThat(without.part("#monogram")).isEmpty();
        PreviewModel with = builder.build(TestProducts.shirt(shirt, "oxford-blue", 100, "ABC"), Locale.ENGLISH);
        PreviewPart mono = with.part("#monogram").orElseThrow();
        assertThat(mono.text()).isEqualTo("ABC");
        assertThat(mono.shape()).isEqualTo(GeometryBinding.Shape.TEXT);
        assertThat(with.description()).isEqualTo("Shirt, Blue Oxford, a body, sleeves, a collar, monogram “ABC”");
    }

    @Test
    void scalesClothingByMeasurements() {
        PreviewModel small = builder.build(TestProducts.shirt(shirt, "poplin-white", 90, null), Locale.ENGLISH);
        PreviewModel large = builder.build(TestProducts.shirt(shirt, "poplin-white", 120, null), Locale.ENGLISH);
        PreviewPart s = small.part("#torso").orElseThrow();
        PreviewPart l = large.part("#torso").orElseThrow();
        assertThat(l.size().x() / s.size().x()).isCloseTo(120.0 / 90, within(1e-9));
        assertThat(l.asset()).isEqualTo("meshes/shirt/torso.obj");
        assertThat(l.material().id()).isEqualTo("poplin-white");
    }

    @Test
    void leavesOutPartsItCannotEvaluateAndSaysWhy() {
        LocalizedText l = LocalizedText.en("x");
        Component root = new Component("thing", l, 1, 1, List.of(), List.of(), List.of(), List.of(), List.of(
                new GeometryBinding("ok", GeometryBinding.Shape.BOX, null, null, List.of("10", "20", "30"),
                        List.of("0", "0", "0"), List.of(), null, null, "panel", null, null),
                new GeometryBinding("bad", GeometryBinding.Shape.BOX, null, null, List.of("10", "nosuch", "30"),
                        List.of("0", "0", "0"), List.of(), null, null, "panel", null, null),
                new GeometryBinding("syntax", GeometryBinding.Shape.BOX, null, null, List.of("10", "(", "30"),
                        List.of("0", "0", "0"), List.of(), null, null, "panel", null, null)),
                List.of(), List.of());
        Product p = new Product("thing", ProductKind.FURNITURE, l, null, null, "mm", root, List.of(), List.of(),
                List.of(), List.of());
        ProductSpace space = ProductSpace.of(null, p);
        PreviewModel m = builder.build(new Configuration(space, Map.of(), Set.of()), Locale.ENGLISH);
        assertThat(m.parts()).extracting(PreviewPart::bindingId).containsExactly("ok");
        assertThat(m.parts().get(0).material()).isEqualTo(PreviewMaterial.NEUTRAL);
        assertThat(m.problems()).hasSize(2).anySatisfy(s -> assertThat(s).contains("bad", "nosuch"));
        assertThat(m.description()).startsWith("x, 10 × 20 × 30 mm");
    }
}
