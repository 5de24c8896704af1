// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Step;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.Labels;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.configuration.SessionState;
import dev.atelier.domain.rules.engine.ValueState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a product's kiosk steps unroll over its variables: a step's item paths ({@code section.width},
 * {@code section} for the count, {@code extras} for a many-of group) become concrete variables per present
 * component instance. A step whose items live in a repeated component gets an instance axis ("Section 1 / 2 / 3").
 * Values that are impossible in the catalog are left out (docs/decisions: the kiosk hides what can never be chosen).
 */
final class StepLayout {

    private enum RefKind { COUNT, GROUP, FLAGS, PARAMETER, TEXT }

    /** A concrete thing on a step: a variable, a many-of group of one instance, or a text. */
    private record Ref(RefKind kind, String template, ProductSpace.Instance instance, List<ProductSpace.Var> vars,
                       TextField text) {
    }

    private final ProductSpace space;
    private final List<Step> steps;
    private final Map<String, List<Ref>> refsByStep = new LinkedHashMap<>();
    private final Map<String, String> axisByStep = new LinkedHashMap<>();

    StepLayout(ProductSpace space) {
        this.space = space;
        this.steps = space.product().steps().isEmpty() ? List.of(allInOne(space)) : space.product().steps();
        for (Step s : steps) {
            List<Ref> refs = new ArrayList<>();
            for (String path : s.items()) {
                resolve(path, refs);
            }
            refsByStep.put(s.id(), refs);
            axisByStep.put(s.id(), axisOf(refs));
        }
    }

    /** The steps (one synthetic step with every root item when the catalog defines none). */
    List<Step> steps() {
        return steps;
    }

    /** Template of the repeated component whose instances a step shows one at a time, or null. */
    String axis(Step step) {
        return axisByStep.get(step.id());
    }

    /** Paths of the axis instances present in {@code shown} ({@code section[1]}, {@code section[2]}). */
    List<String> presentInstances(Step step, Configuration shown) {
        String axis = axis(step);
        if (axis == null || shown == null) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (ProductSpace.Instance i : space.instances()) {
            if (i.template().equals(axis) && present(i, shown)) {
                paths.add(i.path());
            }
        }
        return paths;
    }

    /** Ids of the variables a step shows for one axis instance whose price differences are shown. */
    Set<String> variables(Step step, String axisInstance, Configuration shown) {
        Set<String> ids = new LinkedHashSet<>();
        for (Ref r : visibleRefs(step, axisInstance, shown)) {
            for (ProductSpace.Var v : r.vars()) {
                // Counts are left out: a new instance's own values are not decided, so its price is unknown.
                if (v.kind() != ProductSpace.Kind.PARAMETER && v.kind() != ProductSpace.Kind.COUNT) {
                    ids.add(v.id());
                }
            }
        }
        return ids;
    }

    /** Every variable id any step shows, for whole-product summaries. */
    List<ProductSpace.Var> allVariables() {
        Set<ProductSpace.Var> vars = new LinkedHashSet<>();
        for (List<Ref> refs : refsByStep.values()) {
            for (Ref r : refs) {
                vars.addAll(r.vars());
            }
        }
        return new ArrayList<>(vars);
    }

    /** Every text id any step shows, with its field. */
    Map<String, TextField> allTexts() {
        Map<String, TextField> texts = new LinkedHashMap<>();
        for (List<Ref> refs : refsByStep.values()) {
            for (Ref r : refs) {
                if (r.kind() == RefKind.TEXT) {
                    texts.put(r.instance().prefix() + r.text().id(), r.text());
                }
            }
        }
        return texts;
    }

