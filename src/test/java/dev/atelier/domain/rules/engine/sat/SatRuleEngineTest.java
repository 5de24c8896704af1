// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SatRuleEngineTest {

    private static final int FRAME = 0;
    private static final int DOOR = 1;
    private static final int HANDLE = 2;
    private static final int LIGHT = 3;

    /**
     * frame: oak, pine, steel; door: none, hinged, sliding; handle: none, knob, bar; light: 0/1.
     * Table "doors": steel frames only take sliding doors, pine no sliding; "handles": no door no handle, a door
     * needs a handle, sliding doors take bars only; "light" clause: light needs a door.
     */
    private static FdModel wardrobe() {
        List<FdVariable> variables = List.of(
                new FdVariable("frame", List.of("oak", "pine", "steel")),
                new FdVariable("door", List.of("none", "hinged", "sliding")),
                new FdVariable("handle", List.of("none", "knob", "bar")),
                new FdVariable("light", List.of("0", "1")));
        List<FdConstraint> constraints = List.of(
                new TableConstraint("doors", new int[]{FRAME, DOOR},
                        new int[][]{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {2, 2}}, true),
                new TableConstraint("handles", new int[]{DOOR, HANDLE},
                        new int[][]{{0, 1}, {0, 2}, {1, 0}, {2, 0}, {2, 1}}, false),
                new ClauseConstraint("light", new int[]{LIGHT, DOOR}, new int[]{1, 0}, new boolean[]{false, false}));
        return new FdModel("wardrobe", variables, constraints);
    }

    private static Assignment select(int size, int... variableValuePairs) {
        Assignment a = Assignment.empty(size);
        for (int i = 0; i < variableValuePairs.length; i += 2) {
            a = a.with(variableValuePairs[i], variableValuePairs[i + 1]);
        }
        return a;
    }

    @Test
    void steelFrameForcesSlidingDoorAndBarHandle() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        Propagation p = engine.propagate(select(4, FRAME, 2));
        assertThat(p.consistent()).isTrue();
        assertThat(p.fixedValue(DOOR)).isEqualTo(2);
        assertThat(p.fixedValue(HANDLE)).isEqualTo(2);
        assertThat(p.state(DOOR, 1)).isEqualTo(ValueState.NEEDS_CHANGE);
        assertThat(p.state(FRAME, 0)).as("switching the frame stays possible").isEqualTo(ValueState.AVAILABLE);
        assertThat(p.fixedValue(LIGHT)).isEqualTo(Assignment.UNSET);
        assertThat(p.complete()).isFalse();
        assertThat(engine.propagate(select(4, FRAME, 2, LIGHT, 0)).complete()).isTrue();
    }

    @Test
    void explanationNamesTheSelectionAndTheRules() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        Assignment selections = select(4, FRAME, 2, LIGHT, 1);
        Explanation why = engine.explain(selections, HANDLE, 1);
        assertThat(why.because()).containsExactly(new Explanation.Literal(FRAME, 2));
        assertThat(why.rules()).containsExactly("doors", "handles");
        assertThatThrownBy(() -> engine.explain(selections, HANDLE, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handle=bar is available");
    }

    @Test
    void repairRetractsTheConflictingSelectionAndSuggestsAConfiguration() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        Assignment selections = select(4, FRAME, 2, LIGHT, 1);
        Repair repair = engine.repair(selections, DOOR, 1).orElseThrow();
        assertThat(repair.retract()).containsExactly(new Explanation.Literal(FRAME, 2));
        assertThat(repair.suggestion().get(DOOR)).isEqualTo(1);
        assertThat(repair.suggestion().get(LIGHT)).isEqualTo(1);
        assertThat(repair.suggestion().get(FRAME)).isNotEqualTo(2);
        assertThat(engine.isValid(repair.suggestion())).isTrue();
    }

    @Test
    void minimumRepairRetractsTheSelectionSharedByTwoConflicts() {
        // x3 is in both conflicts {x1, x3} and {x2, x3} against x0=1; a greedy hitting set would retract x1 and x2.
        List<FdVariable> variables = List.of(bool("x0"), bool("x1"), bool("x2"), bool("x3"));
        List<FdConstraint> constraints = List.of(
                new ClauseConstraint("a", new int[]{0, 1, 3}, new int[]{1, 1, 1}, new boolean[]{false, false, false}),
                new ClauseConstraint("b", new int[]{0, 2, 3}, new int[]{1, 1, 1}, new boolean[]{false, false, false}));
        SatRuleEngine engine = new SatRuleEngine(new FdModel("shared", variables, constraints));
        Repair repair = engine.repair(select(4, 1, 1, 2, 1, 3, 1), 0, 1).orElseThrow();
        assertThat(repair.retract()).containsExactly(new Explanation.Literal(3, 1));
    }

    @Test
    void inconsistentSelectionsLeaveNothingAvailable() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        Assignment selections = select(4, FRAME, 2, DOOR, 1);
        Propagation p = engine.propagate(selections);
        assertThat(p.consistent()).isFalse();
        assertThat(p.state(DOOR, 1)).isEqualTo(ValueState.NEEDS_CHANGE);
        assertThat(p.state(LIGHT, 0)).isEqualTo(ValueState.NEEDS_CHANGE);
        assertThat(p.fixedValue(FRAME)).isEqualTo(2);
        assertThat(p.fixedValue(LIGHT)).isEqualTo(Assignment.UNSET);
        assertThat(engine.complete(selections, null, null)).isEmpty();
    }

    @Test
    void contradictoryModelMakesEveryValueImpossible() {
        List<FdVariable> variables = List.of(bool("a"), new FdVariable("b", List.of("only")));
        FdModel model = new FdModel("empty", variables,
                List.of(new TableConstraint("nothing", new int[]{0, 1}, new int[0][], true)));
        SatRuleEngine engine = new SatRuleEngine(model);
        Propagation p = engine.propagate(Assignment.empty(2));
        assertThat(p.consistent()).isFalse();
        assertThat(p.state(0, 1)).isEqualTo(ValueState.IMPOSSIBLE);
        assertThat(p.state(1, 0)).isEqualTo(ValueState.IMPOSSIBLE);
        assertThat(engine.repair(Assignment.empty(2), 0, 1)).isEmpty();
        assertThat(engine.explain(Assignment.empty(2), 0, 1).rules()).containsExactly("nothing");
        assertThat(engine.complete(Assignment.empty(2), null, null)).isEmpty();
    }

    @Test
    void completionTakesDefaultsThenCheapestValues() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        int u = Assignment.UNSET;
        long[][] cost = {{5, 1, 9}, {0, 2, 1}, {0, 3, 1}, {0, 4}};
        Assignment done = engine.complete(select(4, LIGHT, 1), new int[]{u, 1, u, u}, cost).orElseThrow();
        // pine is the cheapest frame that allows the default hinged door; a hinged door needs a handle, bar is cheaper.
        assertThat(done.toArray()).containsExactly(1, 1, 2, 1);
        Assignment cheapest = engine.complete(Assignment.empty(4), null, cost).orElseThrow();
        assertThat(cheapest.toArray()).containsExactly(1, 0, 0, 0);
    }

    @Test
    void rejectsMalformedRequests() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        assertThatThrownBy(() -> engine.propagate(Assignment.empty(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 variables, the model has 4");
        assertThatThrownBy(() -> engine.propagate(select(4, FRAME, 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frame has no value #3");
        assertThatThrownBy(() -> engine.repair(Assignment.empty(4), 9, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no variable #9");
        assertThatThrownBy(() -> engine.complete(Assignment.empty(4), null, new long[][]{{1}, null, null, null}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 entries for 3 values");
    }

    @Test
    void isValidChecksEveryConstraint() {
        SatRuleEngine engine = new SatRuleEngine(wardrobe());
        assertThat(engine.isValid(Assignment.of(new int[]{2, 2, 2, 1}))).isTrue();
        assertThat(engine.isValid(Assignment.of(new int[]{2, 1, 1, 1}))).isFalse();
        assertThat(engine.isValid(Assignment.of(new int[]{0, 0, 0, 1}))).isFalse();
        assertThat(engine.isValid(select(4, FRAME, 0))).isFalse();
    }

    private static FdVariable bool(String id) {
        return new FdVariable(id, List.of("0", "1"));
    }
}
