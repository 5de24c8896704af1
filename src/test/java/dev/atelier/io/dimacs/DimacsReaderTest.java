// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.dimacs;

import dev.atelier.domain.rules.model.ClauseConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DimacsReaderTest {

    private final DimacsReader reader = new DimacsReader();

    private FdModel read(String text) throws IOException {
        return reader.read(new StringReader(text), "test.dimacs");
    }

    @Test
    void namesFeaturesAndReadsClausesAcrossLines() throws IOException {
        FdModel model = read("""
                c 1 Root
                c 2 PC RICHMOND F
                c free text comment
                c 3 Optional
                p cnf 3 3
                1 0
                -2 1 0 -3
                1 0
                """);
        assertThat(model.name()).isEqualTo("test.dimacs");
        assertThat(model.variables()).extracting(FdVariable::id).containsExactly("Root", "PC RICHMOND F", "Optional");
        assertThat(model.variables()).allSatisfy(v -> assertThat(v.values()).containsExactly("0", "1"));
        assertThat(model.constraints()).hasSize(3);
        ClauseConstraint second = (ClauseConstraint) model.constraints().get(1);
        assertThat(second.ruleId()).isEqualTo("clause#2");
        assertThat(second.scope()).containsExactly(1, 0);
        assertThat(second.values()).containsExactly(1, 1);
        assertThat(second.positive()).containsExactly(false, true);
        ClauseConstraint third = (ClauseConstraint) model.constraints().get(2);
        assertThat(third.scope()).containsExactly(2, 0);
        assertThat(third.positive()).containsExactly(false, true);
    }

    @Test
    void fallsBackToIndexIdsForMissingOrDuplicateNames() throws IOException {
        FdModel model = read("""
                c 1 Same
                c 2 Same
                c 4 x3
                p cnf 4 0
                """);
        assertThat(model.variables()).extracting(FdVariable::id).containsExactly("x1", "x2", "x3_2", "x3");
    }

    @Test
    void acceptsCarriageReturnsAndTheSatlibEndMarker() throws IOException {
        FdModel model = read("c 1 A\r\np cnf 2 1\r\n1 -2 0\r\n%\r\n0\r\n");
        assertThat(model.variables()).extracting(FdVariable::id).containsExactly("A", "x2");
        assertThat(model.constraints()).hasSize(1);
    }

    @Test
    void keepsAnEmptyClause() throws IOException {
        FdModel model = read("p cnf 1 1\n0\n");
        assertThat(((ClauseConstraint) model.constraints().get(0)).scope()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "p cnf 2 1\\n1 3 0                  | 2 | literal 3 refers to variable 3, but the header declares 2 variables",
        "1 2 0\\np cnf 2 1                  | 1 | clause before the 'p cnf' header",
        "p cnf 2 1\\n1 x 0                  | 2 | 'x' is not a literal",
        "p cnf 2 1\\n1\\n2                  | 2 | clause is not terminated by 0",
        "p cnf 2 2\\n1 0                    | 2 | the header declares 2 clauses, the file has 1",
        "p dnf 2 1                          | 1 | expected a header 'p cnf <variables> <clauses>'",
        "p cnf 2 0\\np cnf 2 0              | 2 | second 'p cnf' header",
        "c 1 A\\nc 1 B\\np cnf 1 0          | 2 | variable 1 is named twice (first on line 1)",
        "c 7 A\\np cnf 1 0                  | 1 | names variable 7, but the header declares 1 variables",
        "c only comments                    | 1 | no 'p cnf <variables> <clauses>' header",
        "p cnf 1 1\\n99999999999 0          | 2 | number 99999999999 is too large",
    })
    void reportsTheLineOfBadInput(String text, int line, String message) {
        assertThatThrownBy(() -> read(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(DimacsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(line);
                    assertThat(e.source()).isEqualTo("test.dimacs");
                })
                .hasMessageStartingWith("test.dimacs:" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void readsTheFeatureModelBenchmarks() throws IOException {
        Path models = featureModels();
        FdModel automotive = reader.read(models.resolve("automotive02v1_Knueppel2017-2_1.dimacs"));
        assertThat(automotive.name()).isEqualTo("automotive02v1_Knueppel2017-2_1");
        assertThat(automotive.size()).isEqualTo(14_010);
        assertThat(automotive.constraints()).hasSize(237_685);
        assertThat(automotive.indexMap()).hasSize(14_010);

        FdModel busybox = reader.read(models.resolve("busybox-1.18.0_Berger2013.dimacs"));
        assertThat(busybox.size()).isEqualTo(6_796);
        long negativeUnits = busybox.constraints().stream().map(ClauseConstraint.class::cast)
                .filter(c -> c.scope().length == 1 && !c.positive()[0]).count();
        assertThat(negativeUnits).isEqualTo(3_937);
        assertThat(busybox.variable(0).id()).isEqualTo("FEATURE_MOUNT_LOOP");

        FdModel pc = reader.read(models.resolve("pc-richmond_Sprey2020.dimacs"));
        assertThat(pc.variable(0).id()).isEqualTo("PC RICHMOND F");
        assertThat(List.of(pc.size(), pc.constraints().size())).containsExactly(377, 1_356);
    }

    static Path featureModels() {
        String shared = System.getProperty("atelier.shared");
        Path dir = shared == null ? null : Path.of(shared, "benchmarks", "feature-models");
        assumeTrue(dir != null && Files.isDirectory(dir),
                "benchmarks not found (system property atelier.shared = " + shared + "): skipping");
        return dir;
    }
}