    /** The items of a step for one axis instance (null or "" when the step has no axis). */
    List<StepItem> items(Step step, String axisInstance, SessionState state, Map<String, Map<String, BigDecimal>> deltas,
                         Labels labels, Locale locale, Function<String, Optional<String>> assetUrl) {
        Configuration shown = state.completed() != null ? state.completed() : state.decided();
        Configuration decided = state.decided();
        List<StepItem> items = new ArrayList<>();
        String axisPlace = axisInstance == null || axisInstance.isEmpty() ? ""
                : space.instance(axisInstance).map(i -> labels.place(i, locale)).orElse("");
        for (Ref r : visibleRefs(step, axisInstance, shown)) {
            String place = relativePlace(labels.place(r.instance(), locale), axisPlace);
            switch (r.kind()) {
                case COUNT, GROUP -> {
                    ProductSpace.Var v = r.vars().get(0);
                    if (ProductSpace.NA.equals(decided.values().get(v.id()))) {
                        continue;
                    }
                    List<StepItem.Tile> tiles = new ArrayList<>();
                    for (String value : v.values()) {
                        if (value.equals(ProductSpace.NA)) {
                            continue;
                        }
                        ValueState s = state.state(v.id(), value);
                        if (s == ValueState.IMPOSSIBLE) {
                            continue;
                        }
                        tiles.add(tile(v, value, value, s, state, shown, deltas, labels, locale, assetUrl));
                    }
                    items.add(new StepItem.Choice(v.id(), titled(place, labels.name(v, locale)), v.id(), tiles));
                }
                case FLAGS -> {
                    List<StepItem.Tile> tiles = new ArrayList<>();
                    for (ProductSpace.Var v : r.vars()) {
                        if (ProductSpace.NA.equals(decided.values().get(v.id()))) {
                            continue;
                        }
                        boolean on = ProductSpace.YES.equals(decided.values().get(v.id()));
                        String target = on ? ProductSpace.NO : ProductSpace.YES;
                        ValueState s = state.state(v.id(), target);
                        if (s == ValueState.IMPOSSIBLE && !on) {
                            continue;
                        }
                        tiles.add(tile(v, ProductSpace.YES, target, s, state, shown, deltas, labels, locale, assetUrl));
                    }
                    if (!tiles.isEmpty()) {
                        ProductSpace.Var first = r.vars().get(0);
                        items.add(new StepItem.Toggles(r.instance().prefix() + first.group().id(),
                                titled(place, first.group().label().get(locale)), tiles));
                    }
                }
                case PARAMETER -> {
                    ProductSpace.Var v = r.vars().get(0);
                    String decidedValue = decided.values().get(v.id());
                    if (ProductSpace.NA.equals(decidedValue)) {
                        continue;
                    }
                    List<String> values = new ArrayList<>();
                    List<String> words = new ArrayList<>();
                    for (String value : v.values()) {
                        if (!value.equals(ProductSpace.NA) && state.state(v.id(), value) == ValueState.AVAILABLE) {
                            values.add(value);
                            words.add(labels.value(v, value, locale));
                        }
                    }
                    String current = decidedValue != null ? decidedValue : shown.values().get(v.id());
                    items.add(new StepItem.Numeric(v.id(), titled(place, labels.name(v, locale)), v.id(), values, words,
                            ProductSpace.NA.equals(current) ? null : current, decided.chosen().contains(v.id()),
                            v.parameter().unit()));
                }
                case TEXT -> {
                    String id = r.instance().prefix() + r.text().id();
                    items.add(new StepItem.Text(id, titled(place, r.text().label().get(locale)), id,
                            decided.texts().getOrDefault(id, ""), r.text().maxLength(), r.text().pattern()));
                }
                default -> throw new IllegalStateException(r.kind().name());
            }
        }
        return items;
    }

    private StepItem.Tile tile(ProductSpace.Var v, String shownValue, String target, ValueState s, SessionState state,
                               Configuration shown, Map<String, Map<String, BigDecimal>> deltas, Labels labels,
                               Locale locale, Function<String, Optional<String>> assetUrl) {
        Configuration decided = state.decided();
        String decidedValue = decided.values().get(v.id());
        boolean selected = shownValue.equals(decidedValue);
        boolean chosen = selected && decided.chosen().contains(v.id());
        boolean suggested = decidedValue == null && shownValue.equals(shown.values().get(v.id()));
        String label;
        String detail = "";
        String swatch = null;
        String image = null;
        if (v.kind() == ProductSpace.Kind.GROUP) {
            var option = v.group().option(shownValue).orElseThrow();
            label = option.label().get(locale);
            detail = option.description().get(locale);
            if (option.material() != null) {
                swatch = space.material(option.material()).map(Material::color).orElse(null);
            }
            image = option.image() == null ? null : assetUrl.apply(option.image()).orElse(null);
        } else if (v.kind() == ProductSpace.Kind.FLAG) {
            label = v.option().label().get(locale);
            detail = v.option().description().get(locale);
            if (v.option().material() != null) {
                swatch = space.material(v.option().material()).map(Material::color).orElse(null);
            }
            image = v.option().image() == null ? null : assetUrl.apply(v.option().image()).orElse(null);
        } else {
            label = labels.value(v, shownValue, locale);
        }
        Map<String, BigDecimal> d = deltas.get(v.id());
        BigDecimal delta = d == null ? null : d.get(target);
        return new StepItem.Tile(v.id(), target, label, detail == null ? "" : detail, swatch, image, s, selected,
                chosen, suggested, delta);
    }

    private static String titled(String place, String name) {
        return place.isEmpty() ? name : place + " · " + name;
    }

