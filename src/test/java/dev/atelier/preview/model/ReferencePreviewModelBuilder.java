// SPDX-License-Identifier: Apache-2.0
package dev.atelier.preview.model;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.GeometryBinding;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.lang.EvaluationException;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Value;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The preview model builder as it was before expressions were compiled per instance (commit 5a31a52): every
 * binding evaluated by the {@link Evaluator}'s interpreter on every build. Kept as the reference the optimised
 * {@link PreviewModelBuilder} must agree with.
 */
final class ReferencePreviewModelBuilder {

    private static final Logger LOG = Logger.getLogger(ReferencePreviewModelBuilder.class.getName());

    private final Map<ProductSpace, Compiled> compiled = new WeakHashMap<>();

    /** The preview of {@code configuration}, labels and description in {@code locale}. */
    public PreviewModel build(Configuration configuration, Locale locale) {
        Compiled c;
        synchronized (compiled) {
            c = compiled.computeIfAbsent(configuration.space(), Compiled::new);
        }
        synchronized (c) {
            return c.build(configuration, locale);
        }
    }

    /** Parsed expressions and an evaluator for one product space. */
    private static final class Compiled {

        private final ProductSpace space;
        private final Evaluator evaluator;
        private final Map<String, Object> parsed = new HashMap<>();
        private final Set<String> logged = new HashSet<>();

        Compiled(ProductSpace space) {
            this.space = space;
            this.evaluator = new Evaluator(space);
        }

        PreviewModel build(Configuration configuration, Locale locale) {
            Function<String, String> values = configuration::lookup;
            List<PreviewPart> parts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, Vec3> origins = new HashMap<>();
            for (ProductSpace.Instance inst : space.instances()) {
                if (!present(inst, configuration, origins)) {
                    continue;
                }
                Scope scope = scopeOf(inst);
                Vec3 parentOrigin = inst.parent() == null ? Vec3.ZERO : origins.get(inst.parent().path());
                Component component = inst.component();
                Vec3 origin;
                try {
                    origin = component.placement().isEmpty() ? parentOrigin
                            : parentOrigin.plus(vector(component.placement(), scope, values));
                } catch (RuntimeException e) {
                    problem(problems, inst.path(), "placement", e);
                    continue;
                }
                origins.put(inst.path(), origin);
                for (GeometryBinding b : component.geometry()) {
                    try {
                        PreviewPart part = part(inst, b, origin, scope, values, locale);
                        if (part != null) {
                            parts.add(part);
                        }
                    } catch (RuntimeException e) {
                        problem(problems, inst.path(), b.id(), e);
                    }
                }
            }
            Bounds bounds = referenceBoundsOf(parts);
            String label = space.product().label().get(locale);
            String description = ReferenceDescription.describe(label, space.product().kind(), space.product().unit(),
                    parts, bounds, locale);
            return new PreviewModel(space.product().id(), space.product().kind(), label, space.product().unit(),
                    parts, bounds, description, problems);
        }

        private PreviewPart part(ProductSpace.Instance inst, GeometryBinding b, Vec3 origin, Scope scope,
                                 Function<String, String> values, Locale locale) {
            if (b.when() != null && !b.when().isBlank() && !evaluator.test(expr(b.when()), scope, values)) {
                return null;
            }
            Vec3 size = vector(b.size(), scope, values);
            Vec3 position = origin.plus(vector(b.position(), scope, values));
            // a negative extent spans from the position backwards
            position = new Vec3(Math.min(position.x(), position.x() + size.x()),
                    Math.min(position.y(), position.y() + size.y()), Math.min(position.z(), position.z() + size.z()));
            size = new Vec3(Math.abs(size.x()), Math.abs(size.y()), Math.abs(size.z()));
            Vec3 rotation = b.rotation().isEmpty() ? Vec3.ZERO : vector(b.rotation(), scope, values);
            String text = null;
            if (b.shape() == GeometryBinding.Shape.TEXT) {
                text = text(b.text(), scope, values);
                if (text == null || text.isEmpty()) {
                    return null;
                }
            }
            PreviewMaterial material = material(b.material(), scope, values, locale);
            String asset = b.shape() == GeometryBinding.Shape.MESH ? b.asset() : null;
            return new PreviewPart(PreviewPart.key(inst.path(), b.id()), inst.path(), b.id(), b.shape(), size,
                    position, rotation, material, b.role(), text, asset);
        }

        private boolean present(ProductSpace.Instance inst, Configuration c, Map<String, Vec3> origins) {
            ProductSpace.Instance parent = inst.parent();
            if (parent == null) {
                return true;
            }
            if (!origins.containsKey(parent.path())) {
                return false;
            }
            if (inst.index() == 0) {
                return true;
            }
            String count = c.lookup(parent.countId(inst.component()));
            if (count == null) {
                return inst.index() <= inst.component().min();
            }
            if (count.equals(ProductSpace.NA)) {
                return false;
            }
            return Integer.parseInt(count) >= inst.index();
        }

