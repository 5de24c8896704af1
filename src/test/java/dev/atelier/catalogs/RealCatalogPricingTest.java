// SPDX-License-Identifier: Apache-2.0
package dev.atelier.catalogs;

import dev.atelier.domain.bom.Bom;
import dev.atelier.domain.bom.BomCalculator;
import dev.atelier.domain.bom.BomItem;
import dev.atelier.domain.bom.Panel;
import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.pricing.Money;
import dev.atelier.domain.pricing.PriceBreakdown;
import dev.atelier.domain.pricing.PriceLine;
import dev.atelier.domain.pricing.Pricer;
import dev.atelier.fixtures.RuleCheck;
import dev.atelier.fixtures.SampleProducts;
import dev.atelier.io.catalog.JsonCatalogReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Prices and bills of materials of the shipped catalogs, against values computed by hand. */
class RealCatalogPricingTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    final Pricer pricer = new Pricer();
    final BomCalculator bom = new BomCalculator();

    static Catalog read(String name) {
        return new JsonCatalogReader().read(Path.of("catalogs", name)).orThrow();
    }

    static Map<String, String> values(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, String> lines(PriceBreakdown b) {
        Map<String, String> m = new LinkedHashMap<>();
        for (PriceLine l : b.lines()) {
            m.put(l.ruleId() + (l.perInstance() ? "@" + l.instancePath() : ""), l.amount().amount().toPlainString());
        }
        return m;
    }

    /**
     * Three frames (100, 75, 100 cm), 236 × 58 cm, oak veneer (tier 2), bar handles, plinth, lighting and
     * soft-close; a pair of doors, a left door, a pair; fittings rail/shelf/drawer/drawer, shelf/shelf/basket,
     * rail/shelf. (Two rails, not three: the catalog's rule double-hanging-tall-only counts rails over all frames.)
     */
    static Configuration wardrobe(Catalog c) {
        ProductSpace space = ProductSpace.of(c, c.product("wardrobe").orElseThrow());
        return SampleProducts.configure(space, values(
                "door-system", "hinged", "door-style", "plain", "finish", "oak-veneer", "handle", "bar",
                "plinth", "plinth", "extras.lighting", "yes", "extras.soft-close", "yes", "extras.push-open", "no",
                "height", "236", "depth", "58", "wall-width", "300", "ceiling", "250", "section.count", "3",
                "section[1].width", "100", "section[1].door", "pair", "section[1].insert.count", "4",
                "section[1].insert[1].type", "rail", "section[1].insert[2].type", "shelf",
                "section[1].insert[3].type", "drawer", "section[1].insert[4].type", "drawer",
                "section[2].width", "75", "section[2].door", "left", "section[2].insert.count", "3",
                "section[2].insert[1].type", "shelf", "section[2].insert[2].type", "shelf",
                "section[2].insert[3].type", "basket",
                "section[3].width", "100", "section[3].door", "pair", "section[3].insert.count", "2",
                "section[3].insert[1].type", "rail", "section[3].insert[2].type", "shelf"));
    }

    @Test
    void pricesARealWardrobe() {
        Catalog c = read("wardrobes.json");
        Configuration config = wardrobe(c);
        assertThat(RuleCheck.violations(config)).isEmpty();

        PriceBreakdown b = pricer.price(config, c.priceList("eur-de").orElseThrow(), DAY);

        // frame: round((38 + w × 0.95) × 1.15 × 1.2): 100 → 183.54 → 184, 75 → 150.765 → 151
        // hinged doors: round(45 €/m² × w × 236 / 10000): 100 → 106.2 → 106, 75 → 79.65 → 80
        // fittings: round(price × w / 75): rail 8 → 11, shelf 12 → 16 (at 75: 12), drawer 45 → 60, basket 22
        // handles 12 per door; lighting 39 per frame + driver 29; soft-close (1 + 2 × 2) × 9; plinth 275 × 0.35 + 15
        assertThat(lines(b)).containsExactly(
                Map.entry("frame@section[1]", "184.00"), Map.entry("frame@section[2]", "151.00"),
                Map.entry("frame@section[3]", "184.00"),
                Map.entry("hinged-doors@section[1]", "106.00"), Map.entry("hinged-doors@section[2]", "80.00"),
                Map.entry("hinged-doors@section[3]", "106.00"),
                Map.entry("fittings@section[1].insert[1]", "11.00"),
                Map.entry("fittings@section[1].insert[2]", "16.00"),
                Map.entry("fittings@section[1].insert[3]", "60.00"),
                Map.entry("fittings@section[1].insert[4]", "60.00"),
                Map.entry("fittings@section[2].insert[1]", "12.00"),
                Map.entry("fittings@section[2].insert[2]", "12.00"),
                Map.entry("fittings@section[2].insert[3]", "22.00"),
                Map.entry("fittings@section[3].insert[1]", "11.00"),
                Map.entry("fittings@section[3].insert[2]", "16.00"),
                Map.entry("handles@section[1]", "24.00"), Map.entry("handles@section[2]", "12.00"),
                Map.entry("handles@section[3]", "24.00"),
                Map.entry("lighting@section[1]", "39.00"), Map.entry("lighting@section[2]", "39.00"),
                Map.entry("lighting@section[3]", "39.00"),
                Map.entry("lighting-driver", "29.00"), Map.entry("soft-close", "45.00"),
                Map.entry("plinth", "111.00"),
                Map.entry("finish-tier-2", "167.16")); // 12 % of 1393
        assertThat(b.gross()).isEqualTo(Money.of("1560.16", "EUR"));
        assertThat(b.net()).isEqualTo(Money.of("1311.06", "EUR")); // 1560.16 / 1.19 = 1311.0588
        assertThat(b.tax()).isEqualTo(Money.of("249.10", "EUR"));
        assertThat(b.isComplete()).isTrue();
    }

    @Test
    void billOfMaterialsOfARealWardrobe() {
        Catalog c = read("wardrobes.json");

        Bom b = bom.bom(wardrobe(c));

        assertThat(b.panels()).extracting(Panel::name, p -> p.length() + "x" + p.width() + "x" + p.thickness(),
                        Panel::material, Panel::edgesLong, Panel::edgesShort, Panel::count)
                .contains(
                        tuple("side-left, side-right", "2360x580x18", "oak-veneer", 1, 0, 6),
                        tuple("top, bottom", "964x580x18", "oak-veneer", 1, 0, 4),
                        tuple("top, bottom", "714x580x18", "oak-veneer", 1, 0, 2),
                        tuple("back", "2324x964x3", "oak-veneer", 0, 0, 2),
                        tuple("door-pair-left, door-pair-right", "2356x497x18", "oak-veneer", 2, 2, 4),
                        tuple("door-single", "2356x746x18", "oak-veneer", 2, 2, 1),
                        tuple("shelf", "960x540x18", "oak-veneer", 1, 0, 2),
                        tuple("shelf", "710x540x18", "oak-veneer", 1, 0, 2),
                        tuple("drawer-front", "956x160x16", "oak-veneer", 2, 2, 2));
        assertThat(b.panelCount()).isEqualTo(6 + 4 + 2 + 3 + 4 + 1 + 4 + 2);
        Map<String, String> items = new LinkedHashMap<>();
        for (BomItem i : b.items()) {
            items.put(i.id() + (i.material() == null ? "" : "/" + i.material()), i.quantity().toPlainString());
        }
        assertThat(items).containsEntry("hinges-soft-close", "15")          // 3 per leaf: 6 + 3 + 6
                .containsEntry("handle/brushed-steel", "5")                  // bars: 2 + 1 + 2
                .containsEntry("rail/chrome", "2").containsEntry("rail-brackets", "4")
                .containsEntry("rail-tube", "1.92")                          // 2 × (100 − 4) / 100 m
                .containsEntry("drawer/white", "2").containsEntry("drawer-runners", "2")
                .containsEntry("basket/wire-grey", "1").containsEntry("basket-runners", "1")
                .containsEntry("shelf-pins", "16")
                .containsEntry("led-tape", "2.51")                           // (92 + 67 + 92) / 100 m
                .containsEntry("lighting/led-warm", "3").containsEntry("led-driver", "1")
                .containsEntry("plinth/oak-veneer", "1").containsEntry("plinth-clips", "8")
                .containsEntry("cam-fittings", "24").containsEntry("dowels", "36")
                .containsEntry("screws", "132")                               // 24 + 2 × 3 × 4, 24 + 12, 24 + 24
                .containsEntry("wall-anchor", "3")
                .doesNotContainKey("hinges");
        assertThat(b.isComplete()).isTrue();
    }

    /**
     * Three navy twill shirts, regular fit, cutaway collar with contrast collar and stays, French cuffs with
     * cufflinks, hidden placket, box pleat, mother-of-pearl buttons, cuff monogram "MK"; neck 40, chest 100,
     * waist 88, sleeve 64.5, length 78.
     */
    static Configuration shirt(Catalog c) {
        ProductSpace space = ProductSpace.of(c, c.product("shirt").orElseThrow());
        return SampleProducts.configure(space, values(
                "fabric", "twill-navy", "fit", "regular", "collar", "cutaway", "sleeve", "long", "cuffs", "french",
                "placket", "hidden", "pocket", "none", "back", "box-pleat", "buttons", "mother-of-pearl",
                "monogram", "cuff", "extras.cufflinks", "yes", "extras.collar-stays", "yes",
                "extras.contrast-collar", "yes", "neck", "40", "chest", "100", "waist", "88",
                "sleeve-length", "64.5", "length", "78", "quantity", "3"), Map.of("initials", "MK"));
    }

    @Test
    void pricesRealShirtsWithTheQuantityBreak() {
        Catalog c = read("shirts.json");
        Configuration config = shirt(c);
        assertThat(RuleCheck.violations(config)).isEmpty();

        PriceBreakdown b = pricer.price(config, c.priceList("eur-de").orElseThrow(), DAY);

        // fabric-area = round(((100 × 1.1 + 8) × 78 × 1.1 + 2 × 64.5 × 45 + 1400) / 10000 × 1.15, 2)
        //             = round(1.99288, 2) = 1.99 m²; fabric per shirt = round(1.99 × 22, 2) = 43.78
        // 3 shirts reach the break "from 3: 10 % off" on every rule that has it
        assertThat(lines(b)).containsExactly(
                Map.entry("making", "159.30"),          // 59 × 3 × 0.9
                Map.entry("fabric", "118.21"),          // 43.78 × 3 × 0.9 = 118.206
                Map.entry("cuffs", "24.30"),            // 9 × 3 × 0.9
                Map.entry("placket", "18.90"),
                Map.entry("back", "13.50"),
                Map.entry("buttons", "37.80"),
                Map.entry("monogram", "25.65"),
                Map.entry("contrast-collar", "32.40"),
                Map.entry("collar-stays", "24.00"),     // no break
                Map.entry("cufflinks", "87.00"));
        assertThat(b.lines().get(1).unitAmount()).isEqualTo(Money.of("43.78", "EUR"));
        assertThat(b.gross()).isEqualTo(Money.of("541.06", "EUR"));
        assertThat(b.net()).isEqualTo(Money.of("454.67", "EUR"));
        assertThat(b.tax()).isEqualTo(Money.of("86.39", "EUR"));
    }

    @Test
    void billOfMaterialsOfRealShirts() {
        Catalog c = read("shirts.json");

        Bom b = bom.bom(shirt(c));

        Map<String, String> items = new LinkedHashMap<>();
        for (BomItem i : b.items()) {
            items.put(i.kind() + ":" + i.id() + (i.material() == null ? "" : "/" + i.material()),
                    i.quantity().toPlainString() + " " + i.unit());
        }
        assertThat(items).containsExactly(
                Map.entry("FABRIC:shirting/twill-navy", "5.97 m2"),            // 1.99 × 3
                Map.entry("FABRIC:contrast-shirting/poplin-white", "0.45 m2"),
                Map.entry("TRIM:interlining", "0.66 m2"),
                Map.entry("TRIM:buttons/mother-of-pearl", "30 pcs"),          // (7 + 0 + 0 + 2 + 1) × 3
                Map.entry("TRIM:collar-stays", "3 pcs"),
                Map.entry("TRIM:cufflinks", "3 pcs"),
                Map.entry("TRIM:embroidery/embroidery-navy", "3 pcs"));
        assertThat(b.panels()).isEmpty();
        assertThat(b.measurements()).extracting(m -> m.variableId() + "=" + m.value().toPlainString() + m.unit())
                .containsExactly("neck=40cm", "chest=100cm", "waist=88cm", "sleeve-length=64.5cm", "length=78cm",
                        "quantity=3pcs");
        assertThat(b.texts()).extracting(t -> t.id() + "=" + t.text()).containsExactly("initials=MK");
    }

    @Test
    void everyPriceRuleOfTheShippedCatalogsCompiles() {
        for (String file : List.of("wardrobes.json", "shirts.json")) {
            Catalog c = read(file);
            c.products().forEach(p -> pricer.check(ProductSpace.of(c, p)));
        }
    }
}
