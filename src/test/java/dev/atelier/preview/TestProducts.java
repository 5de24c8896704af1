// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.GeometryBinding.Shape;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Products built in code for preview tests: a modular wardrobe and a shirt. */
public final class TestProducts {

    private TestProducts() {
    }

    static LocalizedText l(String en, String de) {
        return LocalizedText.of(en, de);
    }

    static GeometryBinding box(String id, String material, String role, String when, String... sizeAndPos) {
        return new GeometryBinding(id, Shape.BOX, null, null, List.of(sizeAndPos[0], sizeAndPos[1], sizeAndPos[2]),
                List.of(sizeAndPos[3], sizeAndPos[4], sizeAndPos[5]), List.of(), material, when, role,
                GeometryBinding.PartKind.PANEL, null);
    }

    static GeometryBinding cylinder(String id, String material, String role, String when, String... sizeAndPos) {
        return new GeometryBinding(id, Shape.CYLINDER, null, null, List.of(sizeAndPos[0], sizeAndPos[1],
                sizeAndPos[2]), List.of(sizeAndPos[3], sizeAndPos[4], sizeAndPos[5]), List.of(), material, when,
                role, GeometryBinding.PartKind.HARDWARE, null);
    }

    static Option option(String id, String en, String material) {
        return new Option(id, l(en, en), null, material, null, Map.of());
    }

    static Parameter parameter(String id, int min, int max, int step, int def) {
        return new Parameter(id, l(id, id), "cm", BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                BigDecimal.valueOf(step), BigDecimal.valueOf(def));
    }

    public static List<Material> materials() {
        return List.of(
                new Material("white", l("White", "Weiß"), "#f1efe9", null, 0, Material.Surface.MATTE, 1, 1),
                new Material("oak", l("White oak", "Weißeiche"), "#c9a46e", "textures/oak.png", 600,
                        Material.Surface.SATIN, 1, 2),
                new Material("graphite", l("Graphite", "Graphit"), "#3d3f42", null, 0, Material.Surface.GLOSS, 1, 2),
                new Material("glass", l("Glass", "Glas"), "#cfe3e6", null, 0, Material.Surface.GLASS, 0.35, 2),
                new Material("steel", l("Brushed steel", "Edelstahl gebürstet"), "#a9adb1", null, 0,
                        Material.Surface.METAL, 1, 1),
                new Material("missing-texture", l("Broken", "Kaputt"), "#808080", "textures/does-not-exist.png", 500,
                        Material.Surface.MATTE, 1, 1),
                new Material("oxford-blue", l("Blue Oxford", "Oxford blau"), "#7d9cc4", null, 0,
                        Material.Surface.FABRIC, 1, 1),
                new Material("poplin-white", l("White poplin", "Popeline weiß"), "#f4f4f0", null, 0,
                        Material.Surface.FABRIC, 1, 1),
                new Material("mannequin", l("Mannequin", "Puppe"), "#e3ddd3", null, 0, Material.Surface.MATTE, 1, 1),
                new Material("thread-navy", l("Navy thread", "Garn marine"), "#1d2a4a", null, 0,
                        Material.Surface.FABRIC, 1, 1));
    }

