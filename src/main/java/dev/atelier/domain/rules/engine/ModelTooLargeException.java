// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

/**
 * Thrown when an engine cannot take on a model within its size or time limits (for example a BDD that outgrows its
 * node budget). The model itself is fine: a caller may fall back to another engine (see {@link RuleEngines}).
 */
public class ModelTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelTooLargeException(String message) {
        super(message);
    }
}
