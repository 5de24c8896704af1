// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.compile;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.configuration.ProductSpace;
import dev.atelier.domain.rules.model.FdConstraint;
import dev.atelier.domain.rules.model.FdModel;
import dev.atelier.domain.rules.model.TableConstraint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductCompilerTest {

    private static final LocalizedText L = LocalizedText.of("x", "x");

    private static Option o(String id) {
        return new Option(id, L, null, null, null, Map.of());
    }

    private static OptionGroup one(String id, String... options) {
        return new OptionGroup(id, L, OptionGroup.Kind.ONE, Arrays.stream(options).map(ProductCompilerTest::o).toList(),
                null);
    }

    private static Parameter param(String id, int min, int max, int step) {
        return new Parameter(id, L, "cm", BigDecimal.valueOf(min), BigDecimal.valueOf(max), BigDecimal.valueOf(step),
                null);
    }

    private static Component component(String id, int min, int max, List<OptionGroup> groups, List<Parameter> params,
                                       List<Component> children) {
        return new Component(id, L, min, max, groups, params, List.of(), children, List.of(), List.of(), List.of());
    }

    /** Flat repeated sections: frame height, style, extras; 1–2 sections with width and door. */
    static Product flat(List<String> rules) {
        OptionGroup extras = new OptionGroup("extras", L, OptionGroup.Kind.MANY, List.of(o("light"), o("soft")), null);
        Component section = component("section", 1, 2, List.of(one("door", "none", "left", "pair")),
                List.of(param("width", 50, 100, 50)), List.of());
        Component root = component("wardrobe", 1, 1, List.of(one("style", "plain", "glass", "mirror"), extras),
                List.of(param("height", 201, 236, 35)), List.of(section));
        return product(root, rules);
    }

    /** Nested repeated components: sections holding 0–2 inserts. */
    static Product nested(List<String> rules) {
        OptionGroup extras = new OptionGroup("extras", L, OptionGroup.Kind.MANY, List.of(o("deep")), null);
        Component insert = component("insert", 0, 2, List.of(one("type", "shelf", "drawer", "rail")), List.of(),
                List.of());
        Component section = component("section", 1, 2, List.of(), List.of(), List.of(insert));
        Component root = component("wardrobe", 1, 1, List.of(extras), List.of(), List.of(section));
        return product(root, rules);
    }

    private static Product product(Component root, List<String> rules) {
        List<Rule> rs = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            rs.add(new Rule("r" + i, rules.get(i), LocalizedText.of("message " + i, "Meldung " + i),
                    new SourcePos("t.json", 10 + i, 20)));
        }
        return new Product("wardrobe", ProductKind.FURNITURE, L, L, null, "cm", root, List.of(), rs, List.of(),
                List.of());
    }

    /** Compiles and compares the model with the reference semantics on every assignment; returns the model. */
    static FdModel agreeOnEveryAssignment(Product p) {
        return agreeOnEveryAssignment(p, true);
    }

    static FdModel agreeOnEveryAssignment(Product p, boolean satisfiable) {
        ProductCompiler.Report report = new ProductCompiler().check(null, p);
        assertThat(report.errors()).allMatch(e -> e.message().startsWith("no choice can satisfy"));
        CompiledProduct compiled = report.compiled().orElseThrow();
        FdModel model = compiled.model();
        ReferenceSemantics reference = new ReferenceSemantics(compiled.space());
        int n = model.size();
        int[] a = new int[n];
        Map<String, String> values = new HashMap<>();
        long checked = 0;
        long valid = 0;
        while (true) {
            for (int i = 0; i < n; i++) {
                values.put(model.variable(i).id(), model.variable(i).values().get(a[i]));
            }
            boolean expected = reference.valid(values);
            assertThat(model.satisfies(a)).as("assignment %s", values).isEqualTo(expected);
            checked++;
            if (expected) {
                valid++;
            }
            int k = 0;
            while (k < n && ++a[k] == model.variable(k).size()) {
                a[k] = 0;
                k++;
            }
            if (k == n) {
                break;
            }
        }
        assertThat(checked).isGreaterThan(100);
        if (satisfiable) {
            assertThat(valid).as("valid configurations").isPositive();
        }
        return model;
    }

    @Test
    void variablesAreTheProductSpaceVariablesInOrder() {
        Product p = flat(List.of());
        CompiledProduct c = new ProductCompiler().compile(null, p);
        assertThat(c.model().variables()).extracting(v -> v.id()).containsExactlyElementsOf(
                ProductSpace.of(null, p).variables().stream().map(ProductSpace.Var::id).toList());
        assertThat(c.model().variables().get(c.model().indexOf("section[2].width").orElseThrow()).values())
                .containsExactly("50", "100", "-");
    }

    @Test
    void structureMakesAbsentInstancesNotApplicable() {
        FdModel m = agreeOnEveryAssignment(flat(List.of()));
        assertThat(m.constraints()).extracting(FdConstraint::ruleId).contains("structure:section[2]")
                .allMatch(id -> id.startsWith("structure:"));
    }

    @Test
    void perInstanceRulesAggregatesTablesAndCardinalitiesMatchTheirMeaning() {
        FdModel m = agreeOnEveryAssignment(flat(List.of(
                "section.door = pair requires section.width = 100",
                "style = glass requires height = 236",
                "sum(section.width) <= 150",
                "extras.light requires count(section.door != none) >= 1",
                "table (style, height) forbid {(mirror, 201)}",
                "atmost 1 of (extras.light, extras.soft)",
                "not section.door = none requires style != mirror")));
        assertThat(m.constraints()).extracting(FdConstraint::ruleId).contains("r0", "r1", "r2", "r3", "r4", "r5",
                "r6");
        assertThat(m.ruleMessages()).containsEntry("r3", "message 3");
    }

    @Test
    void explicitInstanceNumbersAndNotApplicableValues() {
        agreeOnEveryAssignment(flat(List.of(
                "section[1].width = section[2].width or section.count = 1",
                "section[2].door = left requires height = 201",
                "table (section.door, style) allow {(none, plain), (left, plain), (pair, glass), (left, mirror)}")));
    }

    @Test
    void visibilityHidesExactlyWhenTheConditionIsFalse() {
        FdModel m = agreeOnEveryAssignment(flat(List.of(
                "visible section.door when style != mirror",
                "visible extras when height = 236",
                "section.door = pair requires section.width = 100")));
        CompiledProduct c = new ProductCompiler().compile(null, flat(List.of("visible section.door when style != mirror",
                "visible extras when height = 236")));
        assertThat(c.visibility()).extracting(CompiledProduct.Visibility::ruleId).containsOnly("r0", "r1");
        assertThat(c.visibility()).hasSize(4);
        assertThat(m.variable(m.indexOf("section[1].door").orElseThrow()).values()).contains(ProductSpace.NA);
    }

    @Test
    void nestedComponentsBindEveryLevel() {
        agreeOnEveryAssignment(nested(List.of(
                "section.insert.type = rail requires extras.deep",
                "count(section.insert.type = drawer) <= 1 or section.insert.count = 0",
                "count(section.insert.type = rail) <= 2",
                "not section.insert.type = shelf requires section.insert.count >= 1")));
    }

    @Test
    void visibilityInNestedComponents() {
        agreeOnEveryAssignment(nested(List.of("visible section.insert.type when extras.deep")));
    }

    @Test
    void listsWhicheverSideOfATableIsShorter() {
        FdModel m = new ProductCompiler().compile(null, flat(List.of("style = glass requires height = 236")))
                .model();
        TableConstraint t = (TableConstraint) m.constraints().stream().filter(c -> c.ruleId().equals("r0"))
                .findFirst().orElseThrow();
        assertThat(t.supports()).isFalse();
        assertThat(t.tuples()).hasNumberOfRows(1);
        FdModel m2 = new ProductCompiler().compile(null, flat(List.of("style = glass"))).model();
        TableConstraint t2 = (TableConstraint) m2.constraints().stream().filter(c -> c.ruleId().equals("r0"))
                .findFirst().orElseThrow();
        assertThat(t2.supports()).isTrue();
        assertThat(t2.tuples()).hasNumberOfRows(1);
    }

    @Test
    void refusesRulesWithTooManyCombinationsAndSaysWhatToDo() {
        ProductCompiler.Report r = new ProductCompiler(5).check(null, flat(List.of("sum(section.width) <= 150")));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.errors().get(0).message()).contains("6 combinations to try, more than the limit of 5").contains("split it");
        assertThat(r.errors().get(0).position()).isEqualTo(new SourcePos("t.json", 10, 20));
    }

    @Test
    void reportsSyntaxAndNameErrorsAtTheirColumn() {
        ProductCompiler.Report r = new ProductCompiler().check(null, flat(List.of(
                "style = glass requires",
                "section.colour = red",
                "style = golden")));
        assertThat(r.errors()).extracting(CompileProblem::toString).containsExactly(
                "t.json:10:42: error: rule 'r0': expected a value, a name or '(', found end of rule",
                "t.json:11:20: error: rule 'r1': 'colour' is not part of 'section'",
                "t.json:12:28: error: rule 'r2': 'golden' is not an option of 'style'");
    }

    @Test
    void rulesMayNotReadTexts() {
        Component root = new Component("shirt", L, 1, 1, List.of(one("monogram", "none", "chest")), List.of(),
                List.of(new TextField("initials", L, 3, "[A-Z]{1,3}")), List.of(), List.of(), List.of(), List.of());
        Product p = product(root, List.of("monogram = chest requires initials = \"AB\""));
        ProductCompiler.Report r = new ProductCompiler().check(null, p);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("cannot read the text 'initials'");
            assertThat(e.offset()).isEqualTo(26);
        });
    }

    @Test
    void reportsRulesThatCanNeverHold() {
        ProductCompiler.Report r = new ProductCompiler().check(null, flat(List.of("height > 300")));
        assertThat(r.errors()).singleElement().extracting(CompileProblem::message).asString()
                .startsWith("no choice can satisfy this rule");
    }

    @Test
    void tableValuesMustBeValuesOfTheirColumns() {
        ProductCompiler.Report r = new ProductCompiler().check(null, flat(List.of(
                "table (style, height) forbid {(mirror, 200)}")));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("'200' is not a value of height (values: 201, 236)");
            assertThat(e.offset()).isEqualTo(39);
        });
    }

    @Test
    void defaultsComeFromGroupsParametersAndRulesWithConditions() {
        OptionGroup style = new OptionGroup("style", L, OptionGroup.Kind.ONE, List.of(o("plain"), o("glass")),
                "plain");
        Parameter height = new Parameter("height", L, "cm", BigDecimal.valueOf(201), BigDecimal.valueOf(236),
                BigDecimal.valueOf(35), BigDecimal.valueOf(236));
        Component section = component("section", 1, 2, List.of(one("door", "none", "left", "pair")),
                List.of(param("width", 50, 100, 50)), List.of());
        Component root = component("wardrobe", 1, 1, List.of(style), List.of(height), List.of(section));
        Product p = product(root, List.of("default section.door = pair when section.width = 100",
                "default style = glass when height = 201", "default section.count = 2"));
        CompiledProduct c = new ProductCompiler().compile(null, p);
        FdModel m = c.model();
        int[] a = new int[m.size()];
        Arrays.fill(a, -1);
        int[] pref = c.preferred(a);
        assertThat(m.variable(m.indexOf("style").orElseThrow()).values().get(pref[m.indexOf("style").orElseThrow()]))
                .isEqualTo("plain");
        assertThat(pref[m.indexOf("height").orElseThrow()]).isEqualTo(1);
        assertThat(pref[m.indexOf("section.count").orElseThrow()]).isEqualTo(1);
        assertThat(pref[m.indexOf("section[1].door").orElseThrow()]).isEqualTo(-1);
        a[m.indexOf("height").orElseThrow()] = 0;
        a[m.indexOf("section[1].width").orElseThrow()] = 1;
        pref = c.preferred(a);
        assertThat(pref[m.indexOf("style").orElseThrow()]).isEqualTo(1);
        assertThat(pref[m.indexOf("section[1].door").orElseThrow()]).isEqualTo(2);
        assertThat(pref[m.indexOf("section[2].door").orElseThrow()]).isEqualTo(-1);
        assertThat(c.defaults()).extracting(SoftDefault::ruleId).contains("default:style", "default:height", "r0",
                "r1", "r2");
    }

    @Test
    void defaultValuesMustBeInTheDomain() {
        ProductCompiler.Report r = new ProductCompiler().check(null, flat(List.of("default style = gold")));
        assertThat(r.errors()).singleElement().extracting(CompileProblem::message).asString()
                .contains("'gold' is not a value of style");
    }

    // ---------------------------------------------------------------------------------- property: random rules

    @Property(tries = 25)
    void randomRuleSetsCompileToTheirMeaning(@ForAll("ruleSets") List<String> rules) {
        agreeOnEveryAssignment(flat(rules), false);
    }

    @Provide
    Arbitrary<List<String>> ruleSets() {
        Arbitrary<String> style = Arbitraries.of("plain", "glass", "mirror");
        Arbitrary<String> door = Arbitraries.of("none", "left", "pair");
        Arbitrary<Integer> width = Arbitraries.of(50, 100);
        Arbitrary<Integer> sum = Arbitraries.of(50, 100, 150, 200);
        Arbitrary<String> cmp = Arbitraries.of("<", "<=", "=", "!=", ">=", ">");
        Arbitrary<String> rule = Arbitraries.oneOf(
                style.flatMap(s -> door.map(d -> "style = " + s + " requires section.door != " + d)),
                door.flatMap(d -> width.map(w -> "section.door = " + d + " requires section.width = " + w)),
                cmp.flatMap(c -> sum.map(s -> "sum(section.width) " + c + " " + s)),
                door.flatMap(d -> cmp.map(c -> "count(section.door = " + d + ") " + c + " 1")),
                style.flatMap(s -> door.map(d -> "table (style, section.door) forbid {(" + s + ", " + d + ")}")),
                style.map(s -> "visible section.door when style != " + s),
                style.map(s -> "extras.light excludes style = " + s),
                Arbitraries.of("atleast 1 of (extras.light, extras.soft, height = 236)",
                        "exactly 1 of (extras.light, section.count = 2)",
                        "section[2].width >= section[1].width",
                        "max(section.width) - min(section.width) <= 50",
                        "if(style = glass, height, 0) != 201"));
        return rule.list().ofMinSize(1).ofMaxSize(4);
    }
}
