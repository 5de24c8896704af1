// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.engine.bdd.BddCompileLimits;
import dev.atelier.domain.rules.engine.bdd.BddRuleEngine;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEnginesTest {

    /** A chain of "not equal" tables over ten variables: a BDD of a few dozen nodes. */
    private static FdModel chain() {
        List<FdVariable> variables = new ArrayList<>();
        List<TableConstraint> tables = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            variables.add(new FdVariable("x" + v, List.of("a", "b", "c")));
            if (v > 0) {
                tables.add(new TableConstraint("ne" + v, new int[] {v - 1, v},
                        IntStream.range(0, 3).mapToObj(i -> new int[] {i, i}).toArray(int[][]::new), false));
            }
        }
        return new FdModel("chain", variables, List.copyOf(tables));
    }

    @Test
    void usesTheBddEngineWhenTheModelFits() {
        AtomicInteger fallbacks = new AtomicInteger();
        RuleEngine engine = RuleEngines.create(chain(), model -> {
            fallbacks.incrementAndGet();
            return null;
        });
        assertThat(engine).isInstanceOf(BddRuleEngine.class);
        assertThat(fallbacks).hasValue(0);
    }

    @Test
    void fallsBackWhenTheBddOutgrowsItsBudget() {
        RuleEngine other = new BddRuleEngine(chain());
        RuleEngine engine = RuleEngines.create(chain(), new BddCompileLimits(5, Duration.ofMinutes(1)),
                model -> other);
        assertThat(engine).isSameAs(other);
    }
}
