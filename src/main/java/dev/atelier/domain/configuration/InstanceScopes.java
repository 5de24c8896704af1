// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.rules.lang.Scope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helpers for code that evaluates catalog expressions once per component instance (prices with {@code per},
 * geometry, the bill of materials): the evaluation scope of an instance and whether it is present.
 */
public final class InstanceScopes {

    /** Whether a component instance exists in a (possibly partial) configuration. */
    public enum Presence { PRESENT, ABSENT, UNDECIDED }

    private InstanceScopes() {
    }

    /**
     * The scope an expression of {@code instance}'s component is evaluated in: its template as context and the
     * instance numbers of it and its repeated ancestors bound ({@code section[2].insert[3]} →
     * {@code section → 2, section.insert → 3}).
     */
    public static Scope scopeOf(ProductSpace.Instance instance) {
        Map<String, Integer> indices = new LinkedHashMap<>();
        for (ProductSpace.Instance i = instance; i != null; i = i.parent()) {
            if (i.index() > 0) {
                indices.put(i.template(), i.index());
            }
        }
        return new Scope(instance.template(), indices);
    }

    /**
     * Whether {@code instance} exists: every repeated instance on its way up has a number within its parent's
     * count (always, for an instance that cannot be absent). Undecided when a count on the way is not set and
     * none says absent.
     *
     * @param values variable values by id, null when not set (e.g. {@link Configuration#lookup(String)})
     */
    public static Presence presence(ProductSpace.Instance instance, Function<String, String> values) {
        if (!instance.optional()) {
            return Presence.PRESENT;
        }
        boolean undecided = false;
        for (ProductSpace.Instance i = instance; i != null; i = i.parent()) {
            if (i.index() > 0) {
                String count = values.apply(i.parent().countId(i.component()));
                if (count == null) {
                    undecided = true;
                } else if (count.equals(ProductSpace.NA) || Integer.parseInt(count) < i.index()) {
                    return Presence.ABSENT;
                }
            }
        }
        return undecided ? Presence.UNDECIDED : Presence.PRESENT;
    }

    /**
     * {@link #presence} of one instance with the count variables it depends on worked out once, for code that asks
     * on every click.
     */
    public static Function<Function<String, String>, Presence> presenceCheck(ProductSpace.Instance instance) {
        if (!instance.optional()) {
            return values -> Presence.PRESENT;
        }
        java.util.List<String> counts = new java.util.ArrayList<>();
        java.util.List<Integer> indices = new java.util.ArrayList<>();
        for (ProductSpace.Instance i = instance; i != null; i = i.parent()) {
            if (i.index() > 0) {
                counts.add(i.parent().countId(i.component()));
                indices.add(i.index());
            }
        }
        String[] ids = counts.toArray(new String[0]);
        int[] numbers = indices.stream().mapToInt(Integer::intValue).toArray();
        return values -> {
            boolean undecided = false;
            for (int k = 0; k < ids.length; k++) {
                String count = values.apply(ids[k]);
                if (count == null) {
                    undecided = true;
                } else if (count.equals(ProductSpace.NA) || Integer.parseInt(count) < numbers[k]) {
                    return Presence.ABSENT;
                }
            }
            return undecided ? Presence.UNDECIDED : Presence.PRESENT;
        };
    }

    /** The possible instances of the component at {@code template} ({@code ""} is the root), in space order. */
    public static List<ProductSpace.Instance> instancesOf(ProductSpace space, String template) {
        return space.instances().stream().filter(i -> i.template().equals(template)).toList();
    }
}
