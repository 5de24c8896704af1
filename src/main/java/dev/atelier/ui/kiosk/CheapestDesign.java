// SPDX-License-Identifier: Apache-2.0
package dev.atelier.ui.kiosk;

import dev.atelier.domain.configuration.Configuration;
import dev.atelier.domain.configuration.ConfigurationSession;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.configuration.SessionState;
import dev.atelier.domain.rules.engine.ValueState;
import java.util.function.Function;

/**
 * The design behind a gallery card's "from" price: open choices are made one by one, each with the available
 * value that gives the lowest price (counts take their smallest available value; parameters try their smallest
 * and largest available value). A real, valid design, so the price is one a customer can have; greedy, so not
 * always the very lowest. Runs on the session's thread and uses up the session it is given.
 */
final class CheapestDesign {

    private CheapestDesign() {
    }

    static Configuration find(ConfigurationSession session, Function<Configuration, Quote> price) {
        return choose(session, price, true, v -> true);
    }

    /**
     * Makes the open choices among {@code which} one by one with the cheapest (or dearest) available value.
     *
     * @return the completed product
     */
    static Configuration choose(ConfigurationSession session, Function<Configuration, Quote> price, boolean cheapest,
                                java.util.function.Predicate<ProductSpace.Var> which) {
        for (ProductSpace.Var v : session.space().variables()) {
            if (!which.test(v)) {
                continue;
            }
            SessionState state = session.state();
            Configuration shown = state.completed();
            if (shown == null) {
                break;
            }
            if (state.decided().values().containsKey(v.id())) {
                continue;
            }
            String current = shown.values().get(v.id());
            java.util.List<String> available = v.values().stream().filter(x -> !x.equals(ProductSpace.NA)
                    && state.state(v.id(), x) == ValueState.AVAILABLE).toList();
            java.util.List<String> candidates = v.kind() == ProductSpace.Kind.PARAMETER && available.size() > 2
                    ? java.util.List.of(available.get(0), available.get(available.size() - 1)) : available;
            String best = null;
            java.math.BigDecimal bestTotal = null;
            for (String value : candidates) {
                if (v.kind() == ProductSpace.Kind.COUNT) {
                    best = value;
                    if (cheapest) {
                        break;
                    }
                    continue;
                }
                Quote q = price.apply(value.equals(current) ? shown : shown.with(v.id(), value, false));
                int order = cheapest ? -1 : 1;
                if (q != null && q.complete() && (bestTotal == null
                        || Integer.signum(q.total().compareTo(bestTotal)) == order)) {
                    best = value;
                    bestTotal = q.total();
                }
            }
            if (best != null) {
                session.select(v.id(), best);
            }
        }
        SessionState done = session.state();
        return done.completed() != null ? done.completed() : done.decided();
    }
}
