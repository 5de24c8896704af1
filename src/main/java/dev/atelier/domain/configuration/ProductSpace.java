// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.catalog.Catalog;
import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Material;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a product unrolls into finite-domain variables: one per option group, many-of option and parameter of every
 * possible component instance, plus one count per repeated component.
 * <p>
 * Ids: the root's variables are unprefixed ({@code height}); a single child's are prefixed by its id
 * ({@code frame.finish}); instance {@code i} of a repeated child by {@code id[i]} ({@code section[2].width});
 * a repeated child's count is {@code id.count} ({@code section.count}); a many-of option is
 * {@code group.option} with values {@code no}/{@code yes}. A variable whose instance may be absent, or that a
 * visibility rule can hide, also has the value {@link #NA} ("not applicable").
 */
public final class ProductSpace {

    /** The value of a variable whose instance is absent or which is hidden. */
    public static final String NA = "-";
    public static final String YES = "yes";
    public static final String NO = "no";

    /** What a variable stands for. */
    public enum Kind { GROUP, FLAG, PARAMETER, COUNT }

    /**
     * A variable.
     *
     * @param id        engine id
     * @param kind      what it stands for
     * @param instance  the component instance it belongs to (for COUNT: the parent instance)
     * @param template  path without indices ({@code section.width}, {@code section.count})
     * @param values    domain (value ids), {@link #NA} last when present
     * @param group     for GROUP and FLAG: the option group
     * @param option    for FLAG: the option
     * @param parameter for PARAMETER: the parameter
     * @param counted   for COUNT: the repeated component
     */
    public record Var(String id, Kind kind, Instance instance, String template, List<String> values,
                      OptionGroup group, Option option, Parameter parameter, Component counted) {
        public Var {
            values = List.copyOf(values);
        }

        /** Whether {@link #NA} is in the domain. */
        public boolean optional() {
            return values.contains(NA);
        }
    }

    /**
     * A possible component instance.
     *
     * @param path      {@code ""} for the root, else e.g. {@code section[2]}, {@code frame}, {@code section[1].insert[3]}
     * @param template  path without indices ({@code section.insert}); {@code ""} for the root
     * @param component the component
     * @param parent    the parent instance, or null for the root
     * @param index     1-based instance number for repeated components, 0 otherwise
     * @param optional  whether the instance can be absent (beyond its parent's minimum, or its parent can be)
     */
    public record Instance(String path, String template, Component component, Instance parent, int index,
                           boolean optional) {

        /** Prefix for ids of this instance's variables: {@code ""} or {@code "section[2]."}. */
        public String prefix() {
            return path.isEmpty() ? "" : path + ".";
        }

        /** Id of the count variable of a repeated child of this instance. */
        public String countId(Component child) {
            return prefix() + child.id() + ".count";
        }

        @Override
        public String toString() {
            return path.isEmpty() ? "<root>" : path;
        }
    }

    private final Catalog catalog;
    private final Product product;
    private final List<Var> variables = new ArrayList<>();
    private final Map<String, Var> byId = new LinkedHashMap<>();
    private final List<Instance> instances = new ArrayList<>();
    private final Map<String, Instance> instancesByPath = new LinkedHashMap<>();
    private final Map<String, Component> componentsByTemplate = new LinkedHashMap<>();
    private final Set<String> hideable;

    private ProductSpace(Catalog catalog, Product product) {
        this.catalog = catalog;
        this.product = Objects.requireNonNull(product, "product");
        this.hideable = visibilityTargets(product);
        Instance root = new Instance("", "", product.root(), null, 0, false);
        addInstance(root);
    }

    /** The variable space of a product; {@code catalog} supplies materials (may be null in tests). */
    public static ProductSpace of(Catalog catalog, Product product) {
        return new ProductSpace(catalog, product);
    }

    public Product product() {
        return product;
    }

    /** The catalog, or null when built without one. */
    public Catalog catalog() {
        return catalog;
    }

    /** All variables, parents before children, in catalog order. */
    public List<Var> variables() {
        return Collections.unmodifiableList(variables);
    }

    public Optional<Var> variable(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All possible instances, the root first. */
    public List<Instance> instances() {
        return Collections.unmodifiableList(instances);
    }

    public Optional<Instance> instance(String path) {
        return Optional.ofNullable(instancesByPath.get(path));
    }

    /** The component at a template path ({@code section.insert}); {@code ""} is the root. */
    public Optional<Component> component(String template) {
        return Optional.ofNullable(componentsByTemplate.get(template));
    }

    /** The material with this id, if a catalog was given. */
    public Optional<Material> material(String id) {
        return catalog == null ? Optional.empty() : catalog.material(id);
    }

    /** Template paths (e.g. {@code monogram.text}) that a visibility rule can hide. */
    public Set<String> hideable() {
        return Collections.unmodifiableSet(hideable);
    }

    private void addInstance(Instance inst) {
        instances.add(inst);
        instancesByPath.put(inst.path(), inst);
        componentsByTemplate.putIfAbsent(inst.template(), inst.component());
        Component c = inst.component();
        String prefix = inst.prefix();
        String tprefix = inst.template().isEmpty() ? "" : inst.template() + ".";
        for (OptionGroup g : c.groups()) {
            if (g.kind() == OptionGroup.Kind.ONE) {
                List<String> values = new ArrayList<>(g.options().stream().map(Option::id).toList());
                addVar(new Var(prefix + g.id(), Kind.GROUP, inst, tprefix + g.id(),
                        withNa(values, inst.optional() || hideable.contains(tprefix + g.id())), g, null, null, null));
            } else {
                for (Option o : g.options()) {
                    String template = tprefix + g.id() + "." + o.id();
                    boolean na = inst.optional() || hideable.contains(template) || hideable.contains(tprefix + g.id());
                    addVar(new Var(prefix + g.id() + "." + o.id(), Kind.FLAG, inst, template,
                            withNa(new ArrayList<>(List.of(NO, YES)), na), g, o, null, null));
                }
            }
        }
        for (Parameter p : c.parameters()) {
            addVar(new Var(prefix + p.id(), Kind.PARAMETER, inst, tprefix + p.id(),
                    withNa(new ArrayList<>(p.valueIds()), inst.optional() || hideable.contains(tprefix + p.id())),
                    null, null, p, null));
        }
        for (Component child : c.children()) {
            String childTemplate = tprefix + child.id();
            if (child.isRepeated()) {
                List<String> counts = new ArrayList<>();
                for (int k = child.min(); k <= child.max(); k++) {
                    counts.add(Integer.toString(k));
                }
                addVar(new Var(inst.countId(child), Kind.COUNT, inst, childTemplate + ".count",
                        withNa(counts, inst.optional()), null, null, null, child));
                for (int i = 1; i <= child.max(); i++) {
                    addInstance(new Instance(prefix + child.id() + "[" + i + "]", childTemplate, child, inst, i,
                            inst.optional() || i > child.min()));
                }
            } else {
                addInstance(new Instance(prefix + child.id(), childTemplate, child, inst, 0,
                        inst.optional()));
            }
        }
    }

    private void addVar(Var v) {
        if (byId.putIfAbsent(v.id(), v) != null) {
            throw new IllegalArgumentException("product " + product.id() + ": two variables named " + v.id());
        }
        variables.add(v);
    }

    private static List<String> withNa(List<String> values, boolean na) {
        if (na) {
            values.add(NA);
        }
        return values;
    }

    private static Set<String> visibilityTargets(Product product) {
        Set<String> targets = new HashSet<>();
        for (Rule r : product.rules()) {
            try {
                if (RuleParser.parseRule(r.text(), r.source()) instanceof Statement.Visible v) {
                    targets.add(v.target().template());
                }
            } catch (RuleSyntaxException e) {
                // reported by the catalog checker; a broken rule hides nothing
            }
        }
        return targets;
    }
}
