// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.engine.sat;

import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Test fixture: the Renault Mégane instance (XCSP 2.1, extensional tables) as an {@link FdModel}, read with a
 * few regular expressions that cover exactly this file (the product's XCSP importer lives elsewhere).
 */
final class RenaultMegane {

    private static final Pattern DOMAIN = Pattern.compile("<domain name=\"(\\w+)\" nbValues=\"\\d+\">([^<]*)</domain>");
    private static final Pattern VARIABLE = Pattern.compile("<variable domain=\"(\\w+)\" name=\"(\\w+)\"/>");
    private static final Pattern RELATION = Pattern.compile(
            "<relation arity=\"(\\d+)\" name=\"(\\w+)\" nbTuples=\"\\d+\" semantics=\"(\\w+)\"(?:/>|>([^<]*)</relation>)");
    private static final Pattern CONSTRAINT = Pattern.compile(
            "<constraint arity=\"\\d+\" name=\"(\\w+)\" reference=\"(\\w+)\" scope=\"([^\"]*)\"/>");

    private RenaultMegane() {
    }

    static FdModel read() throws IOException {
        String shared = System.getProperty("atelier.shared");
        Path file = shared == null ? null : Path.of(shared, "benchmarks", "clib", "renault", "megane.xml");
        assumeTrue(file != null && Files.isRegularFile(file),
                "benchmarks not found (system property atelier.shared = " + shared + "): skipping");
        String xml = Files.readString(file);

        Map<String, List<String>> domains = new HashMap<>();
        for (Matcher m = DOMAIN.matcher(xml); m.find(); ) {
            domains.put(m.group(1), values(m.group(2).trim()));
        }
        List<FdVariable> variables = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Matcher m = VARIABLE.matcher(xml); m.find(); ) {
            index.put(m.group(2), variables.size());
            variables.add(new FdVariable(m.group(2), domains.get(m.group(1))));
        }
        Map<String, String[]> relations = new HashMap<>();
        for (Matcher m = RELATION.matcher(xml); m.find(); ) {
            relations.put(m.group(2), new String[]{m.group(3), m.group(4) == null ? "" : m.group(4)});
        }
        List<FdConstraint> constraints = new ArrayList<>();
        for (Matcher m = CONSTRAINT.matcher(xml); m.find(); ) {
            String[] names = m.group(3).trim().split("\\s+");
            int[] scope = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                scope[i] = index.get(names[i]);
            }
            String[] relation = relations.get(m.group(2));
            String[] rows = relation[1].isBlank() ? new String[0] : relation[1].trim().split("\\|");
            int[][] tuples = new int[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                String[] cells = rows[r].trim().split("\\s+");
                tuples[r] = new int[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    tuples[r][i] = variables.get(scope[i]).indexOf(cells[i]);
                }
            }
            constraints.add(new TableConstraint(m.group(1), scope, tuples, relation[0].equals("supports")));
        }
        return new FdModel("megane", variables, constraints);
    }

    private static List<String> values(String text) {
        List<String> values = new ArrayList<>();
        if (text.contains("..")) {
            String[] bounds = text.split("\\.\\.");
            for (int v = Integer.parseInt(bounds[0]); v <= Integer.parseInt(bounds[1]); v++) {
                values.add(String.valueOf(v));
            }
        } else {
            for (String v : text.split("\\s+")) {
                values.add(v);
            }
        }
        return values;
    }
}
