// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.xcsp;

import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class XcspReaderTest {

    private static final String INSTANCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <instance>
            <presentation format="XCSP 2.1" type="CSP"/>
            <domains nbDomains="2">
            <domain name="D0" nbValues="3">0..2</domain>
            <domain name="D1" nbValues="4">-1 5..6 9</domain>
            </domains>
            <variables nbVariables="3">
            <variable name="a" domain="D0"/>
            <variable name="b" domain="D1"/>
            <variable name="c" domain="D0"/>
            </variables>
            <relations nbRelations="2">
            <relation name="R0" arity="2" nbTuples="3" semantics="supports">0 -1|1 5| 2 9 </relation>
            <relation name="R1" arity="2" nbTuples="2" semantics="conflicts">0 0|1 7</relation>
            </relations>
            <constraints nbConstraints="2">
            <constraint name="C0" arity="2" scope="a b" reference="R0"/>
            <constraint name="C1" arity="2" scope="c a" reference="R1"/>
            </constraints>
            </instance>
            """;

    private static FdModel read(String xml) throws IOException {
        return new XcspReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void readsDomainsVariablesAndTables() throws IOException {
        FdModel model = read(INSTANCE);
        assertThat(model.name()).isEqualTo("test.xml");
        assertThat(model.variables()).extracting(v -> v.id()).containsExactly("a", "b", "c");
        assertThat(model.variable(1).values()).containsExactly("-1", "5", "6", "9");
        TableConstraint supports = (TableConstraint) model.constraints().get(0);
        assertThat(supports.ruleId()).isEqualTo("C0");
        assertThat(supports.supports()).isTrue();
        assertThat(supports.scope()).containsExactly(0, 1);
        assertThat(supports.tuples()).isDeepEqualTo(new int[][] {{0, 0}, {1, 1}, {2, 3}});
        TableConstraint conflicts = (TableConstraint) model.constraints().get(1);
        assertThat(conflicts.supports()).isFalse();
        assertThat(conflicts.scope()).containsExactly(2, 0);
        assertThat(conflicts.tuples()).as("the tuple with 7, outside c's domain, is dropped")
                .isDeepEqualTo(new int[][] {{0, 0}});
    }

    @Test
    void readsTheRenaultBenchmark() {
        Optional<FdModel> renault = SharedBenchmarks.renault();
        assumeTrue(renault.isPresent(), SharedBenchmarks.MISSING);
        FdModel model = renault.get();
        assertThat(model.size()).isEqualTo(99);
        assertThat(model.constraints()).hasSize(113);
        assertThat(model.variables().stream().mapToInt(v -> v.size()).sum()).isEqualTo(396);
        assertThat(model.constraints().stream().mapToInt(c -> ((TableConstraint) c).scope().length).max())
                .hasValue(10);
    }

    @Test
    void reportsAnUnknownDomainWithItsPosition() {
        assertThatThrownBy(() -> read(INSTANCE.replace("name=\"b\" domain=\"D1\"", "name=\"b\" domain=\"D9\"")))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith("test.xml:10:")
                .hasMessageEndingWith("variable b refers to unknown domain D9")
                .satisfies(e -> assertThat(((ModelFormatException) e).line()).isEqualTo(10));
    }

    @Test
    void reportsXmlThatIsNotWellFormed() {
        assertThatThrownBy(() -> read(INSTANCE.replace("</relations>", "</relation>")))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("test.xml:")
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void rejectsWhatItCannotRead() {
        List<String[]> cases = List.of(
                new String[] {"0 -1|1 5| 2 9 ", "0 -1|1 5| 2", "relation R0: tuple 3 has 1 values, expected 2"},
                new String[] {"nbTuples=\"3\"", "nbTuples=\"4\"", "relation R0 declares nbTuples=4 but lists 3"},
                new String[] {"reference=\"R1\"", "reference=\"R7\"", "constraint C1 refers to unknown relation R7"},
                new String[] {"scope=\"c a\"", "scope=\"c z\"", "constraint C1 refers to unknown variable z"},
                new String[] {"scope=\"c a\"", "scope=\"c a b\"", "constraint C1 declares arity 2 but its scope has 3"},
                new String[] {"semantics=\"conflicts\"", "semantics=\"soft\"", "semantics \"soft\" is not supported"},
                new String[] {"reference=\"R1\"", "reference=\"global:allDifferent\"",
                        "global constraint global:allDifferent is not supported"},
                new String[] {"nbValues=\"3\">0..2", "nbValues=\"3\">0..x", "\"x\" is not an integer"},
                new String[] {"format=\"XCSP 2.1\"", "format=\"XCSP 3\"", "format \"XCSP 3\" is not supported"},
                new String[] {"<instance>", "<problem>", "expected an XCSP 2.1 <instance>, found <problem>"});
        for (String[] c : cases) {
            assertThat(INSTANCE).contains(c[0]);
            assertThatThrownBy(() -> read(INSTANCE.replace(c[0], c[1])))
                    .as(c[1]).isInstanceOf(ModelFormatException.class).hasMessageContaining(c[2]);
        }
    }

    @Test
    void rejectsIntensionalConstraints() {
        String intensional = INSTANCE.replace("</relations>", "</relations><predicates nbPredicates=\"1\">"
                + "<predicate name=\"P0\"><parameters>int X int Y</parameters><expression><functional>"
                + "eq(X,Y)</functional></expression></predicate></predicates>")
                .replace("reference=\"R1\"", "reference=\"P0\"");
        assertThatThrownBy(() -> read(intensional)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("constraint C1: intensional predicate P0 is not supported");
    }
}
