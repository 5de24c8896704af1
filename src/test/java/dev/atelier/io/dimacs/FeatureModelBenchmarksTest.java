// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.dimacs;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import org.junit.jupiter.api.Test;
import org.logicng.backbones.Backbone;
import org.logicng.datastructures.Tristate;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Variable;
import org.logicng.solvers.MiniSat;
import org.logicng.solvers.SolverState;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SAT engine on the public feature models (read with {@link DimacsReader}): the known core/dead counts, and
 * complete propagation after a few clicks against an independent oracle (a separate LogicNG solver loaded from
 * the clauses as formulas, its backbone or plain SAT calls).
 */
class FeatureModelBenchmarksTest {

    private final DimacsReader reader = new DimacsReader();

    @Test
    void automotive01HasTheKnownCoreAndDeadFeaturesAndAgreesWithBackbonesAfterClicks() throws IOException {
        FdModel model = reader.read(DimacsReaderTest.featureModels().resolve("automotive01_Kowal2016.dimacs"));
        SatRuleEngine engine = new SatRuleEngine(model);
        Assignment none = Assignment.empty(model.size());
        assertThat(forcedCounts(engine.propagate(none))).containsExactly(100, 195);

        Oracle oracle = new Oracle(model);
        Random random = new Random(42);
        Assignment selections = none;
        for (int click = 0; click < 4; click++) {
            selections = clickSomething(engine.propagate(selections), selections, random);
            assertAgreesWithBackbone(engine.propagate(selections), oracle);
        }
    }

    @Test
    void busyboxHasTwelveCoreFeaturesAndTheDeadOnesTheBackboneFinds() throws IOException {
        FdModel model = reader.read(DimacsReaderTest.featureModels().resolve("busybox-1.18.0_Berger2013.dimacs"));
        Propagation p = new SatRuleEngine(model).propagate(Assignment.empty(model.size()));
        // README: 12 forced on; the collection's Number_CORE (3,948) counts forced-off features of a version with
        // one more feature. This file has 3,937 negative unit clauses and 3,939 features forced off.
        assertThat(forcedCounts(p)).containsExactly(12, 3_939);
        assertAgreesWithBackbone(p, new Oracle(model));
    }

    @Test
    void automotive02HasTheKnownCoreAndDeadFeaturesAndAgreesWithTheOracleOnSampledValues() throws IOException {
        FdModel model = reader.read(
                DimacsReaderTest.featureModels().resolve("automotive02v1_Knueppel2017-2_1.dimacs"));
        SatRuleEngine engine = new SatRuleEngine(model);
        Assignment selections = Assignment.empty(model.size());
        assertThat(forcedCounts(engine.propagate(selections))).containsExactly(1_394, 8);

        Oracle oracle = new Oracle(model);
        Random random = new Random(7);
        for (int click = 0; click < 3; click++) {
            selections = clickSomething(engine.propagate(selections), selections, random);
            Propagation p = engine.propagate(selections);
            assertThat(p.consistent()).isTrue();
            for (int sample = 0; sample < 150; sample++) {
                int x = random.nextInt(model.size());
                int v = random.nextInt(2);
                Assignment with = selections.isSet(x) ? selections.without(x).with(x, v) : selections.with(x, v);
                assertThat(p.state(x, v) == ValueState.AVAILABLE).as("%s=%d", model.variable(x).id(), v)
                        .isEqualTo(oracle.satisfiable(with));
            }
        }
    }

