// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A group of options: exactly one ({@link Kind#ONE}) or any subset ({@link Kind#MANY}).
 *
 * @param id            id, unique among the groups, parameters and children of its component
 * @param label         display name
 * @param kind          one-of or many-of
 * @param options       the options, in display order
 * @param defaultOption soft default (applied only when consistent), or null
 */
public record OptionGroup(String id, LocalizedText label, Kind kind, List<Option> options, String defaultOption) {

    /** One-of or many-of. */
    public enum Kind { ONE, MANY }

    public OptionGroup {
        Ids.require(id, "option group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("option group " + id + " has no options");
        }
        Set<String> seen = new HashSet<>();
        for (Option o : options) {
            if (!seen.add(o.id())) {
                throw new IllegalArgumentException("option group " + id + ": duplicate option " + o.id());
            }
        }
        if (defaultOption != null && !seen.contains(defaultOption)) {
            throw new IllegalArgumentException("option group " + id + ": default '" + defaultOption
                    + "' is not one of its options");
        }
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
