// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.PriceList;
import dev.atelier.domain.catalog.PriceRule;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.Step;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.engine.BruteForceRuleEngine;
import dev.atelier.domain.rules.model.FdModel;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small hand-built products for kiosk tests: a wardrobe with one or two sections and a shirt, with rules,
 * prices, steps and materials, in English and German. Sessions run on {@link BruteForceRuleEngine}.
 */
final class KioskFixtures {

    private KioskFixtures() {
    }

    static LocalizedText t(String en, String de) {
        return LocalizedText.of(en, de);
    }

    static Option option(String id, String en, String de, String material) {
        return new Option(id, t(en, de), null, material, null, Map.of());
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    static Catalog catalog(String version) {
        List<Material> materials = List.of(
                new Material("white", t("White", "Weiß"), "#F2F1EC", null, 0, Material.Surface.SATIN, 1, 1),
                new Material("oak", t("Oak", "Eiche"), "#C8A27A", null, 0, Material.Surface.SATIN, 1, 2),
                new Material("walnut", t("Walnut", "Nussbaum"), "#5B3F2E", null, 0, Material.Surface.SATIN, 1, 3),
                new Material("poplin", t("White poplin", "Weißer Popeline"), "#FAFAF7", null, 0,
                        Material.Surface.FABRIC, 1, 1),
                new Material("oxford", t("Blue oxford", "Blaues Oxford"), "#8FA9C9", null, 0, Material.Surface.FABRIC,
                        1, 1),
                new Material("twill", t("Charcoal twill", "Anthrazit Köper"), "#3C3F44", null, 0,
                        Material.Surface.FABRIC, 1, 2));
        PriceList eur = new PriceList("eur", t("Germany", "Deutschland"), "EUR", n("0.19"), true, BigDecimal.ONE,
                n("0.01"), null, null);
        return new Catalog("test-store", version, t("Test store", "Testladen"), materials, List.of(eur),
                List.of(wardrobe(), shirt()));
    }

    static Product wardrobe() {
        Parameter height = new Parameter("height", t("Height", "Höhe"), "cm", n("201"), n("236"), n("35"), n("236"));
        OptionGroup doorSystem = new OptionGroup("door-system", t("Doors", "Türen"), OptionGroup.Kind.ONE, List.of(
                option("hinged", "Hinged doors", "Drehtüren", null),
                option("sliding", "Sliding doors", "Schiebetüren", null)), "hinged");
        OptionGroup finish = new OptionGroup("finish", t("Finish", "Oberfläche"), OptionGroup.Kind.ONE, List.of(
                option("white", "White", "Weiß", "white"),
                option("oak", "Oak", "Eiche", "oak"),
                option("walnut", "Walnut", "Nussbaum", "walnut")), "white");
        OptionGroup extras = new OptionGroup("extras", t("Extras", "Extras"), OptionGroup.Kind.MANY, List.of(
                option("lighting", "Interior lighting", "Innenbeleuchtung", null)), null);
        Parameter width = new Parameter("width", t("Width", "Breite"), "cm", n("50"), n("100"), n("25"), n("100"));
        OptionGroup door = new OptionGroup("door", t("Door", "Tür"), OptionGroup.Kind.ONE, List.of(
                option("single", "Single door", "Einzeltür", null),
                option("pair", "Pair of doors", "Türpaar", null),
                option("none", "No door", "Keine Tür", null)), null);
        Component section = new Component("section", t("Frame", "Korpus"), 1, 2, List.of(door), List.of(width),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Component root = new Component("wardrobe", t("Wardrobe", "Schrank"), 1, 1,
                List.of(doorSystem, finish, extras), List.of(height),
                List.of(new TextField("initials", t("Initials", "Initialen"), 3, "[A-Z]{1,3}")),
                List.of(section), List.of(), List.of(), List.of());
        List<Rule> rules = List.of(
                new Rule("sliding-tall", "door-system = sliding requires height = 236",
                        t("Sliding doors are made for the 236 cm frame only.",
                                "Schiebetüren gibt es nur für den 236-cm-Korpus.")),
                new Rule("sliding-pairs", "door-system = sliding requires section.count = 2",
                        t("Sliding doors come in pairs: choose two frames.",
                                "Schiebetüren gibt es paarweise: Wählen Sie zwei Korpusse.")),
                new Rule("pair-wide", "section.door = pair requires section.width = 100",
                        t("A pair of doors needs a 100 cm frame.", "Ein Türpaar braucht einen 100-cm-Korpus.")),
                new Rule("walnut-tall", "finish = walnut requires height = 236",
                        t("Walnut comes in the 236 cm frame only.", "Nussbaum gibt es nur im 236-cm-Korpus.")));
        List<PriceRule> prices = List.of(
                price("frame", "Frame", "Korpus", "section", null, null, "40 + width * 2", null),
                price("door-single", "Door", "Tür", "section", "door = single", n("60"), null, null),
                price("door-pair", "Pair of doors", "Türpaar", "section", "door = pair", n("110"), null, null),
                price("sliding", "Sliding doors", "Schiebetüren", null, "door-system = sliding", n("250"), null,
                        null),
                price("tall", "Tall frame", "Hoher Korpus", null, "height = 236", n("80"), null, null),
                price("lighting", "Interior lighting", "Innenbeleuchtung", null, "extras.lighting", n("49"), null,
                        null),
                price("oak", "Oak surcharge", "Aufpreis Eiche", null, "finish = oak", null, null, n("10")),
                price("walnut", "Walnut surcharge", "Aufpreis Nussbaum", null, "finish = walnut", null, null,
                        n("20")));
        List<Step> steps = List.of(
                new Step("size", t("Size", "Größe"), List.of("height", "section", "section.width")),
                new Step("doors", t("Doors", "Türen"), List.of("door-system", "section.door")),
                new Step("finish", t("Finish", "Oberfläche"), List.of("finish", "extras", "initials")));
        return new Product("wardrobe", ProductKind.FURNITURE, t("Wardrobe", "Kleiderschrank"),
                t("Frames side by side, your doors, your finish.", "Korpusse nebeneinander, Ihre Türen, Ihre Oberfläche."),
                null, "cm", root, List.of(), rules, prices, steps);
    }

    static Product shirt() {
        Parameter neck = new Parameter("neck", t("Neck", "Halsweite"), "cm", n("38"), n("42"), n("1"), n("40"));
        Parameter chest = new Parameter("chest", t("Chest", "Brustumfang"), "cm", n("96"), n("104"), n("4"),
                n("100"));
        OptionGroup fabric = new OptionGroup("fabric", t("Fabric", "Stoff"), OptionGroup.Kind.ONE, List.of(
                option("poplin", "White poplin", "Weißer Popeline", "poplin"),
                option("oxford", "Blue oxford", "Blaues Oxford", "oxford"),
                option("twill", "Charcoal twill", "Anthrazit Köper", "twill")), "poplin");
        OptionGroup fit = new OptionGroup("fit", t("Fit", "Passform"), OptionGroup.Kind.ONE, List.of(
                option("slim", "Slim", "Schmal", null),
                option("regular", "Regular", "Normal", null),
                option("relaxed", "Relaxed", "Weit", null)), "regular");
        OptionGroup collar = new OptionGroup("collar", t("Collar", "Kragen"), OptionGroup.Kind.ONE, List.of(
                option("kent", "Kent", "Kent", null),
                option("button-down", "Button-down", "Button-down", null)), "kent");
        Component root = new Component("shirt", t("Shirt", "Hemd"), 1, 1, List.of(fabric, fit, collar),
                List.of(neck, chest), List.of(new TextField("initials", t("Monogram", "Monogramm"), 3, "[A-Z]{1,3}")),
                List.of(), List.of(), List.of(), List.of());
        List<Rule> rules = List.of(
                new Rule("slim-chest", "fit = slim requires chest <= 100",
                        t("The slim fit is cut for chests up to 100 cm.", "Die schmale Passform gibt es bis 100 cm Brust.")),
                new Rule("button-down-oxford", "collar = button-down requires fabric = oxford",
                        t("Button-down collars are made in oxford only.", "Button-down-Kragen gibt es nur in Oxford.")));
        List<PriceRule> prices = List.of(
                price("base", "Shirt", "Hemd", null, null, n("79"), null, null),
                price("oxford", "Oxford", "Oxford", null, "fabric = oxford", n("10"), null, null),
                price("twill", "Twill", "Köper", null, "fabric = twill", n("20"), null, null));
        List<Step> steps = List.of(
                new Step("fabric", t("Fabric", "Stoff"), List.of("fabric")),
                new Step("fit", t("Fit & measurements", "Passform & Maße"), List.of("fit", "neck", "chest")),
                new Step("details", t("Details", "Details"), List.of("collar", "initials")));
        return new Product("shirt", ProductKind.CLOTHING, t("Shirt", "Hemd"),
                t("Made to your measurements.", "Nach Ihren Maßen gefertigt."), null, "cm", root, List.of(), rules,
                prices, steps);
    }

    static PriceRule price(String id, String en, String de, String per, String when, BigDecimal amount, String formula,
                           BigDecimal percent) {
        return new PriceRule(id, t(en, de), when, per, amount, formula, percent, null, List.of(), Map.of());
    }

    /** The catalog's real pricer on its first price list. */
    static KioskPricing pricing() {
        return new CatalogPricing(new dev.atelier.domain.pricing.Pricer(), null, java.time.Clock.systemUTC());
    }

    /** A kiosk catalog over {@link #catalog(String)} whose sessions run on brute-force engines. */
    static final class TestCatalog implements KioskCatalog {
        private final Catalog catalog;
        private final Map<String, FdModel> models = new HashMap<>();
        volatile int opened;

        TestCatalog(String version) {
            this.catalog = catalog(version);
        }

        @Override
        public List<KioskProduct> products() {
            return catalog.products().stream().map(p -> new KioskProduct(catalog, ProductSpace.of(catalog, p))).toList();
        }

        @Override
        public synchronized ConfigurationSession open(KioskProduct product) {
            opened++;
            FdModel model = models.computeIfAbsent(product.key(), k -> EnumeratingCompiler.compile(product.space()));
            return new ConfigurationSession(product.space(), new BruteForceRuleEngine(model));
        }

        @Override
        public Optional<String> assetUrl(KioskProduct product, String asset) {
            return Optional.empty();
        }
    }
}
