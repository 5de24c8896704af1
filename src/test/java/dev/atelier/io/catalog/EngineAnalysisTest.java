// SPDX-License-Identifier: Apache-2.0
package dev.atelier.io.catalog;

import dev.atelier.domain.rules.engine.RuleEngines;
import dev.atelier.domain.rules.engine.sat.SatRuleEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine step of {@code catalog check} on changed copies of the shipped shirt catalog. */
class EngineAnalysisTest {

    final CatalogChecker checker = new CatalogChecker()
            .with(new EngineAnalysis(RuleEngines::create, SatRuleEngine::satisfiable));

    String shirts() throws Exception {
        return Files.readString(Path.of("catalogs/shirts.json"));
    }

    String withRule(String text, String rule) {
        return text.replace("\"rules\": [", "\"rules\": [\n        " + rule + ",");
    }

    @Test
    void reportsAContradictionWithTheRulesThatConflict() throws Exception {
        String text = withRule(shirts(), "{\"id\": \"always-french\", \"rule\": \"cuffs = french\", "
                + "\"message\": {\"en\": \"x\", \"de\": \"x\"}}, {\"id\": \"never-cufflinks\", "
                + "\"rule\": \"not extras.cufflinks\", \"message\": {\"en\": \"x\", \"de\": \"x\"}}");
        CatalogChecker.FileReport report = checker.check("shirts.json", text);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("no valid configuration").contains("always-french")
                    .contains("never-cufflinks").contains("french-cuffs-need-cufflinks");
            assertThat(p.position().line()).isGreaterThan(0);
        });
    }

    @Test
    void reportsDeadOptionsAndRulesThatNeverFire() throws Exception {
        String text = withRule(shirts(), "{\"id\": \"no-wing\", \"rule\": \"collar != wing\", "
                + "\"message\": {\"en\": \"x\", \"de\": \"x\"}}, {\"id\": \"no-wing-again\", "
                + "\"rule\": \"collar = wing requires fit = slim\", \"message\": {\"en\": \"x\", \"de\": \"x\"}}");
        CatalogChecker.FileReport report = checker.check("shirts.json", text);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(CatalogProblem::message)
                .anyMatch(m -> m.contains("'wing' of collar can never be chosen"))
                .anyMatch(m -> m.contains("rule no-wing-again never excludes anything"));
    }
}
