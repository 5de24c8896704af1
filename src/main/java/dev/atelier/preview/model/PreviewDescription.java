// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.ProductKind;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
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
        return new Describer(locale).describe(label, kind, unit, parts, bounds);
    }

    /**
     * Describes previews in one locale, keeping the bundle, the parsed message formats, the number formats and the
     * role nouns it has made (a kiosk describes a preview on every tap). Not for concurrent use.
     */
    static final class Describer {

        private final Locale locale;
        private final ResourceBundle b;
        private MessageFormat size;
        private final Map<String, MessageFormat> plain = new HashMap<>();
        private final Map<String, NumberFormat> numbers = new HashMap<>();
        private final Map<String, Map<Integer, String>> nouns = new HashMap<>();

        Describer(Locale locale) {
            this.locale = locale;
            this.b = ResourceBundle.getBundle(BUNDLE, locale);
        }

        String describe(String label, ProductKind kind, String unit, List<PreviewPart> parts, Bounds bounds) {
            List<String> phrases = new ArrayList<>();
            if (parts.isEmpty()) {
                return plain("description.empty").format(new Object[]{label});
            }
            if (kind == ProductKind.FURNITURE) {
                if (size == null) {
                    size = new MessageFormat(b.getString("description.size"), locale);
                }
                phrases.add(size.format(new Object[]{label, format(bounds.width(), unit),
                        format(bounds.height(), unit), format(bounds.depth(), unit), unit}));
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
                List<PreviewPart> withRole = e.getValue();
                String noun = roleNoun(e.getKey(), withRole.size());
                String material = withRole.get(0).material().label();
                boolean oneMaterial = true;
                for (PreviewPart p : withRole) {
                    if (!p.material().label().equals(material)) {
                        oneMaterial = false;
                        break;
                    }
                }
                if (oneMaterial && !material.isEmpty() && !material.equals(main)) {
                    phrases.add(plain("description.in").format(new Object[]{noun, material}));
                } else {
                    phrases.add(noun);
                }
            }
            for (PreviewPart p : parts) {
                if (p.text() != null) {
                    String role = p.role().isEmpty() ? "text" : p.role();
                    phrases.add(plain("description.text").format(new Object[]{roleNoun(role, 1), p.text()}));
                }
            }
            return String.join(", ", phrases);
        }

        /** A pattern formatted as {@link MessageFormat#format(String, Object...)} does. */
        private MessageFormat plain(String key) {
            return plain.computeIfAbsent(key, k -> new MessageFormat(b.getString(k)));
        }

        /** As {@link Units#format}. */
        private String format(double mm, String unit) {
            return numbers.computeIfAbsent(unit, u -> Units.numberFormat(u, locale)).format(Units.fromMm(mm, unit));
        }

        private String roleNoun(String role, int n) {
            Map<Integer, String> byCount = nouns.computeIfAbsent(role, r -> new HashMap<>());
            String noun = byCount.get(n);
            if (noun == null) {
                noun = PreviewDescription.roleNoun(b, role, n, locale);
                byCount.put(n, noun);
            }
            return noun;
        }
    }

    /** The label of the material covering the largest surface among non-staging parts. */
    private static String mainMaterial(List<PreviewPart> parts) {
        Map<String, double[]> area = new LinkedHashMap<>();
        for (PreviewPart p : parts) {
            if (SILENT.contains(p.role()) && !p.role().equals("panel") && !p.role().equals("back")) {
                continue;
            }
            Vec3 s = p.size();
            double a = 2 * (s.x() * s.y() + s.y() * s.z() + s.x() * s.z());
            double[] sum = area.get(p.material().label());
            if (sum == null) {
                area.put(p.material().label(), new double[]{a});
            } else {
                sum[0] += a;
            }
        }
        String best = "";
        double bestArea = -1;
        for (Map.Entry<String, double[]> e : area.entrySet()) {
            if (e.getValue()[0] > bestArea) {
                best = e.getKey();
                bestArea = e.getValue()[0];
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
