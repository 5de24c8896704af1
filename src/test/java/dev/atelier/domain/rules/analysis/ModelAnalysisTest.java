// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.analysis;

import dev.atelier.domain.rules.engine.BruteForceRuleEngine;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelAnalysisTest {

    final ModelAnalysis analysis = new ModelAnalysis(BruteForceRuleEngine::new,
            m -> !new BruteForceRuleEngine(m).solutions().isEmpty(), r -> r.startsWith("structure:"),
            v -> v.equals("-"));

    static final List<FdVariable> VARS = List.of(
            new FdVariable("height", List.of("201", "236")),
            new FdVariable("style", List.of("plain", "glass", "mirror")),
            new FdVariable("door", List.of("hinged", "sliding", "-")));

    @Test
    void findsDeadValuesForcedVariablesAndRulesThatNeverFire() {
        FdModel model = new FdModel("cabinet", VARS, List.of(
                // mirror needs 236, but 236 is forbidden outright: mirror is dead and height forced
                new TableConstraint("mirror-tall", new int[] {1, 0}, new int[][] {{2, 0}}, false),
                new TableConstraint("no-236", new int[] {0}, new int[][] {{1}}, false),
                // glass excludes mirror on the same variable: implied by the domain, it can never fire
                new TableConstraint("glass-not-mirror", new int[] {1, 1}, new int[][] {{1, 2}}, false),
                new TableConstraint("structure:door", new int[] {2}, new int[][] {{2}}, false)));
        List<Finding> findings = analysis.analyze(model);
        assertThat(findings).extracting(Finding::kind, Finding::subject, Finding::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.DEAD_VALUE, "height", "236"),
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.DEAD_VALUE, "style", "mirror"),
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.ALWAYS_FORCED, "height", "201"),
                org.assertj.core.groups.Tuple.tuple(Finding.Kind.NEVER_FIRES, "glass-not-mirror", null));
        assertThat(findings).noneMatch(f -> f.value() != null && f.value().equals("-"));
    }

    @Test
    void namesAMinimalSetOfContradictingRules() {
        FdModel model = new FdModel("cabinet", VARS, List.of(
                new TableConstraint("glass-only", new int[] {1}, new int[][] {{1}}, true),
                new TableConstraint("harmless", new int[] {0, 2}, new int[][] {{0, 1}}, false),
                new TableConstraint("no-glass", new int[] {1}, new int[][] {{1}}, false)));
        List<Finding> findings = analysis.analyze(model);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).kind()).isEqualTo(Finding.Kind.CONTRADICTION);
        assertThat(findings.get(0).rules()).containsExactly("glass-only", "no-glass");
        assertThat(findings.get(0).message()).contains("glass-only, no-glass");
    }
}
