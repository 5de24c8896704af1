// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import java.time.Duration;
import java.util.Objects;

/**
 * How far the BDD compiler may go before it gives up with a
 * {@link dev.atelier.domain.rules.engine.ModelTooLargeException}.
 *
 * @param maxNodes most nodes of the BDD, checked after every conjunction and on the result
 * @param maxTime  longest compile time, checked between steps
 */
public record BddCompileLimits(int maxNodes, Duration maxTime) {

    /** One million nodes (a complete propagation then still takes only a few milliseconds) and 60 seconds. */
    public static final BddCompileLimits DEFAULT = new BddCompileLimits(1_000_000, Duration.ofSeconds(60));

    public BddCompileLimits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxNodes < 2) {
            throw new IllegalArgumentException("maxNodes must be at least 2: " + maxNodes);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive: " + maxTime);
        }
    }
}
