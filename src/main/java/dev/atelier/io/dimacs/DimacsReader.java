// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.dimacs;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a feature model given as DIMACS CNF into a {@link FdModel}.
 * <p>
 * Accepted format: comment lines {@code c <id> <feature name>} name the variables (other comment lines are
 * ignored), one header {@code p cnf <variables> <clauses>} before the first clause, then the clauses as literals
 * terminated by {@code 0} (a clause may span lines, a line may hold several clauses); a line starting with
 * {@code %} ends the data.
 * <p>
 * The model has one variable per DIMACS variable with the domain {@code ["0", "1"]}; its id is the feature name
 * when that name is present and unique in the file, otherwise {@code x<id>}. Each clause becomes one
 * {@link ClauseConstraint} with rule id {@code clause#<n>} (1-based, in file order); literal {@code +i} reads
 * "feature i = 1", literal {@code -i} reads "feature i != 1".
 */
public final class DimacsReader {

    private static final List<String> BOOLEAN_DOMAIN = List.of("0", "1");
    private static final int TRUE_VALUE = 1;

    /**
     * Reads a DIMACS file; the model is named after the file (without extension).
     *
     * @throws DimacsFormatException if the content is not valid DIMACS CNF
     * @throws IOException           if the file cannot be read
     */
    public FdModel read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String modelName = dot > 0 ? fileName.substring(0, dot) : fileName;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parser(fileName, modelName).parse(in);
        }
    }

    /**
     * Reads DIMACS text from a reader (not closed by this method).
     *
     * @param name names the source in error messages and the model
     * @throws DimacsFormatException if the content is not valid DIMACS CNF
     * @throws IOException           if the reader fails
     */
    public FdModel read(Reader reader, String name) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        return new Parser(name, name).parse(in);
    }

    /** One parse of one source: the mutable state lives here, not in the reader. */
    private static final class Parser {

        private final String source;
        private final String modelName;
        private final Map<Integer, String> names = new HashMap<>();
        private final Map<Integer, Integer> nameLines = new HashMap<>();
        private final List<FdConstraint> clauses = new ArrayList<>();
        private int[] pending = new int[16];
        private int pendingSize;
        private int pendingLine;
        private int declaredVariables = -1;
        private int declaredClauses;
        private int lineNumber;

        Parser(String source, String modelName) {
            this.source = source;
            this.modelName = modelName;
        }

        FdModel parse(BufferedReader in) throws IOException {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                char first = text.charAt(0);
                if (first == '%') {
                    break;
                } else if (first == 'c' && (text.length() == 1 || Character.isWhitespace(text.charAt(1)))) {
                    readComment(text);
                } else if (first == 'p') {
                    readHeader(text);
                } else {
                    readClauseTokens(text);
                }
            }
            return finish();
        }

        private void readComment(String text) throws DimacsFormatException {
            String rest = text.substring(1).strip();
            int space = indexOfWhitespace(rest);
            String idToken = space < 0 ? rest : rest.substring(0, space);
            if (!isUnsignedInteger(idToken) || space < 0) {
                return;
            }
            int id = parseInt(idToken);
            String name = rest.substring(space).strip();
            if (names.putIfAbsent(id, name) != null) {
                throw error("variable " + id + " is named twice (first on line " + nameLines.get(id) + ")");
            }
            nameLines.put(id, lineNumber);
        }

        private void readHeader(String text) throws DimacsFormatException {
            String[] tokens = text.split("\\s+");
            if (tokens.length != 4 || !tokens[0].equals("p") || !tokens[1].equals("cnf")
                    || !isUnsignedInteger(tokens[2]) || !isUnsignedInteger(tokens[3])) {
                throw error("expected a header 'p cnf <variables> <clauses>', found '" + text + "'");
            }
            if (declaredVariables >= 0) {
                throw error("second 'p cnf' header");
            }
            declaredVariables = parseInt(tokens[2]);
            declaredClauses = parseInt(tokens[3]);
        }

        private void readClauseTokens(String text) throws DimacsFormatException {
            if (declaredVariables < 0) {
                throw error("clause before the 'p cnf' header");
            }
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (start < i) {
                    readLiteral(text.substring(start, i));
                }
            }
        }

        private void readLiteral(String token) throws DimacsFormatException {
            boolean negative = token.startsWith("-");
            String digits = negative ? token.substring(1) : token;
            if (!isUnsignedInteger(digits)) {
                throw error("'" + token + "' is not a literal (an integer)");
            }
            int variable = parseInt(digits);
            if (variable == 0) {
                endClause();
                return;
            }
            if (variable > declaredVariables) {
                throw error("literal " + token + " refers to variable " + variable + ", but the header declares "
                        + declaredVariables + " variables");
            }
            if (pendingSize == 0) {
                pendingLine = lineNumber;
            }
            if (pendingSize == pending.length) {
                pending = Arrays.copyOf(pending, pendingSize * 2);
            }
            pending[pendingSize++] = negative ? -variable : variable;
        }

        private void endClause() {
            int[] scope = new int[pendingSize];
            int[] values = new int[pendingSize];
            boolean[] positive = new boolean[pendingSize];
            for (int k = 0; k < pendingSize; k++) {
                scope[k] = Math.abs(pending[k]) - 1;
                values[k] = TRUE_VALUE;
                positive[k] = pending[k] > 0;
            }
            clauses.add(new ClauseConstraint("clause#" + (clauses.size() + 1), scope, values, positive));
            pendingSize = 0;
        }

        private FdModel finish() throws DimacsFormatException {
            if (declaredVariables < 0) {
                throw error("no 'p cnf <variables> <clauses>' header");
            }
            if (pendingSize > 0) {
                throw new DimacsFormatException(source, pendingLine, "clause is not terminated by 0");
            }
            if (clauses.size() != declaredClauses) {
                throw error("the header declares " + declaredClauses + " clauses, the file has " + clauses.size());
            }
            for (Map.Entry<Integer, String> e : names.entrySet()) {
                if (e.getKey() < 1 || e.getKey() > declaredVariables) {
                    throw new DimacsFormatException(source, nameLines.get(e.getKey()), "names variable " + e.getKey()
                            + ", but the header declares " + declaredVariables + " variables");
                }
            }
            return new FdModel(modelName, variables(), clauses);
        }

        private List<FdVariable> variables() {
            Map<String, Integer> nameCount = new HashMap<>();
            for (String name : names.values()) {
                if (!name.isEmpty()) {
                    nameCount.merge(name, 1, Integer::sum);
                }
            }
            String[] ids = new String[declaredVariables];
            Set<String> used = new HashSet<>();
            for (int id = 1; id <= declaredVariables; id++) {
                String name = names.get(id);
                if (name != null && nameCount.getOrDefault(name, 0) == 1) {
                    ids[id - 1] = name;
                    used.add(name);
                }
            }
            for (int id = 1; id <= declaredVariables; id++) {
                if (ids[id - 1] == null) {
                    String candidate = "x" + id;
                    for (int suffix = 2; used.contains(candidate); suffix++) {
                        candidate = "x" + id + "_" + suffix;
                    }
                    ids[id - 1] = candidate;
                    used.add(candidate);
                }
            }
            List<FdVariable> variables = new ArrayList<>(declaredVariables);
            for (String id : ids) {
                variables.add(new FdVariable(id, BOOLEAN_DOMAIN));
            }
            return variables;
        }

        private int parseInt(String digits) throws DimacsFormatException {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw error("number " + digits + " is too large");
            }
        }

        private DimacsFormatException error(String problem) {
            return new DimacsFormatException(source, lineNumber, problem);
        }

        private static boolean isUnsignedInteger(String token) {
            if (token.isEmpty()) {
                return false;
            }
            for (int i = 0; i < token.length(); i++) {
                char ch = token.charAt(i);
                if (ch < '0' || ch > '9') {
                    return false;
                }
            }
            return true;
        }

        private static int indexOfWhitespace(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
