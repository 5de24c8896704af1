// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.xcsp;

import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an XCSP 2.1 instance with extensional constraints into a {@link FdModel}.
 * <p>
 * Supported: {@code <domain>} (values and ranges such as {@code 0..8 10 12..14}), {@code <variable>},
 * {@code <relation>} with {@code supports} or {@code conflicts} semantics (tuples separated by {@code |}), and
 * {@code <constraint>} elements that reference a relation with a {@code scope}. Variable values become decimal
 * strings; rule ids are the constraint names. Intensional constraints (predicates), global constraints and soft
 * relations are rejected with a clear message.
 * <p>
 * The reader is stateless and may be shared.
 */
public final class XcspReader {

    /** Reads a file; the model is named after the file. */
    public FdModel read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.getFileName().toString());
        }
    }

    /**
     * Reads a stream (not closed).
     *
     * @param name the model name, also used in error messages
     * @throws ModelFormatException if the content is not a supported XCSP 2.1 instance
     */
    public FdModel read(InputStream in, String name) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        Parse parse = new Parse(name);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                parse.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            int detail = message == null ? -1 : message.indexOf("Message: ");
            String problem = detail >= 0 ? message.substring(detail + "Message: ".length()) : String.valueOf(message);
            throw new ModelFormatException(name, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), "not well-formed XML: " + problem.strip());
        }
        return parse.model();
    }

    /** One parse: collects the sections, then resolves the constraints. */
    private static final class Parse {
        private final String source;
        private final Map<String, List<Integer>> domains = new HashMap<>();
        private final Map<String, Integer> variableIndex = new HashMap<>();
        private final List<FdVariable> variables = new ArrayList<>();
        private final List<Map<Integer, Integer>> valueIndex = new ArrayList<>();
        private final Map<String, Relation> relations = new HashMap<>();
        private final Map<String, String> intensional = new HashMap<>();
        private final Map<String, ConstraintRef> constraints = new LinkedHashMap<>();
        private boolean instanceSeen;

        Parse(String source) {
            this.source = source;
        }

        void read(XMLStreamReader xml) throws XMLStreamException, ModelFormatException {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                Position at = Position.of(xml.getLocation());
                String element = xml.getLocalName();
                if (!instanceSeen) {
                    if (!element.equals("instance")) {
                        throw error(at, "expected an XCSP 2.1 <instance>, found <" + element + ">");
                    }
                    if ("XCSP3".equals(xml.getAttributeValue(null, "format"))) {
                        throw error(at, "XCSP3 is not supported; expected XCSP 2.1");
                    }
                    instanceSeen = true;
                    continue;
                }
                switch (element) {
                    case "presentation" -> checkFormat(xml, at);
                    case "domain" -> readDomain(xml, at);
                    case "variable" -> readVariable(xml, at);
                    case "relation" -> readRelation(xml, at);
                    case "predicate", "function" -> intensional.put(required(xml, at, "name"), element);
                    case "constraint" -> readConstraint(xml, at);
                    default -> {
                        // container elements (<domains>, <variables>, ...) and unsupported extras are skipped
                    }
                }
            }
            if (!instanceSeen) {
                throw error(null, "empty document: expected an XCSP 2.1 <instance>");
            }
        }

        private void checkFormat(XMLStreamReader xml, Position at) throws ModelFormatException {
            String format = xml.getAttributeValue(null, "format");
            if (format != null && !format.startsWith("XCSP 2")) {
                throw error(at, "format \"" + format + "\" is not supported; expected XCSP 2.1");
            }
        }

        private void readDomain(XMLStreamReader xml, Position at) throws XMLStreamException, ModelFormatException {
            String name = required(xml, at, "name");
            String declared = xml.getAttributeValue(null, "nbValues");
            List<Integer> values = new ArrayList<>();
            for (String token : xml.getElementText().trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int range = token.indexOf("..");
                if (range > 0) {
                    int from = integer(token.substring(0, range), at, "domain " + name);
                    int to = integer(token.substring(range + 2), at, "domain " + name);
                    if (to < from || (long) to - from >= 1 << 24) {
                        throw error(at, "domain " + name + ": bad range " + token);
                    }
                    for (int v = from; v <= to; v++) {
                        values.add(v);
                    }
                } else {
                    values.add(integer(token, at, "domain " + name));
                }
            }
            if (values.isEmpty()) {
                throw error(at, "domain " + name + " is empty");
            }
            if (values.stream().distinct().count() != values.size()) {
                throw error(at, "domain " + name + " lists a value twice");
            }
            if (declared != null && integer(declared, at, "nbValues of domain " + name) != values.size()) {
                throw error(at, "domain " + name + " declares nbValues=" + declared + " but lists " + values.size());
            }
            if (domains.put(name, values) != null) {
                throw error(at, "domain " + name + " is defined twice");
            }
        }

        private void readVariable(XMLStreamReader xml, Position at) throws ModelFormatException {
            String name = required(xml, at, "name");
            String domainName = required(xml, at, "domain");
            List<Integer> values = domains.get(domainName);
            if (values == null) {
                throw error(at, "variable " + name + " refers to unknown domain " + domainName);
            }
            if (variableIndex.putIfAbsent(name, variables.size()) != null) {
                throw error(at, "variable " + name + " is defined twice");
            }
            variables.add(new FdVariable(name, values.stream().map(String::valueOf).toList()));
            Map<Integer, Integer> index = new HashMap<>(values.size() * 2);
            for (int i = 0; i < values.size(); i++) {
                index.put(values.get(i), i);
            }
            valueIndex.add(index);
        }

        private void readRelation(XMLStreamReader xml, Position at) throws XMLStreamException, ModelFormatException {
            String name = required(xml, at, "name");
            int arity = integer(required(xml, at, "arity"), at, "arity of relation " + name);
            String semantics = required(xml, at, "semantics");
            if (!semantics.equals("supports") && !semantics.equals("conflicts")) {
                throw error(at, "relation " + name + ": semantics \"" + semantics
                        + "\" is not supported (expected supports or conflicts)");
            }
            String declared = xml.getAttributeValue(null, "nbTuples");
            int[][] tuples = tuples(xml.getElementText(), arity, at, name);
            if (declared != null && integer(declared, at, "nbTuples of relation " + name) != tuples.length) {
                throw error(at, "relation " + name + " declares nbTuples=" + declared + " but lists "
                        + tuples.length);
            }
            if (relations.put(name, new Relation(arity, semantics.equals("supports"), tuples)) != null) {
                throw error(at, "relation " + name + " is defined twice");
            }
        }

        private void readConstraint(XMLStreamReader xml, Position at) throws ModelFormatException {
            String name = required(xml, at, "name");
            String reference = required(xml, at, "reference");
            String[] scope = required(xml, at, "scope").trim().split("\\s+");
            String arity = xml.getAttributeValue(null, "arity");
            if (arity != null && integer(arity, at, "arity of constraint " + name) != scope.length) {
                throw error(at, "constraint " + name + " declares arity " + arity + " but its scope has "
                        + scope.length + " variables");
            }
            if (constraints.put(name, new ConstraintRef(name, reference, scope, at)) != null) {
                throw error(at, "constraint " + name + " is defined twice");
            }
        }

        FdModel model() throws ModelFormatException {
            List<FdConstraint> tables = new ArrayList<>(constraints.size());
            for (ConstraintRef c : constraints.values()) {
                tables.add(resolve(c));
            }
            try {
                return new FdModel(source, variables, tables);
            } catch (IllegalArgumentException e) {
                throw error(null, e.getMessage());
            }
        }

        private TableConstraint resolve(ConstraintRef c) throws ModelFormatException {
            Relation relation = relations.get(c.reference());
            if (relation == null) {
                if (c.reference().startsWith("global:")) {
                    throw error(c.at(), "constraint " + c.name() + ": global constraint " + c.reference()
                            + " is not supported (only extensional relations)");
                }
                if (intensional.containsKey(c.reference())) {
                    throw error(c.at(), "constraint " + c.name() + ": intensional " + intensional.get(c.reference())
                            + " " + c.reference() + " is not supported (only extensional relations)");
                }
                throw error(c.at(), "constraint " + c.name() + " refers to unknown relation " + c.reference());
            }
            if (relation.arity() != c.scope().length) {
                throw error(c.at(), "constraint " + c.name() + " has " + c.scope().length
                        + " variables but relation " + c.reference() + " has arity " + relation.arity());
            }
            int[] scope = new int[c.scope().length];
            for (int i = 0; i < scope.length; i++) {
                Integer v = variableIndex.get(c.scope()[i]);
                if (v == null) {
                    throw error(c.at(), "constraint " + c.name() + " refers to unknown variable " + c.scope()[i]);
                }
                scope[i] = v;
            }
            List<int[]> rows = new ArrayList<>(relation.tuples().length);
            for (int[] tuple : relation.tuples()) {
                int[] row = new int[tuple.length];
                boolean inDomains = true;
                for (int i = 0; i < tuple.length && inDomains; i++) {
                    Integer index = valueIndex.get(scope[i]).get(tuple[i]);
                    inDomains = index != null;
                    row[i] = inDomains ? index : -1;
                }
                // a tuple with a value outside the domains can never occur: it neither allows nor forbids anything
                if (inDomains) {
                    rows.add(row);
                }
            }
            return new TableConstraint(c.name(), scope, rows.toArray(new int[0][]), relation.supports());
        }

        private int[][] tuples(String text, int arity, Position at, String relation) throws ModelFormatException {
            List<int[]> tuples = new ArrayList<>();
            int[] tuple = new int[arity];
            int filled = 0;
            int i = 0;
            int length = text.length();
            while (i < length) {
                char ch = text.charAt(i);
                if (ch == '|') {
                    tuples.add(complete(tuple, filled, arity, tuples.size(), at, relation));
                    tuple = new int[arity];
                    filled = 0;
                    i++;
                } else if (Character.isWhitespace(ch)) {
                    i++;
                } else {
                    int start = i;
                    while (i < length && text.charAt(i) != '|' && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    if (filled == arity) {
                        throw error(at, "relation " + relation + ": tuple " + (tuples.size() + 1)
                                + " has more than " + arity + " values");
                    }
                    tuple[filled++] = parseInt(text, start, i, at, relation);
                }
            }
            if (filled > 0 || !tuples.isEmpty()) {
                tuples.add(complete(tuple, filled, arity, tuples.size(), at, relation));
            }
            return tuples.toArray(new int[0][]);
        }

        /** An integer token of a tuple list, parsed in place (relations hold hundreds of thousands). */
        private int parseInt(String text, int start, int end, Position at, String relation)
                throws ModelFormatException {
            try {
                return Integer.parseInt(text, start, end, 10);
            } catch (NumberFormatException e) {
                throw error(at, "relation " + relation + ": \"" + text.substring(start, end) + "\" is not an integer");
            }
        }

        private int[] complete(int[] tuple, int filled, int arity, int index, Position at, String relation)
                throws ModelFormatException {
            if (filled != arity) {
                throw error(at, "relation " + relation + ": tuple " + (index + 1) + " has " + filled
                        + " values, expected " + arity);
            }
            return tuple;
        }

        private String required(XMLStreamReader xml, Position at, String attribute) throws ModelFormatException {
            String value = xml.getAttributeValue(null, attribute);
            if (value == null) {
                throw error(at, "<" + xml.getLocalName() + "> lacks the attribute " + attribute);
            }
            return value;
        }

        private int integer(String text, Position at, String what) throws ModelFormatException {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw error(at, what + ": \"" + text + "\" is not an integer");
            }
        }

        private ModelFormatException error(Position at, String problem) {
            return new ModelFormatException(source, at == null ? -1 : at.line(), at == null ? -1 : at.column(),
                    problem);
        }
    }

    private record Relation(int arity, boolean supports, int[][] tuples) {
    }

    private record ConstraintRef(String name, String reference, String[] scope, Position at) {
    }

    /** Where the parser stood at an element (the end of its start tag), copied out of the StAX location. */
    private record Position(int line, int column) {
        static Position of(Location location) {
            return new Position(location.getLineNumber(), location.getColumnNumber());
        }
    }
}