    private static String relativePlace(String place, String axisPlace) {
        if (axisPlace.isEmpty()) {
            return place;
        }
        if (place.equals(axisPlace)) {
            return "";
        }
        return place.startsWith(axisPlace + " · ") ? place.substring(axisPlace.length() + 3) : place;
    }

    private List<Ref> visibleRefs(Step step, String axisInstance, Configuration shown) {
        String axis = axis(step);
        List<Ref> out = new ArrayList<>();
        for (Ref r : refsByStep.getOrDefault(step.id(), List.of())) {
            if (shown != null && !present(r.instance(), shown)) {
                continue;
            }
            if (axis != null) {
                ProductSpace.Instance outer = outerOnAxis(r.instance(), axis);
                if (outer != null && axisInstance != null && !axisInstance.isEmpty()
                        && !outer.path().equals(axisInstance)) {
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    private static ProductSpace.Instance outerOnAxis(ProductSpace.Instance inst, String axis) {
        for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
            if (i.template().equals(axis)) {
                return i;
            }
        }
        return null;
    }

    /** Whether an instance exists in a configuration (its parents exist and their counts reach it). */
    boolean present(ProductSpace.Instance inst, Configuration shown) {
        for (ProductSpace.Instance i = inst; i != null && i.parent() != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = shown.values().get(i.parent().countId(i.component()));
                if (count == null || ProductSpace.NA.equals(count) || Integer.parseInt(count) < i.index()) {
                    return false;
                }
            }
        }
        return true;
    }

    private String axisOf(List<Ref> refs) {
        for (Ref r : refs) {
            String outer = null;
            for (ProductSpace.Instance i = r.instance(); i != null; i = i.parent()) {
                if (i.index() > 0) {
                    outer = i.template();
                }
            }
            if (outer != null) {
                return outer;
            }
        }
        return null;
    }

    private void resolve(String path, List<Ref> refs) {
        int before = refs.size();
        Optional<Component> component = path.isEmpty() ? Optional.empty() : space.component(path);
        if (component.isPresent()) {
            Component c = component.get();
            if (c.isRepeated()) {
                for (ProductSpace.Var v : space.variables()) {
                    if (v.kind() == ProductSpace.Kind.COUNT && v.template().equals(path + ".count")) {
                        refs.add(new Ref(RefKind.COUNT, path, v.instance(), List.of(v), null));
                    }
                }
            } else {
                for (OptionGroup g : c.groups()) {
                    resolve(path + "." + g.id(), refs);
                }
                c.parameters().forEach(p -> resolve(path + "." + p.id(), refs));
                c.texts().forEach(t -> resolve(path + "." + t.id(), refs));
            }
            return;
        }
        Map<String, List<ProductSpace.Var>> flagsByInstance = new LinkedHashMap<>();
        for (ProductSpace.Var v : space.variables()) {
            if (v.template().equals(path) && v.kind() == ProductSpace.Kind.GROUP) {
                refs.add(new Ref(RefKind.GROUP, path, v.instance(), List.of(v), null));
            } else if (v.template().equals(path) && v.kind() == ProductSpace.Kind.PARAMETER) {
                refs.add(new Ref(RefKind.PARAMETER, path, v.instance(), List.of(v), null));
            } else if (v.kind() == ProductSpace.Kind.FLAG
                    && v.template().equals(path + "." + v.option().id())) {
                flagsByInstance.computeIfAbsent(v.instance().path(), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<ProductSpace.Var> flags : flagsByInstance.values()) {
            refs.add(new Ref(RefKind.FLAGS, path, flags.get(0).instance(), flags, null));
        }
        if (refs.size() > before) {
            return;
        }
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        String name = dot < 0 ? path : path.substring(dot + 1);
        for (ProductSpace.Instance i : space.instances()) {
            if (i.template().equals(parent)) {
                i.component().text(name).ifPresent(t -> refs.add(new Ref(RefKind.TEXT, path, i, List.of(), t)));
            }
        }
    }

    private static Step allInOne(ProductSpace space) {
        List<String> items = new ArrayList<>();
        Component root = space.product().root();
        root.groups().forEach(g -> items.add(g.id()));
        root.parameters().forEach(p -> items.add(p.id()));
        root.texts().forEach(t -> items.add(t.id()));
        for (Component c : root.children()) {
            items.add(c.id());
            if (c.isRepeated()) {
                c.groups().forEach(g -> items.add(c.id() + "." + g.id()));
                c.parameters().forEach(p -> items.add(c.id() + "." + p.id()));
            }
        }
        return new Step("all", space.product().label(), items);
    }
}
