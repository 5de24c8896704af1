// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration session speaking the engine's JSON-lines protocol (DESIGN.md §6): {@link #handle(String)}
 * maps one request line to one answer line.
 * <p>
 * Requests: {@code state}, {@code select} (var, value), {@code deselect} (var), {@code explain} (var, value),
 * {@code repair} (var, value), {@code reset}. Ids are the model's own: variable ids, and value ids such as decimal
 * strings (JSON numbers are accepted for them too). A state answer lists the selections, every variable's
 * available values (a selected variable's: its value) and whether the configuration is complete, followed by the
 * fields of the {@link StateExtension}. A request that is malformed, names an unknown id or selects an unavailable
 * value gets {@code {"ok":false,"error":"..."}} and leaves the session unchanged.
 * <p>
 * Not thread-safe: one instance per session.
 */
public final class EngineProtocol {

    private final RuleEngine engine;
    private final FdModel model;
    private final StateExtension extension;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Map<String, Integer> variableIndex;
    private final List<Map<String, Integer>> valueIndex;
    private Assignment selections;
    private Propagation propagation;

    /** A session on the engine's model, without extra state fields. */
    public EngineProtocol(RuleEngine engine) {
        this(engine, StateExtension.NONE);
    }

    /** A session on the engine's model whose state answers carry the extension's fields. */
    public EngineProtocol(RuleEngine engine, StateExtension extension) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.extension = Objects.requireNonNull(extension, "extension");
        this.model = engine.model();
        this.variableIndex = model.indexMap();
        this.valueIndex = model.variables().stream().map(FdVariable::indexMap).toList();
        reset();
    }

    /** The current selections. */
    public Assignment selections() {
        return selections;
    }

    /** Answers one request line with one answer line (no line break). */
    public String handle(String line) {
        JsonNode request;
        try {
            request = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return error("malformed request: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            return error("malformed request: expected a JSON object such as {\"op\":\"state\"}");
        }
        JsonNode op = request.get("op");
        if (op == null || !op.isTextual()) {
            return error("missing \"op\" (one of state, select, deselect, explain, repair, reset)");
        }
        try {
            return switch (op.asText()) {
                case "state" -> state();
                case "select" -> select(variable(request), value(request));
                case "deselect" -> deselect(variable(request));
                case "explain" -> explain(variable(request), value(request));
                case "repair" -> repair(variable(request), value(request));
                case "reset" -> {
                    reset();
                    yield state();
                }
                default -> error("unknown op \"" + op.asText()
                        + "\" (expected state, select, deselect, explain, repair or reset)");
            };
        } catch (BadRequest e) {
            return error(e.getMessage());
        }
    }

    private void reset() {
        selections = Assignment.empty(model.size());
        propagation = engine.propagate(selections);
    }

    private String select(int variable, int value) {
        if (propagation.state(variable, value) != ValueState.AVAILABLE) {
            return error(describe(variable, value) + " is not available ("
                    + (propagation.state(variable, value) == ValueState.IMPOSSIBLE
                    ? "no valid configuration has it" : "excluded by the current selections; ask explain or repair")
                    + ")");
        }
        selections = selections.with(variable, value);
        propagation = engine.propagate(selections);
        return state();
    }

    private String deselect(int variable) {
        if (selections.isSet(variable)) {
            selections = selections.without(variable);
            propagation = engine.propagate(selections);
        }
        return state();
    }

    private String explain(int variable, int value) {
        ValueState state = propagation.state(variable, value);
        if (state == ValueState.AVAILABLE) {
            return error(describe(variable, value) + " is available; there is nothing to explain");
        }
        Explanation explanation = engine.explain(selections, variable, value);
        return write(json -> {
            json.writeBooleanField("ok", true);
            json.writeBooleanField("impossible", state == ValueState.IMPOSSIBLE);
            json.writeArrayFieldStart("because");
            for (Explanation.Literal literal : explanation.because()) {
                writeLiteral(json, literal);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rules");
            for (String rule : explanation.rules()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            if (explanation.rules().stream().anyMatch(model.ruleMessages()::containsKey)) {
                json.writeObjectFieldStart("messages");
                for (String rule : explanation.rules()) {
                    String message = model.ruleMessages().get(rule);
                    if (message != null) {
                        json.writeStringField(rule, message);
                    }
                }
                json.writeEndObject();
            }
        });
    }

    private String repair(int variable, int value) {
        Optional<Repair> found = engine.repair(selections, variable, value);
        if (found.isEmpty()) {
            return error(describe(variable, value) + " is impossible: no valid configuration has it");
        }
        Repair repair = found.get();
        return write(json -> {
            json.writeBooleanField("ok", true);
            json.writeArrayFieldStart("retract");
            for (Explanation.Literal literal : repair.retract()) {
                writeLiteral(json, literal);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("suggestion");
            for (Explanation.Literal literal : repair.retract()) {
                int v = literal.variable();
                json.writeStringField(model.variable(v).id(), valueId(v, repair.suggestion().get(v)));
            }
            json.writeEndObject();
        });
    }

    private String state() {
        Map<String, Object> extra = extension.fields(selections, propagation);
        return write(json -> {
            json.writeBooleanField("ok", true);
            json.writeObjectFieldStart("selected");
            for (int v = 0; v < model.size(); v++) {
                if (selections.isSet(v)) {
                    json.writeStringField(model.variable(v).id(), valueId(v, selections.get(v)));
                }
            }
            json.writeEndObject();
            json.writeObjectFieldStart("domains");
            for (int v = 0; v < model.size(); v++) {
                FdVariable variable = model.variable(v);
                json.writeArrayFieldStart(variable.id());
                if (selections.isSet(v)) {
                    json.writeString(valueId(v, selections.get(v)));
                } else {
                    for (int value = 0; value < variable.size(); value++) {
                        if (propagation.state(v, value) == ValueState.AVAILABLE) {
                            json.writeString(variable.values().get(value));
                        }
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeBooleanField("complete", propagation.complete());
            for (Map.Entry<String, Object> field : extra.entrySet()) {
                json.writeObjectField(field.getKey(), field.getValue());
            }
        });
    }

    private void writeLiteral(JsonGenerator json, Explanation.Literal literal) throws IOException {
        json.writeStartObject();
        json.writeStringField("var", model.variable(literal.variable()).id());
        json.writeStringField("value", valueId(literal.variable(), literal.value()));
        json.writeEndObject();
    }

    private int variable(JsonNode request) {
        String id = id(request, "var");
        Integer index = variableIndex.get(id);
        if (index == null) {
            throw new BadRequest("unknown variable \"" + id + "\"");
        }
        return index;
    }

    private int value(JsonNode request) {
        int variable = variable(request);
        String id = id(request, "value");
        Integer index = valueIndex.get(variable).get(id);
        if (index == null) {
            throw new BadRequest("variable " + model.variable(variable).id() + " has no value \"" + id + "\"");
        }
        return index;
    }

    private static String id(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || !(node.isTextual() || node.isIntegralNumber())) {
            throw new BadRequest("missing \"" + field + "\" (a string id)");
        }
        return node.asText();
    }

    private String valueId(int variable, int value) {
        return model.variable(variable).values().get(value);
    }

    private String describe(int variable, int value) {
        return model.variable(variable).id() + "=" + valueId(variable, value);
    }

    private String error(String message) {
        return write(json -> {
            json.writeBooleanField("ok", false);
            json.writeStringField("error", message);
        });
    }

    /** Writes one JSON object with the given fields on one line. */
    private String write(Fields fields) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    /** A request that names something that does not exist or lacks a field. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
