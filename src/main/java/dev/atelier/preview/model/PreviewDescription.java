// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.ProductKind;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The screen-reader sentence for a preview: "Wardrobe, 200 × 236 × 58 cm, White oak, 2 doors in Glass, 6 shelves".
 * The product's name and size, its main material (the one covering most surface), then each kind of part (by role)
 * with its count and material where that differs from the main one, then any texts (monogram).
 */
final class PreviewDescription {

    /** Bundle of the preview's texts. */
    static final String BUNDLE = "dev.atelier.preview.messages";

    /** Roles that are structure or staging rather than something a person chose. */
    private static final Set<String> SILENT = Set.of("panel", "back", "carcass", "mannequin", "stand", "floor");

    private PreviewDescription() {
    }

    static String describe(String label, ProductKind kind, String unit, List<PreviewPart> parts, Bounds bounds,
                           Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> phrases = new ArrayList<>();
        if (parts.isEmpty()) {
            return MessageFormat.format(b.getString("description.empty"), label);
        }
        if (kind == ProductKind.FURNITURE) {
            phrases.add(new MessageFormat(b.getString("description.size"), locale).format(new Object[]{label,
                    Units.format(bounds.width(), unit, locale), Units.format(bounds.height(), unit, locale),
                    Units.format(bounds.depth(), unit, locale), unit}));
        } else {
            phrases.add(label);
        }
        String main = mainMaterial(parts);
        if (!main.isEmpty()) {
            phrases.add(main);
        }
        Map<String, List<PreviewPart>> byRole = new LinkedHashMap<>();
        for (PreviewPart p : parts) {
            if (!p.role().isEmpty() && !SILENT.contains(p.role()) && p.text() == null) {
                byRole.computeIfAbsent(p.role(), r -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<PreviewPart>> e : byRole.entrySet()) {
            int n = e.getValue().size();
            String noun = roleNoun(b, e.getKey(), n, locale);
            String material = e.getValue().get(0).material().label();
            boolean oneMaterial = e.getValue().stream().allMatch(p -> p.material().label().equals(material));
            if (oneMaterial && !material.isEmpty() && !material.equals(main)) {
                phrases.add(MessageFormat.format(b.getString("description.in"), noun, material));
            } else {
                phrases.add(noun);
            }
        }
        for (PreviewPart p : parts) {
            if (p.text() != null) {
                String role = p.role().isEmpty() ? "text" : p.role();
                phrases.add(MessageFormat.format(b.getString("description.text"), roleNoun(b, role, 1, locale),
                        p.text()));
            }
        }
        return String.join(", ", phrases);
    }

    /** The label of the material covering the largest surface among non-staging parts. */
    private static String mainMaterial(List<PreviewPart> parts) {
        Map<String, Double> area = new LinkedHashMap<>();
        for (PreviewPart p : parts) {
            if (SILENT.contains(p.role()) && !p.role().equals("panel") && !p.role().equals("back")) {
                continue;
            }
            Vec3 s = p.size();
            double a = 2 * (s.x() * s.y() + s.y() * s.z() + s.x() * s.z());
            area.merge(p.material().label(), a, Double::sum);
        }
        String best = "";
        double bestArea = -1;
        for (Map.Entry<String, Double> e : area.entrySet()) {
            if (e.getValue() > bestArea) {
                best = e.getKey();
                bestArea = e.getValue();
            }
        }
        return best;
    }

    private static String roleNoun(ResourceBundle b, String role, int n, Locale locale) {
        String pattern;
        try {
            pattern = b.getString("role." + role);
        } catch (MissingResourceException e) {
            pattern = b.getString("role.other");
            return new MessageFormat(pattern, locale).format(new Object[]{n, role});
        }
        return new MessageFormat(pattern, locale).format(new Object[]{n});
    }
}
