// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.protocol;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;

import java.util.Map;

/**
 * Adds fields to every state answer of the {@link EngineProtocol}, after {@code ok}, {@code selected},
 * {@code domains} and {@code complete}: for example {@code price} when the session runs on a catalog product.
 */
@FunctionalInterface
public interface StateExtension {

    /** No extra fields. */
    StateExtension NONE = (selections, propagation) -> Map.of();

    /**
     * The extra fields for a state, in answer order. Values are written with Jackson: strings, numbers, booleans,
     * lists, maps and records.
     *
     * @param selections  the session's selections
     * @param propagation their propagation
     */
    Map<String, Object> fields(Assignment selections, Propagation propagation);
}
