// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.domain.rules.engine.bdd.BddRuleEngine;
import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineProtocolTest {

    /**
     * A small cabinet: pine frames are never offered, steel frames take no wooden doors, doors need a handle, glass
     * doors take no brass handle.
     */
    static FdModel cabinet() {
        List<FdVariable> variables = List.of(
                new FdVariable("frame", List.of("oak", "pine", "steel")),
                new FdVariable("doors", List.of("none", "glass", "wood")),
                new FdVariable("handle", List.of("none", "chrome", "brass")));
        return new FdModel("cabinet", variables, List.of(
                new TableConstraint("frames-in-stock", new int[] {0}, new int[][] {{0}, {2}}, true),
                new TableConstraint("steel-no-wood", new int[] {0, 1}, new int[][] {{2, 2}}, false),
                new ClauseConstraint("doors-need-handle", new int[] {1, 2}, new int[] {0, 0},
                        new boolean[] {true, false}),
                new TableConstraint("glass-no-brass", new int[] {1, 2}, new int[][] {{1, 2}}, false)),
                Map.of("steel-no-wood", "Steel frames take no wooden doors."));
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private EngineProtocol protocol;

    @BeforeEach
    void startSession() {
        protocol = new EngineProtocol(new BddRuleEngine(cabinet()));
    }

    private JsonNode send(String request) throws Exception {
        String answer = protocol.handle(request);
        assertThat(answer).doesNotContain("\n");
        return mapper.readTree(answer);
    }

    @Test
    void stateListsTheAvailableValuesOfEveryVariable() throws Exception {
        JsonNode state = send("{\"op\":\"state\"}");
        assertThat(state.get("ok").asBoolean()).isTrue();
        assertThat(state.get("selected").size()).isZero();
        assertThat(state.get("domains").toString())
                .isEqualTo("{\"frame\":[\"oak\",\"steel\"],\"doors\":[\"none\",\"glass\",\"wood\"],"
                        + "\"handle\":[\"none\",\"chrome\",\"brass\"]}");
        assertThat(state.get("complete").asBoolean()).isFalse();
    }

    @Test
    void selectAnswersTheNewState() throws Exception {
        JsonNode state = send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        assertThat(state.get("ok").asBoolean()).isTrue();
        assertThat(state.get("selected").toString()).isEqualTo("{\"frame\":\"steel\"}");
        assertThat(state.get("domains").get("frame").toString()).isEqualTo("[\"steel\"]");
        assertThat(state.get("domains").get("doors").toString()).isEqualTo("[\"none\",\"glass\"]");
    }

    @Test
    void selectingEverythingCompletesTheConfiguration() throws Exception {
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"oak\"}");
        send("{\"op\":\"select\",\"var\":\"doors\",\"value\":\"glass\"}");
        JsonNode state = send("{\"op\":\"select\",\"var\":\"handle\",\"value\":\"chrome\"}");
        assertThat(state.get("complete").asBoolean()).isTrue();
    }

    @Test
    void forcedValuesCompleteTheConfigurationToo() throws Exception {
        JsonNode doors = send("{\"op\":\"select\",\"var\":\"doors\",\"value\":\"glass\"}");
        assertThat(doors.get("domains").get("handle").toString()).isEqualTo("[\"chrome\"]");
        assertThat(doors.get("complete").asBoolean()).isFalse();
        JsonNode state = send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"oak\"}");
        assertThat(state.get("selected").toString()).isEqualTo("{\"frame\":\"oak\",\"doors\":\"glass\"}");
        assertThat(state.get("complete").asBoolean()).isTrue();
    }

    @Test
    void deselectGivesTheValuesBack() throws Exception {
        String initial = protocol.handle("{\"op\":\"state\"}");
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        JsonNode state = send("{\"op\":\"deselect\",\"var\":\"frame\"}");
        assertThat(state.toString()).isEqualTo(initial);
    }

    @Test
    void resetAnswersTheInitialState() throws Exception {
        String initial = protocol.handle("{\"op\":\"state\"}");
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        send("{\"op\":\"select\",\"var\":\"handle\",\"value\":\"brass\"}");
        assertThat(protocol.handle("{\"op\":\"reset\"}")).isEqualTo(initial);
    }

    @Test
    void explainNamesTheSelectionsAndRulesThatExcludeAValue() throws Exception {
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        send("{\"op\":\"select\",\"var\":\"handle\",\"value\":\"chrome\"}");
        JsonNode answer = send("{\"op\":\"explain\",\"var\":\"doors\",\"value\":\"wood\"}");
        assertThat(answer.get("ok").asBoolean()).isTrue();
        assertThat(answer.get("impossible").asBoolean()).isFalse();
        assertThat(answer.get("because").toString()).isEqualTo("[{\"var\":\"frame\",\"value\":\"steel\"}]");
        assertThat(answer.get("rules").toString()).isEqualTo("[\"steel-no-wood\"]");
        assertThat(answer.get("messages").get("steel-no-wood").asText())
                .isEqualTo("Steel frames take no wooden doors.");
    }

    @Test
    void explainOfAnImpossibleValueNamesOnlyRules() throws Exception {
        JsonNode answer = send("{\"op\":\"explain\",\"var\":\"frame\",\"value\":\"pine\"}");
        assertThat(answer.get("impossible").asBoolean()).isTrue();
        assertThat(answer.get("because").size()).isZero();
        assertThat(answer.get("rules").toString()).isEqualTo("[\"frames-in-stock\"]");
        assertThat(answer.has("messages")).isFalse();
    }

    @Test
    void repairRetractsTheFewestSelections() throws Exception {
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        send("{\"op\":\"select\",\"var\":\"handle\",\"value\":\"brass\"}");
        JsonNode answer = send("{\"op\":\"repair\",\"var\":\"doors\",\"value\":\"wood\"}");
        assertThat(answer.get("ok").asBoolean()).isTrue();
        assertThat(answer.get("retract").toString()).isEqualTo("[{\"var\":\"frame\",\"value\":\"steel\"}]");
        assertThat(answer.get("suggestion").toString()).isEqualTo("{\"frame\":\"oak\"}");
    }

    @Test
    void repairOfAnAvailableValueRetractsNothing() throws Exception {
        JsonNode answer = send("{\"op\":\"repair\",\"var\":\"doors\",\"value\":\"wood\"}");
        assertThat(answer.get("retract").size()).isZero();
    }

    @Test
    void valuesMayBeGivenAsNumbers() {
        List<FdVariable> variables = List.of(new FdVariable("1", List.of("0", "1")));
        EngineProtocol numeric = new EngineProtocol(new BddRuleEngine(new FdModel("n", variables, List.of())));
        assertThat(numeric.handle("{\"op\":\"select\",\"var\":1,\"value\":1}")).contains("\"selected\":{\"1\":\"1\"}");
    }

    @Test
    void stateCarriesTheExtensionFields() throws Exception {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("total", "1290.00");
        price.put("currency", "EUR");
        protocol = new EngineProtocol(new BddRuleEngine(cabinet()),
                (selections, propagation) -> Map.of("price", price));
        JsonNode state = send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"oak\"}");
        assertThat(state.get("price").toString()).isEqualTo("{\"total\":\"1290.00\",\"currency\":\"EUR\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"op\":\"select\",\"var\":\"doors\",\"value\":\"wood\"}",
            "{\"op\":\"select\",\"var\":\"frame\",\"value\":\"pine\"}",
            "{\"op\":\"select\",\"var\":\"legs\",\"value\":\"oak\"}",
            "{\"op\":\"select\",\"var\":\"frame\",\"value\":\"gold\"}",
            "{\"op\":\"select\",\"var\":\"frame\"}",
            "{\"op\":\"deselect\"}",
            "{\"op\":\"explain\",\"var\":\"doors\",\"value\":\"glass\"}",
            "{\"op\":\"repair\",\"var\":\"frame\",\"value\":\"pine\"}",
            "{\"op\":\"paint\"}",
            "{\"var\":\"frame\"}",
            "{\"op\":7}",
            "[\"state\"]",
            "{\"op\":\"state\"",
            "{\"op\":\"state\"} {\"op\":\"reset\"}",
            "not json",
            ""})
    void aBadRequestGetsAnErrorAndLeavesTheSessionUnchanged(String request) throws Exception {
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        String before = protocol.handle("{\"op\":\"state\"}");
        JsonNode answer = send(request);
        assertThat(answer.get("ok").asBoolean()).isFalse();
        assertThat(answer.get("error").asText()).isNotBlank();
        assertThat(answer.size()).isEqualTo(2);
        assertThat(protocol.handle("{\"op\":\"state\"}")).isEqualTo(before);
    }

    @Test
    void errorsSayWhatIsWrong() throws Exception {
        send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"steel\"}");
        assertThat(send("{\"op\":\"select\",\"var\":\"doors\",\"value\":\"wood\"}").get("error").asText())
                .isEqualTo("doors=wood is not available (excluded by the current selections; ask explain or repair)");
        assertThat(send("{\"op\":\"select\",\"var\":\"legs\",\"value\":\"oak\"}").get("error").asText())
                .isEqualTo("unknown variable \"legs\"");
        assertThat(send("{\"op\":\"select\",\"var\":\"frame\",\"value\":\"gold\"}").get("error").asText())
                .isEqualTo("variable frame has no value \"gold\"");
        assertThat(send("{\"op\":\"paint\"}").get("error").asText())
                .startsWith("unknown op \"paint\"");
        assertThat(send("not json").get("error").asText()).startsWith("malformed request");
    }
}
