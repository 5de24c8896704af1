// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine;

import dev.atelier.domain.rules.engine.RandomModels.Case;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Choco oracle itself agrees with enumeration, so it can vouch for the engine on large models. */
class ChocoOracleTest {

    @Provide
    Arbitrary<Case> cases() {
        return RandomModels.cases();
    }

    @Property(tries = 100)
    void oracleFindsExactlyTheSupportedValues(@ForAll("cases") Case c) {
        BruteForce brute = new BruteForce(c.model());
        ChocoOracle choco = new ChocoOracle(c.model());
        int[] unset = IntStream.range(0, c.model().size()).filter(v -> c.selection()[v] == Assignment.UNSET)
                .toArray();
        boolean[][] supported = choco.supported(c.selection(), unset);
        for (int v : unset) {
            for (int value = 0; value < c.model().variable(v).size(); value++) {
                assertThat(supported[v][value]).as("x%d=%d", v, value)
                        .isEqualTo(brute.consistent(BruteForce.with(c.selection(), v, value)));
            }
        }
        int[] solution = choco.solve(c.selection());
        assertThat(solution != null).isEqualTo(brute.consistent(c.selection()));
        if (solution != null) {
            assertThat(brute.valid(solution)).isTrue();
        }
    }
}
