// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview;

import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.preview.model.Bounds;
import dev.atelier.preview.model.PreviewModel;
import dev.atelier.preview.model.PreviewPart;
import dev.atelier.preview.model.Vec3;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part goes in the exploded view: repeated component instances (wardrobe sections) spread sideways
 * from the middle, and parts move by their role: fronts, doors and handles come forward, shelves a little less,
 * tops rise; a shirt's collar rises, cuffs drop, pockets and monograms come forward.
 */
final class Explosion {

    private Explosion() {
    }

    /** The full explode offset (mm) of every part, by key. */
    static Map<String, Vec3> offsets(PreviewModel model) {
        Map<String, Vec3> out = new HashMap<>();
        Bounds b = model.bounds();
        Vec3 c = b.center();
        double depth = Math.max(b.depth(), 200);
        double height = Math.max(b.height(), 200);
        Map<String, Bounds> instances = new HashMap<>();
        int repeated = 0;
        for (PreviewPart p : model.parts()) {
            String top = p.topInstance();
            if (top.contains("[")) {
                Bounds pb = p.bounds();
                Bounds prior = instances.put(top, pb);
                if (prior != null) {
                    instances.put(top, prior.union(pb));
                } else {
                    repeated++;
                }
            }
        }
        for (PreviewPart p : model.parts()) {
            Vec3 role = roleOffset(p.role(), model.kind(), depth, height);
            Vec3 spread = Vec3.ZERO;
            Bounds inst = instances.get(p.topInstance());
            if (inst != null && repeated > 1) {
                spread = new Vec3((inst.center().x() - c.x()) * 0.45, 0, 0);
            } else if (p.topInstance().isEmpty() && model.kind() == ProductKind.FURNITURE && role.isZero()) {
                // the product's own parts (carcass, plinth) open up and down a little
                spread = new Vec3(0, (p.center().y() - c.y()) * 0.06, 0);
            }
            out.put(p.key(), role.plus(spread));
        }
        return out;
    }

    private static Vec3 roleOffset(String role, ProductKind kind, double depth, double height) {
        return switch (role) {
            case "door", "front", "handle", "knob", "mirror" -> new Vec3(0, 0, Math.max(250, depth * 0.8));
            case "drawer" -> new Vec3(0, 0, Math.max(180, depth * 0.55));
            case "shelf", "rail", "basket", "divider", "light" -> new Vec3(0, 0, Math.max(100, depth * 0.3));
            case "top", "cornice" -> new Vec3(0, height * 0.08, 0);
            case "collar" -> new Vec3(0, height * 0.07, depth * 0.2);
            case "cuff" -> new Vec3(0, -height * 0.06, depth * 0.3);
            case "sleeve" -> new Vec3(0, -height * 0.02, -depth * 0.35);
            case "pocket", "monogram", "text", "button", "placket" -> new Vec3(0, 0, depth * 0.6);
            default -> List.of("torso", "body", "mannequin", "stand").contains(role) || kind == ProductKind.FURNITURE
                    ? Vec3.ZERO : new Vec3(0, 0, depth * 0.2);
        };
    }
}