    /**
     * A wardrobe: 1–4 sections side by side (width 50/75/100 cm), each with 0–6 inserts (shelf, drawer, rail) and
     * no, hinged or sliding glass doors; carcass panels, back, top and plinth in the chosen finish.
     */
    public static Product wardrobe() {
        OptionGroup finish = new OptionGroup("finish", l("Finish", "Oberfläche"), OptionGroup.Kind.ONE, List.of(
                option("white", "White", "white"), option("oak", "White oak", "oak"),
                option("graphite", "Graphite", "graphite"), option("broken", "Broken", "missing-texture")), "white");
        OptionGroup door = new OptionGroup("door", l("Door", "Tür"), OptionGroup.Kind.ONE, List.of(
                option("none", "None", null), option("hinged", "Hinged", null),
                option("sliding", "Sliding glass", null)), "hinged");
        OptionGroup kind = new OptionGroup("kind", l("Insert", "Einsatz"), OptionGroup.Kind.ONE, List.of(
                option("shelf", "Shelf", null), option("drawer", "Drawer", null), option("rail", "Rail", null)),
                "shelf");
        String inner = "width * 10 - 19";
        Component insert = new Component("insert", l("Insert", "Einsatz"), 0, 6, List.of(kind), List.of(), List.of(),
                List.of(), List.of(
                box("shelf", "finish", "shelf", "kind = shelf", inner, "19", "depth * 10 - 40", "19", "0", "10"),
                box("drawer", "finish", "drawer", "kind = drawer", inner + " - 6", "240", "depth * 10 - 60",
                        "22", "0", "20"),
                box("drawer-front", "finish", "front", "kind = drawer", inner + " - 6", "250", "19", "22", "-5",
                        "depth * 10 - 40"),
                cylinder("drawer-knob", "steel", "handle", "kind = drawer", "24", "24", "24",
                        "19 + (" + inner + ") / 2 - 12", "110", "depth * 10 - 21"),
                cylinder("rail", "steel", "rail", "kind = rail", "25", "25", inner, "19", "200",
                        "depth * 10 / 2 - 12")),
                List.of("0", "100 + index() * 300", "0"), List.of());
        GeometryBinding railRotation = insert.geometry().get(4);
        insert = new Component(insert.id(), insert.label(), insert.min(), insert.max(), insert.groups(),
                insert.parameters(), insert.texts(), insert.children(), List.of(insert.geometry().get(0),
                insert.geometry().get(1), insert.geometry().get(2), insert.geometry().get(3),
                new GeometryBinding(railRotation.id(), Shape.CYLINDER, null, null,
                        List.of("25", inner, "25"),
                        List.of("19 + (" + inner + ") / 2 - 12.5", "200 - (" + inner + ") / 2", "depth * 10 / 2 - 12"),
                        List.of("0", "0", "90"), "steel", "kind = rail", "rail",
                        GeometryBinding.PartKind.HARDWARE, null)),
                insert.placement(), insert.bom());
        String h = "height * 10 - 80";
        Component section = new Component("section", l("Section", "Element"), 1, 4, List.of(door),
                List.of(parameter("width", 50, 100, 25, 100)), List.of(), List.of(insert), List.of(
                box("side-left", "finish", "panel", null, "19", h, "depth * 10", "0", "80", "0"),
                box("side-right", "finish", "panel", "index() = section.count", "19", h, "depth * 10",
                        "width * 10", "80", "0"),
                box("back", "finish", "back", null, "width * 10", h, "8", "0", "80", "0"),
                box("bottom", "finish", "panel", null, "width * 10", "19", "depth * 10", "0", "80", "0"),
                box("door", "finish", "door", "door = hinged", "width * 10 - 3", h + " - 3", "19", "10", "81",
                        "depth * 10 + 2"),
                cylinder("handle", "steel", "handle", "door = hinged", "14", "300", "14",
                        "if(index() - floor(index() / 2) * 2 = 1, width * 10 - 60, 40)", "950", "depth * 10 + 25"),
                box("glass", "glass", "door", "door = sliding", "width * 10 + 19", h + " - 40", "10", "0",
                        "100", "depth * 10 + 4 + (index() - floor(index() / 2) * 2) * 14")),
                List.of("before(width) * 10", "0", "0"), List.of());
        Component root = new Component("wardrobe", l("Wardrobe", "Kleiderschrank"), 1, 1, List.of(finish),
                List.of(parameter("height", 201, 236, 35, 236), parameter("depth", 58, 60, 2, 58)), List.of(),
                List.of(section), List.of(
                box("plinth", "finish", "plinth", null, "sum(section.width) * 10 + 19", "80", "depth * 10 - 40",
                        "0", "0", "0"),
                box("top", "finish", "top", null, "sum(section.width) * 10 + 19", "19", "depth * 10", "0",
                        "height * 10 - 19", "0")),
                List.of(), List.of());
        return new Product("wardrobe", ProductKind.FURNITURE, l("Wardrobe", "Kleiderschrank"), null, null, "cm",
                root, List.of(), List.of(), List.of(), List.of());
    }