        private static Scope scopeOf(ProductSpace.Instance inst) {
            Map<String, Integer> indices = new LinkedHashMap<>();
            for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
                if (i.index() > 0) {
                    indices.put(i.template(), i.index());
                }
            }
            return new Scope(inst.template(), indices);
        }

        private Vec3 vector(List<String> exprs, Scope scope, Function<String, String> values) {
            return new Vec3(number(exprs.get(0), scope, values), number(exprs.get(1), scope, values),
                    number(exprs.get(2), scope, values));
        }

        private double number(String text, Scope scope, Function<String, String> values) {
            BigDecimal n = evaluator.number(expr(text), scope, values);
            return n.doubleValue();
        }

        private String text(String text, Scope scope, Function<String, String> values) {
            Value v = evaluator.eval(expr(text), scope, values);
            if (v instanceof Value.Sym s) {
                return s.value();
            }
            if (v instanceof Value.Num n) {
                return n.value().stripTrailingZeros().toPlainString();
            }
            return null;
        }

        private PreviewMaterial material(String ref, Scope scope, Function<String, String> values, Locale locale) {
            if (ref == null || ref.isBlank()) {
                return PreviewMaterial.NEUTRAL;
            }
            Optional<Material> direct = space.material(ref);
            if (direct.isPresent()) {
                return PreviewMaterial.of(direct.get(), locale);
            }
            Expr e = expr(ref);
            if (!(e instanceof Expr.Ref r)) {
                throw new EvaluationException(0, "material '" + ref + "' is neither a material nor a choice");
            }
            String varId = evaluator.variableId(r, scope).orElseThrow(() ->
                    new EvaluationException(0, "material '" + ref + "' does not name one choice"));
            ProductSpace.Var var = space.variable(varId).orElseThrow();
            if (var.group() == null) {
                throw new EvaluationException(0, "material '" + ref + "' is not a choice");
            }
            String chosen = values.apply(varId);
            if (chosen == null || chosen.equals(ProductSpace.NA)) {
                return PreviewMaterial.NEUTRAL;
            }
            Option option = var.group().option(chosen).orElse(null);
            if (option == null || option.material() == null) {
                return PreviewMaterial.NEUTRAL;
            }
            return space.material(option.material()).map(m -> PreviewMaterial.of(m, locale))
                    .orElse(PreviewMaterial.NEUTRAL);
        }

        private Expr expr(String text) {
            Object e = parsed.get(text);
            if (e == null) {
                try {
                    e = RuleParser.parseExpression(text, SourcePos.UNKNOWN);
                } catch (RuleSyntaxException ex) {
                    e = ex;
                }
                parsed.put(text, e);
            }
            if (e instanceof RuleSyntaxException ex) {
                throw ex;
            }
            return (Expr) e;
        }

        private void problem(List<String> problems, String path, String what, RuntimeException e) {
            String where = (path.isEmpty() ? space.product().id() : path) + " " + what;
            String message = where + ": " + e.getMessage();
            problems.add(message);
            if (logged.add(where)) {
                LOG.log(Level.WARNING, "preview of {0}: {1}", new Object[]{space.product().id(), message});
            }
        }
    }

    /** {@link PreviewModel#boundsOf} as it was (commit 5a31a52): the union of every part's bounds. */
    static Bounds referenceBoundsOf(List<PreviewPart> parts) {
        Bounds b = null;
        for (PreviewPart p : parts) {
            b = b == null ? p.bounds() : b.union(p.bounds());
        }
        return b == null ? Bounds.EMPTY : b;
    }

    /** The screen-reader sentence as it was made before the describer kept its formats (commit 5a31a52). */
    static final class ReferenceDescription {

        private ReferenceDescription() {
        }

        /** Roles that are structure or staging rather than something a person chose. */
        private static final Set<String> SILENT = Set.of("panel", "back", "carcass", "mannequin", "stand", "floor");

        static String describe(String label, ProductKind kind, String unit, List<PreviewPart> parts, Bounds bounds,
                               Locale locale) {
            ResourceBundle b = ResourceBundle.getBundle(PreviewDescription.BUNDLE, locale);
            List<String> phrases = new ArrayList<>();
            if (parts.isEmpty()) {
                return MessageFormat.format(b.getString("description.empty"), label);
            }
            if (kind == ProductKind.FURNITURE) {
                phrases.add(new MessageFormat(b.getString("description.size"), locale).format(new Object[]{label,
                        unitFormat(bounds.width(), unit, locale), unitFormat(bounds.height(), unit, locale),
                        unitFormat(bounds.depth(), unit, locale), unit}));
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

        private static String unitFormat(double mm, String unit, Locale locale) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(unit.equals("m") ? 2 : 1);
            f.setGroupingUsed(false);
            return f.format(Units.fromMm(mm, unit));
        }
    }
}
