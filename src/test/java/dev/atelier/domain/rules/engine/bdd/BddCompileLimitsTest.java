// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.bdd;

import dev.atelier.domain.rules.engine.ModelTooLargeException;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BddCompileLimitsTest {

    /** x0 < x1 < x2 over 0..29: its BDD has a few hundred nodes. */
    private static FdModel ordered() {
        List<FdVariable> variables = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            variables.add(new FdVariable("x" + v, IntStream.range(0, 30).mapToObj(String::valueOf).toList()));
        }
        int[][] less = IntStream.range(0, 30).boxed()
                .flatMap(a -> IntStream.range(a + 1, 30).mapToObj(b -> new int[] {a, b})).toArray(int[][]::new);
        return new FdModel("ordered", variables, List.of(
                new TableConstraint("a<b", new int[] {0, 1}, less, true),
                new TableConstraint("b<c", new int[] {1, 2}, less, true)));
    }

    @Test
    void compilesWithinGenerousLimits() {
        BddRuleEngine engine = new BddRuleEngine(ordered(), new BddCompileLimits(10_000, Duration.ofMinutes(1)));
        assertThat(engine.modelCount()).as("30 choose 3").isEqualTo(BigInteger.valueOf(4060));
    }

    @Test
    void refusesABddOverTheNodeBudget() {
        assertThatThrownBy(() -> new BddRuleEngine(ordered(), new BddCompileLimits(20, Duration.ofMinutes(1))))
                .isInstanceOf(ModelTooLargeException.class)
                .hasMessageContaining("model 'ordered' is too large for the BDD engine")
                .hasMessageContaining("limits: 20 nodes");
    }

    @Test
    void refusesACompileOverTheTimeBudget() {
        assertThatThrownBy(() -> new BddRuleEngine(ordered(), new BddCompileLimits(10_000, Duration.ofNanos(1))))
                .isInstanceOf(ModelTooLargeException.class)
                .hasMessageContaining("compile time over");
    }

    @Test
    void refusesADomainOfMoreThan65536Values() {
        FdModel huge = new FdModel("huge", List.of(new FdVariable("x",
                IntStream.range(0, 70_000).mapToObj(String::valueOf).toList())), List.of());
        assertThatThrownBy(() -> new BddRuleEngine(huge)).isInstanceOf(ModelTooLargeException.class)
                .hasMessageContaining("70000 values");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new BddCompileLimits(1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BddCompileLimits(100, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