    public static Product shirt() {
        OptionGroup fabric = new OptionGroup("fabric", l("Fabric", "Stoff"), OptionGroup.Kind.ONE, List.of(
                option("oxford-blue", "Blue Oxford", "oxford-blue"), option("poplin-white", "White poplin",
                        "poplin-white")), "oxford-blue");
        OptionGroup sleeve = new OptionGroup("sleeve", l("Sleeve", "Ärmel"), OptionGroup.Kind.ONE, List.of(
                option("long", "Long", null), option("short", "Short", null)), "long");
        OptionGroup collar = new OptionGroup("collar", l("Collar", "Kragen"), OptionGroup.Kind.ONE, List.of(
                option("kent", "Kent", null), option("cutaway", "Cutaway", null),
                option("button-down", "Button-down", null), option("mandarin", "Mandarin", null),
                option("wing", "Wing", null)), "kent");
        OptionGroup cuff = new OptionGroup("cuff", l("Cuff", "Manschette"), OptionGroup.Kind.ONE, List.of(
                option("barrel-1", "One button", null), option("barrel-2", "Two buttons", null),
                option("french", "French", null)), "barrel-1");
        OptionGroup pocket = new OptionGroup("pocket", l("Pocket", "Tasche"), OptionGroup.Kind.ONE, List.of(
                option("none", "None", null), option("patch", "Patch", null), option("flap", "Flap", null)),
                "none");
        List<GeometryBinding> geo = new ArrayList<>();
        String sx = "chest / 100";
        String sy = "length / 78";
        geo.add(mesh("mannequin", "meshes/shirt/mannequin.obj", "mannequin", "mannequin", null,
                "380 * " + sx, "1700", "280 * " + sx, "-190 * " + sx, "-1450", "-140 * " + sx));
        geo.add(mesh("torso", "meshes/shirt/torso.obj", "fabric", "torso", null,
                "440 * " + sx, "800 * " + sy, "300 * " + sx, "-220 * " + sx, "-780 * " + sy, "-150 * " + sx));
        geo.add(mesh("sleeve-left", "meshes/shirt/sleeve-long.obj", "fabric", "sleeve", "sleeve = long",
                "150", "620", "140", "-300 * " + sx, "-620", "-70"));
        geo.add(mesh("collar", "meshes/shirt/collar-kent.obj", "fabric", "collar", "collar = kent",
                "160", "90", "140", "-80", "-10", "-40"));
        geo.add(new GeometryBinding("monogram", Shape.TEXT, null, "monogram", List.of("60", "20", "1"),
                List.of("60", "-300", "150 * " + sx), List.of(), "thread-navy", null, "monogram",
                GeometryBinding.PartKind.NONE, null));
        Component root = new Component("shirt", l("Shirt", "Hemd"), 1, 1, List.of(fabric, sleeve, collar, cuff,
                pocket), List.of(parameter("chest", 80, 140, 1, 100), parameter("length", 70, 90, 1, 78)),
                List.of(new TextField("monogram", l("Monogram", "Monogramm"), 3, "[A-Z]{1,3}")), List.of(),
                geo, List.of(), List.of());
        return new Product("shirt", ProductKind.CLOTHING, l("Shirt", "Hemd"), null, null, "cm", root, List.of(),
                List.of(), List.of(), List.of());
    }

    static GeometryBinding mesh(String id, String asset, String material, String role, String when,
                                String... sizeAndPos) {
        return new GeometryBinding(id, Shape.MESH, asset, null, List.of(sizeAndPos[0], sizeAndPos[1], sizeAndPos[2]),
                List.of(sizeAndPos[3], sizeAndPos[4], sizeAndPos[5]), List.of(), material, when, role,
                GeometryBinding.PartKind.NONE, null);
    }

    public static Catalog catalog() {
        return new Catalog("test", "1.0.0", l("Test", "Test"), materials(), List.of(),
                List.of(wardrobe(), shirt()));
    }

    /** A complete wardrobe configuration: {@code widths.length} sections, each with the given inserts. */
    public static Configuration wardrobe(ProductSpace space, String finish, String door, int[] widths,
                                         String... inserts) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("finish", finish);
        v.put("height", "236");
        v.put("depth", "58");
        v.put("section.count", Integer.toString(widths.length));
        for (int s = 1; s <= 4; s++) {
            String p = "section[" + s + "]";
            boolean present = s <= widths.length;
            v.put(p + ".door", present ? door : ProductSpace.NA);
            v.put(p + ".width", present ? Integer.toString(widths[s - 1]) : ProductSpace.NA);
            v.put(p + ".insert.count", present ? Integer.toString(inserts.length) : ProductSpace.NA);
            for (int i = 1; i <= 6; i++) {
                v.put(p + ".insert[" + i + "].kind", present && i <= inserts.length ? inserts[i - 1]
                        : ProductSpace.NA);
            }
        }
        return new Configuration(space, v, Set.of());
    }

    public static Configuration shirt(ProductSpace space, String fabric, int chest, String monogram) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("fabric", fabric);
        v.put("sleeve", "long");
        v.put("collar", "kent");
        v.put("cuff", "barrel-1");
        v.put("pocket", "none");
        v.put("chest", Integer.toString(chest));
        v.put("length", "78");
        Configuration c = new Configuration(space, v, Set.of());
        return monogram == null ? c : c.withText("monogram", monogram);
    }
}
