// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.chocosolver.solver.variables.IntVar;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The SAT engine's table encoding on the Renault Mégane instance, against Choco as an independent solver. */
class SatEngineRenaultTest {

    @Test
    void withoutChoices392Of396ValuesArePossible() throws IOException {
        FdModel model = renault();
        Propagation p = new SatRuleEngine(model).propagate(Assignment.empty(model.size()));
        int values = 0;
        int possible = 0;
        for (int x = 0; x < model.size(); x++) {
            for (int v = 0; v < model.variable(x).size(); v++) {
                values++;
                if (p.state(x, v) == ValueState.AVAILABLE) {
                    possible++;
                }
            }
        }
        assertThat(values).isEqualTo(396);
        assertThat(possible).isEqualTo(392);
    }

    @Test
    void propagationAgreesWithChocoAlongRandomSessions() throws IOException {
        FdModel model = renault();
        SatRuleEngine engine = new SatRuleEngine(model);
        Random random = new Random(5);
        for (int session = 0; session < 2; session++) {
            Assignment selections = Assignment.empty(model.size());
            for (int click = 0; click < 3; click++) {
                selections = clickSomething(model, engine.propagate(selections), random);
                assertAgreesWithChoco(model, engine.propagate(selections));
            }
        }
    }

    /** Selects a random available value of a random variable that is not fixed yet. */
    private static Assignment clickSomething(FdModel model, Propagation p, Random random) {
        while (true) {
            int x = random.nextInt(model.size());
            int v = random.nextInt(model.variable(x).size());
            if (p.fixedValue(x) == Assignment.UNSET && p.state(x, v) == ValueState.AVAILABLE) {
                return p.selections().with(x, v);
            }
        }
    }

    private static void assertAgreesWithChoco(FdModel model, Propagation p) {
        Assignment selections = p.selections();
        boolean[][] expected = chocoAvailable(model, selections);
        for (int x = 0; x < model.size(); x++) {
            boolean[] values = selections.isSet(x) ? chocoAvailable(model, selections.without(x))[x] : expected[x];
            for (int v = 0; v < values.length; v++) {
                boolean available = p.consistent() && values[v];
                assertThat(p.state(x, v) == ValueState.AVAILABLE).as("%s=%d under %s", model.variable(x).id(), v,
                        selections).isEqualTo(available);
            }
        }
    }

    /** Per variable and value: does some solution agreeing with {@code fixed} contain it. */
    private static boolean[][] chocoAvailable(FdModel model, Assignment fixed) {
        Model choco = new Model();
        IntVar[] vars = new IntVar[model.size()];
        boolean[][] seen = new boolean[model.size()][];
        for (int x = 0; x < vars.length; x++) {
            vars[x] = fixed.isSet(x) ? choco.intVar("v" + x, fixed.get(x), fixed.get(x))
                    : choco.intVar("v" + x, 0, model.variable(x).size() - 1);
            seen[x] = new boolean[model.variable(x).size()];
        }
        for (FdConstraint c : model.constraints()) {
            TableConstraint table = (TableConstraint) c;
            IntVar[] scope = new IntVar[table.scope().length];
            for (int i = 0; i < scope.length; i++) {
                scope[i] = vars[table.scope()[i]];
            }
            choco.table(scope, new Tuples(table.tuples(), table.supports())).post();
        }
        for (int x = 0; x < vars.length; x++) {
            for (int v = 0; v < seen[x].length; v++) {
                if (seen[x][v]) {
                    continue;
                }
                Constraint probe = choco.arithm(vars[x], "=", v);
                probe.post();
                if (choco.getSolver().solve()) {
                    for (int y = 0; y < vars.length; y++) {
                        seen[y][vars[y].getValue()] = true;
                    }
                }
                choco.getSolver().reset();
                choco.unpost(probe);
            }
        }
        return seen;
    }

    /** Renault from ../shared/benchmarks through the production XCSP reader; skips with a message if absent. */
    private static FdModel renault() {
        java.util.Optional<FdModel> model = dev.atelier.io.xcsp.SharedBenchmarks.renault();
        org.junit.jupiter.api.Assumptions.assumeTrue(model.isPresent(), dev.atelier.io.xcsp.SharedBenchmarks.MISSING);
        return model.get();
    }
}
