// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document parsed with the place of every value and every field name, so that problems found later (by
 * the schema, by the mapping to catalog records, by the rule compiler) can be reported at {@code line:column}.
 */
final class JsonTree {

    /** A 1-based line and column and the 0-based character offset into the text. */
    record Loc(int line, int column, long offset) {
        static Loc of(JsonLocation l) {
            return new Loc(l.getLineNr(), l.getColumnNr(), l.getCharOffset());
        }

        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** A JSON value with its place. */
    sealed interface Node permits Obj, Arr, Scalar {
        Loc loc();

        /** What the value is, in words a catalog designer understands. */
        String describe();
    }

    /** A member of an object: the field name's place and the value. */
    record Member(String name, Loc nameLoc, Node value) {
    }

    /** An object; members in file order. A repeated name keeps the first and is reported by the parser. */
    record Obj(Loc loc, Map<String, Member> members) implements Node {
        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(Loc loc, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A string, number, boolean or null; {@code value} is a String, BigDecimal, Boolean or null. */
    record Scalar(Loc loc, JsonToken token, Object value) implements Node {
        @Override
        public String describe() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "null";
            };
        }

        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }

    /** The text could not be parsed as JSON. {@code nothingRead}: not even the first value started. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Loc loc;
        private final boolean nothingRead;

        SyntaxError(Loc loc, String message, boolean nothingRead) {
            super(message);
            this.loc = loc;
            this.nothingRead = nothingRead;
        }

        Loc loc() {
            return loc;
        }

        boolean nothingRead() {
            return nothingRead;
        }
    }

    /** A duplicate field name inside one object (JSON allows it, a catalog does not). */
    record Duplicate(String name, Loc loc, Loc first) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Node root;
    private final List<Duplicate> duplicates;

    private JsonTree(Node root, List<Duplicate> duplicates) {
        this.root = root;
        this.duplicates = duplicates;
    }

    Node root() {
        return root;
    }

    List<Duplicate> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** Parses a whole document; trailing content after the first value is an error. */
    static JsonTree parse(String text) throws SyntaxError {
        List<Duplicate> duplicates = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        boolean[] started = {false};
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SyntaxError(new Loc(1, 1, 0), "the file is empty", true);
            }
            started[0] = true;
            Node root = value(p, open, duplicates);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new SyntaxError(Loc.of(p.currentTokenLocation()),
                        "unexpected content after the end of the catalog", false);
            }
            return new JsonTree(root, duplicates);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Loc at = l == null ? new Loc(1, 1, 0) : Loc.of(l);
            String original = String.valueOf(e.getOriginalMessage());
            if (e instanceof JsonEOFException || original.contains("end-of-input")) {
                if (open.isEmpty()) {
                    throw new SyntaxError(at, "unexpected end of file", !started[0]);
                }
                Node innermost = open.peek();
                String what = innermost instanceof Obj ? "an object" : "a list";
                throw new SyntaxError(at, "unexpected end of file, " + what + " opened at " + innermost.loc()
                        + " is not closed", false);
            }
            String message = cleanMessage(original);
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("^unrecognized word '([^']*)'")
                    .matcher(message);
            if (word.find() && at.column() > word.group(1).length()) {
                // Jackson points after the word; designers look for its start
                at = new Loc(at.line(), at.column() - word.group(1).length(), at.offset() - word.group(1).length());
            }
            throw new SyntaxError(at, message, !started[0]);
        } catch (IOException e) {
            throw new SyntaxError(new Loc(1, 1, 0), "cannot read: " + e.getMessage(), true);
        }
    }

    private static Node value(JsonParser p, Deque<Node> open, List<Duplicate> duplicates) throws IOException {
        JsonToken t = p.currentToken();
        Loc loc = Loc.of(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Member> members = new LinkedHashMap<>();
                Obj obj = new Obj(loc, members);
                open.push(obj);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Loc nameLoc = Loc.of(p.currentTokenLocation());
                    p.nextToken();
                    Node v = value(p, open, duplicates);
                    Member previous = members.get(name);
                    if (previous != null) {
                        duplicates.add(new Duplicate(name, nameLoc, previous.nameLoc()));
                    } else {
                        members.put(name, new Member(name, nameLoc, v));
                    }
                }
                open.pop();
                return obj;
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                Arr arr = new Arr(loc, items);
                open.push(arr);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, open, duplicates));
                }
                open.pop();
                return arr;
            }
            case VALUE_STRING:
                return new Scalar(loc, t, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Scalar(loc, t, p.getDecimalValue());
            case VALUE_TRUE:
                return new Scalar(loc, t, Boolean.TRUE);
            case VALUE_FALSE:
                return new Scalar(loc, t, Boolean.FALSE);
            case VALUE_NULL:
                return new Scalar(loc, t, null);
            default:
                throw new JsonEOFException(p, t, "unexpected end of file");
        }
    }

    /** Jackson's messages, shortened to what a designer needs. */
    private static String cleanMessage(String m) {
        if (m == null) {
            return "not valid JSON";
        }
        String s = m;
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        s = s.replace("Unexpected character", "unexpected character")
                .replace("Unrecognized token", "unrecognized word")
                .replace(": was expecting double-quote to start field name", ": a field name must be in double quotes")
                .replace("was expecting comma to separate Object entries", "a comma is missing between two fields")
                .replace("was expecting comma to separate Array entries", "a comma is missing between two items");
        return s.strip();
    }

    /** A plain Jackson tree of a node (for the JSON Schema validator). */
    static JsonNode toJackson(Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Obj o) {
            ObjectNode on = f.objectNode();
            for (Member m : o.members().values()) {
                on.set(m.name(), toJackson(m.value()));
            }
            return on;
        }
        if (n instanceof Arr a) {
            ArrayNode an = f.arrayNode();
            for (Node i : a.items()) {
                an.add(toJackson(i));
            }
            return an;
        }
        Scalar s = (Scalar) n;
        return switch (s.token()) {
            case VALUE_STRING -> f.textNode((String) s.value());
            case VALUE_NUMBER_INT -> f.numberNode(((BigDecimal) s.value()).toBigInteger());
            case VALUE_NUMBER_FLOAT -> f.numberNode((BigDecimal) s.value());
            case VALUE_TRUE, VALUE_FALSE -> f.booleanNode((Boolean) s.value());
            default -> f.nullNode();
        };
    }

    /** The node at a path of field names and list indices, and the place to report: a field's name or a value. */
    static Loc locate(Node root, List<Object> path) {
        Node n = root;
        Loc at = root.loc();
        for (Object step : path) {
            if (n instanceof Obj o && step instanceof String name && o.members().containsKey(name)) {
                Member m = o.members().get(name);
                at = m.value().loc();
                n = m.value();
            } else if (n instanceof Arr a && step instanceof Integer i && i >= 0 && i < a.items().size()) {
                n = a.items().get(i);
                at = n.loc();
            } else {
                break;
            }
        }
        return at;
    }
}
