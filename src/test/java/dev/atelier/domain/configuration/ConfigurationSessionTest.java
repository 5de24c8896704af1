// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.rules.engine.BruteForceRuleEngine;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.FdVariable;
import dev.atelier.domain.rules.model.TableConstraint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationSessionTest {

    static final LocalizedText L = LocalizedText.en("x");

    static Option opt(String id, String label) {
        return new Option(id, LocalizedText.of(label, label), null, null, null, Map.of());
    }

    static ProductSpace space() {
        OptionGroup door = new OptionGroup("door", LocalizedText.of("Door", "Tür"), OptionGroup.Kind.ONE,
                List.of(opt("hinged", "Hinged"), opt("sliding", "Sliding"), opt("none", "No door")), null);
        OptionGroup style = new OptionGroup("style", LocalizedText.of("Style", "Stil"), OptionGroup.Kind.ONE,
                List.of(opt("plain", "Plain"), opt("glass", "Glass"), opt("mirror", "Mirror")), "plain");
        OptionGroup extras = new OptionGroup("extras", L, OptionGroup.Kind.MANY, List.of(opt("light", "Light")), null);
        Parameter height = new Parameter("height", LocalizedText.of("Height", "Höhe"), "cm", new BigDecimal(201),
                new BigDecimal(236), new BigDecimal(35), null);
        Component root = new Component("cabinet", L, 1, 1, List.of(door, style, extras), List.of(height),
                List.of(new TextField("initials", L, 3, "[A-Z]{1,3}")), List.of(), List.of(), List.of(), List.of());
        Product p = new Product("cabinet", ProductKind.FURNITURE, L, L, null, "cm", root, List.of(), List.of(
                new Rule("glass-needs-tall", "style = glass requires height = 236",
                        LocalizedText.en("Glass doors need a 236 cm frame")),
                new Rule("no-sliding-mirror", "style = mirror excludes door = sliding",
                        LocalizedText.en("Mirror doors cannot slide")),
                new Rule("light-needs-door", "extras.light requires door != none",
                        LocalizedText.en("Lighting needs a door"))), List.of(), List.of());
        return ProductSpace.of(null, p);
    }

    /** The model the rule compiler would produce for {@link #space()}, written out by hand. */
    static FdModel model(ProductSpace space) {
        List<FdVariable> vars = space.variables().stream().map(v -> new FdVariable(v.id(), v.values())).toList();
        // variables: door(0) style(1) extras.light(2) height(3)
        List<FdConstraint> cs = List.of(
                new TableConstraint("glass-needs-tall", new int[] {1, 3}, new int[][] {{1, 0}}, false),
                new TableConstraint("no-sliding-mirror", new int[] {1, 0}, new int[][] {{2, 1}}, false),
                new TableConstraint("light-needs-door", new int[] {2, 0}, new int[][] {{1, 2}}, false));
        return new FdModel("cabinet", vars, cs);
    }

    ConfigurationSession session;

    @BeforeEach
    void open() {
        ProductSpace space = space();
        assertThat(space.variables()).extracting(ProductSpace.Var::id)
                .containsExactly("door", "style", "extras.light", "height");
        session = new ConfigurationSession(space, new BruteForceRuleEngine(model(space)));
    }

    @Test
    void blocksAValueExplainsItAndRepairsItUndoably() {
        session.select("height", "201");
        assertThat(session.state().state("style", "glass")).isEqualTo(ValueState.NEEDS_CHANGE);
        assertThatThrownBy(() -> session.select("style", "glass"))
                .isInstanceOf(ChoiceNotAvailableException.class);

        ConfigurationSession.Why why = session.explain("style", "glass");
        assertThat(why.because()).containsExactly(Map.entry("height", "201"));

        ConfigurationSession.Fix fix = session.repair("style", "glass").orElseThrow();
        assertThat(fix.retract()).containsExactly(Map.entry("height", "201"));
        assertThat(fix.changeTo()).containsExactly(Map.entry("height", "236"));
        assertThat(fix.result().values()).containsEntry("style", "glass").containsEntry("height", "236");

        session.apply(fix);
        assertThat(session.selections()).containsExactly(Map.entry("style", "glass"));
        assertThat(session.state().decided().values()).containsEntry("height", "236");

        session.undo();
        assertThat(session.selections()).containsExactly(Map.entry("height", "201"));
        session.redo();
        assertThat(session.selections()).containsExactly(Map.entry("style", "glass"));
    }

    @Test
    void switchesAChosenValueInOneTapWhenTheReplacementFits() {
        session.select("door", "hinged");
        assertThat(session.state().state("door", "sliding")).isEqualTo(ValueState.AVAILABLE);
        session.select("door", "sliding");
        assertThat(session.state().state("style", "mirror")).isEqualTo(ValueState.NEEDS_CHANGE);
        assertThat(session.state().state("door", "none")).isEqualTo(ValueState.AVAILABLE);
    }

    @Test
    void completesWithDefaultsAndShowsACompletedProductWhileOpen() {
        assertThat(session.state().completed().isComplete()).isTrue();
        assertThat(session.state().completed().values()).containsEntry("style", "plain")
                .containsEntry("extras.light", "no");
        session.complete();
        assertThat(session.state().complete()).isTrue();
        assertThat(session.selections()).hasSize(4);
        session.undo();
        assertThat(session.selections()).isEmpty();
    }

    @Test
    void restoresSavedSelectionsAndReportsWhatNoLongerFits() {
        Map<String, String> saved = new java.util.LinkedHashMap<>();
        saved.put("door", "sliding");
        saved.put("colour", "red");
        saved.put("style", "mirror");
        ConfigurationSession.RestoreReport report = session.restore(saved, Map.of("initials", "AB"));
        assertThat(session.selections()).containsEntry("door", "sliding").doesNotContainKey("style");
        assertThat(report.dropped()).containsOnlyKeys("colour", "style");
        assertThat(session.state().decided().texts()).containsEntry("initials", "AB");
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void refusesTextsThatDoNotFitAndUnknownChoices() {
        assertThatThrownBy(() -> session.setText("initials", "abcd")).isInstanceOf(ChoiceNotAvailableException.class);
        assertThatThrownBy(() -> session.select("colour", "red")).hasMessageContaining("no choice 'colour'");
        session.setText("initials", "JD");
        assertThat(session.state().decided().lookup("initials")).isEqualTo("JD");
    }

    @Test
    void labelsSpeakThePersonsLanguage() {
        Labels labels = new Labels(session.space(), Labels.BUILT_IN);
        assertThat(labels.choice("height", "201", Locale.GERMAN)).isEqualTo("Höhe: 201 cm");
        assertThat(labels.choice("extras.light", "yes", Locale.ENGLISH)).isEqualTo("Light: yes");
    }
}