    @Test
    void completionOfAutomotive01IsTheGreedyOneAnIndependentSolverComputesStepByStep() throws IOException {
        FdModel model = reader.read(DimacsReaderTest.featureModels().resolve("automotive01_Kowal2016.dimacs"));
        SatRuleEngine engine = new SatRuleEngine(model);
        Oracle oracle = new Oracle(model);
        Random random = new Random(11);
        Assignment selections = Assignment.empty(model.size());
        for (int click = 0; click < 3; click++) {
            selections = clickSomething(engine.propagate(selections), selections, random);
        }
        int[] preferred = new int[model.size()];
        long[][] cost = new long[model.size()][];
        for (int x = 0; x < model.size(); x++) {
            preferred[x] = random.nextInt(10) == 0 ? random.nextInt(2) : Assignment.UNSET;
            cost[x] = new long[]{random.nextInt(3), random.nextInt(3)};
        }
        Assignment expected = selections;
        for (int x = 0; x < model.size(); x++) {
            if (!expected.isSet(x) && preferred[x] != Assignment.UNSET
                    && oracle.satisfiable(expected.with(x, preferred[x]))) {
                expected = expected.with(x, preferred[x]);
            }
        }
        for (int x = 0; x < model.size(); x++) {
            if (!expected.isSet(x)) {
                int cheapest = cost[x][1] < cost[x][0] ? 1 : 0;
                expected = expected.with(x, oracle.satisfiable(expected.with(x, cheapest)) ? cheapest : 1 - cheapest);
            }
        }
        assertThat(engine.complete(selections, preferred, cost)).contains(expected);
    }

    /** Selects a random value that is available but not yet fixed. */
    private static Assignment clickSomething(Propagation p, Assignment selections, Random random) {
        while (true) {
            int x = random.nextInt(selections.size());
            int v = random.nextInt(2);
            if (p.fixedValue(x) == Assignment.UNSET && p.state(x, v) == ValueState.AVAILABLE) {
                return selections.with(x, v);
            }
        }
    }

    /** Numbers of features forced on and forced off. */
    private static List<Integer> forcedCounts(Propagation p) {
        int on = 0;
        int off = 0;
        for (int x = 0; x < p.selections().size(); x++) {
            if (p.fixedValue(x) == 1) {
                on++;
            } else if (p.fixedValue(x) == 0) {
                off++;
            }
        }
        return List.of(on, off);
    }

    private static void assertAgreesWithBackbone(Propagation p, Oracle oracle) {
        Assignment selections = p.selections();
        Backbone backbone = oracle.backbone(selections);
        assertThat(p.consistent()).isEqualTo(backbone.isSat());
        for (int x = 0; x < selections.size(); x++) {
            if (selections.isSet(x)) {
                int other = 1 - selections.get(x);
                assertThat(p.state(x, other) == ValueState.AVAILABLE)
                        .isEqualTo(oracle.satisfiable(selections.without(x).with(x, other)));
                continue;
            }
            Variable feature = oracle.variable(x);
            assertThat(p.state(x, 1) == ValueState.AVAILABLE).as("feature %d on", x)
                    .isEqualTo(!backbone.getNegativeBackbone().contains(feature));
            assertThat(p.state(x, 0) == ValueState.AVAILABLE).as("feature %d off", x)
                    .isEqualTo(!backbone.getPositiveBackbone().contains(feature));
        }
    }

    /** An independent LogicNG solver with the clauses as formulas; selections enter as assumptions or units. */
    private static final class Oracle {
        private final FormulaFactory f = new FormulaFactory();
        private final MiniSat solver = MiniSat.miniSat(f);
        private final List<Variable> variables = new ArrayList<>();

        Oracle(FdModel model) {
            for (int x = 0; x < model.size(); x++) {
                variables.add(f.variable("f" + x));
            }
            for (FdConstraint c : model.constraints()) {
                ClauseConstraint clause = (ClauseConstraint) c;
                List<Literal> literals = new ArrayList<>();
                for (int i = 0; i < clause.scope().length; i++) {
                    boolean featureOn = (clause.values()[i] == 1) == clause.positive()[i];
                    literals.add(f.literal("f" + clause.scope()[i], featureOn));
                }
                solver.add(f.or(literals));
            }
        }

        Variable variable(int x) {
            return variables.get(x);
        }

        boolean satisfiable(Assignment fixed) {
            return solver.sat(literals(fixed)) == Tristate.TRUE;
        }

        Backbone backbone(Assignment selections) {
            SolverState before = solver.saveState();
            for (Literal lit : literals(selections)) {
                solver.add(lit);
            }
            Backbone backbone = solver.backbone(variables);
            solver.loadState(before);
            return backbone;
        }

        private List<Literal> literals(Assignment fixed) {
            List<Literal> literals = new ArrayList<>();
            for (int x = 0; x < fixed.size(); x++) {
                if (fixed.isSet(x)) {
                    literals.add(f.literal("f" + x, fixed.get(x) == 1));
                }
            }
            return literals;
        }
    }
}
