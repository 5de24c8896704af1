// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A modular component (slot): a wardrobe section, a drawer insert, a collar. A parent holds between {@code min} and
 * {@code max} instances of it; each instance has its own choices.
 *
 * @param id         id, unique among the groups, parameters and children of its parent
 * @param label      display name
 * @param min        fewest instances
 * @param max        most instances
 * @param groups     option groups of each instance
 * @param parameters numeric parameters of each instance
 * @param texts      free-text entries of each instance (monogram initials)
 * @param children   nested components
 * @param geometry   how an instance becomes 3D
 * @param placement  three expressions (mm): where an instance's origin sits in its parent's frame; empty = origin
 * @param bom        bill-of-materials lines that are not visible parts
 */
public record Component(String id, LocalizedText label, int min, int max, List<OptionGroup> groups,
                        List<Parameter> parameters, List<TextField> texts, List<Component> children, List<GeometryBinding> geometry,
                        List<String> placement, List<BomLine> bom) {

    /** More instances than this are not configurable in one product. */
    public static final int MAX_INSTANCES = 12;

    public Component {
        Ids.require(id, "component");
        Objects.requireNonNull(label, "label");
        if (min < 0 || max < 1 || max < min || max > MAX_INSTANCES) {
            throw new IllegalArgumentException("component " + id + ": cardinality " + min + ".." + max
                    + " must satisfy 0 <= min <= max, 1 <= max <= " + MAX_INSTANCES);
        }
        groups = List.copyOf(groups);
        parameters = List.copyOf(parameters);
        texts = List.copyOf(texts);
        children = List.copyOf(children);
        geometry = List.copyOf(geometry);
        placement = List.copyOf(placement);
        bom = List.copyOf(bom);
        if (!(placement.isEmpty() || placement.size() == 3)) {
            throw new IllegalArgumentException("component " + id + ": placement needs 0 or 3 expressions");
        }
        Set<String> names = new HashSet<>();
        for (OptionGroup g : groups) {
            requireUnique(names, g.id());
        }
        for (Parameter p : parameters) {
            requireUnique(names, p.id());
        }
        for (TextField t : texts) {
            requireUnique(names, t.id());
        }
        for (Component c : children) {
            requireUnique(names, c.id());
        }
    }

    private void requireUnique(Set<String> names, String name) {
        if (Ids.RESERVED.contains(name)) {
            throw new IllegalArgumentException("component " + id + ": '" + name + "' is a reserved word");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException("component " + id + ": '" + name
                    + "' is used twice among its groups, parameters and children");
        }
    }

    /** Whether the parent may hold a varying number of instances (then there is a count to choose). */
    public boolean isRepeated() {
        return min != max || max > 1;
    }

    public Optional<OptionGroup> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public Optional<Parameter> parameter(String parameterId) {
        return parameters.stream().filter(p -> p.id().equals(parameterId)).findFirst();
    }

    public Optional<TextField> text(String textId) {
        return texts.stream().filter(t -> t.id().equals(textId)).findFirst();
    }

    public Optional<Component> child(String childId) {
        return children.stream().filter(c -> c.id().equals(childId)).findFirst();
    }
}
