// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.Component;
import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.LocalizedText;
import dev.atelier.domain.catalog.Option;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Product;
import dev.atelier.domain.catalog.ProductKind;
import dev.atelier.domain.catalog.SourcePos;
import dev.atelier.domain.configuration.ProductSpace;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluatorTest {

    static Product wardrobe() {
        LocalizedText l = LocalizedText.en("x");
        OptionGroup door = new OptionGroup("door", l, OptionGroup.Kind.ONE, List.of(
                new Option("hinged", l, null, null, null, Map.of("weight", 12.0)),
                new Option("sliding", l, null, null, null, Map.of("weight", 20.0))), "hinged");
        OptionGroup extras = new OptionGroup("extras", l, OptionGroup.Kind.MANY, List.of(
                new Option("light", l, null, null, null, Map.of()),
                new Option("mirror", l, null, null, null, Map.of())), null);
        Parameter width = new Parameter("width", l, "cm", new BigDecimal(50), new BigDecimal(100),
                new BigDecimal(25), null);
        Component section = new Component("section", l, 1, 3, List.of(door, extras), List.of(width), List.of(), List.of(),
                List.of(), List.of(), List.of());
        Parameter height = new Parameter("height", l, "cm", new BigDecimal(201), new BigDecimal(236),
                new BigDecimal(35), null);
        Component root = new Component("wardrobe", l, 1, 1, List.of(), List.of(height), List.of(), List.of(section),
                List.of(), List.of(), List.of());
        return new Product("wardrobe", ProductKind.FURNITURE, l, l, null, "cm", root,
                List.of(new Derived("total-width", l, "cm", "sum(section.width)")), List.of(), List.of(), List.of());
    }

    final ProductSpace space = ProductSpace.of(null, wardrobe());
    final Evaluator ev = new Evaluator(space);
    final Map<String, String> values = new HashMap<>();

    Value eval(String expr, Scope scope) {
        return ev.eval(RuleParser.parseExpression(expr, SourcePos.UNKNOWN), scope, values::get);
    }

    @Test
    void unrollsRepeatedComponentsIntoInstanceVariables() {
        assertThat(space.variables()).extracting(ProductSpace.Var::id).contains("height", "section.count",
                "section[1].width", "section[3].door", "section[2].extras.mirror");
        assertThat(space.variable("section[1].width").orElseThrow().values()).containsExactly("50", "75", "100");
        assertThat(space.variable("section[2].width").orElseThrow().values()).containsExactly("50", "75", "100",
                ProductSpace.NA);
    }

    @Test
    void sumsOnlyPresentInstancesAndResolvesDerivedValues() {
        values.put("section.count", "2");
        values.put("section[1].width", "50");
        values.put("section[2].width", "100");
        values.put("section[3].width", "-");
        assertThat(eval("total-width", Scope.ROOT)).isEqualTo(new Value.Num(new BigDecimal(150)));
        assertThat(eval("count(section)", Scope.ROOT)).isEqualTo(new Value.Num(new BigDecimal(2)));
    }

    @Test
    void comparesChoicesWithOptionIdsAndIsThreeValued() {
        values.put("section.count", "1");
        values.put("section[1].door", "sliding");
        Scope s1 = Scope.ROOT.bind("section", 1);
        assertThat(eval("section.door = sliding", s1)).isEqualTo(Value.TRUE);
        assertThat(eval("section.door = sliding requires height = 236", s1)).isEqualTo(Value.UNKNOWN);
        values.put("height", "201");
        assertThat(eval("section.door = sliding requires height = 236", s1)).isEqualTo(Value.FALSE);
        assertThat(eval("attr(section.door, \"weight\") * 2", s1)).isEqualTo(
                new Value.Num(new BigDecimal("40.0")));
    }

    @Test
    void findsFreeDimensionsAndDependencies() {
        Expr e = RuleParser.parseExpression("section.door = sliding requires section.width >= 75", SourcePos.UNKNOWN);
        assertThat(ev.freeDimensions(e, Scope.ROOT)).containsExactly("section");
        assertThat(ev.dependencies(e, Scope.ROOT.bind("section", 2)))
                .containsExactlyInAnyOrder("section[2].door", "section[2].width", "section.count");
        Expr sum = RuleParser.parseExpression("total-width <= 250", SourcePos.UNKNOWN);
        assertThat(ev.freeDimensions(sum, Scope.ROOT)).isEmpty();
        assertThat(ev.dependencies(sum, Scope.ROOT)).contains("section[1].width", "section[3].width",
                "section.count");
    }

    @Test
    void resolvesNamesInTheContextComponentFirst() {
        values.put("section.count", "3");
        values.put("section[1].width", "50");
        values.put("section[2].width", "75");
        values.put("section[3].width", "100");
        Scope third = new Scope("section", Map.of("section", 3));
        assertThat(eval("before(width) * 10", third)).isEqualTo(new Value.Num(new BigDecimal(1250)));
        assertThat(eval("extras.mirror", third)).isEqualTo(Value.UNKNOWN);
    }

    @Test
    void reportsUnknownNamesAndBadSyntaxAtTheirPlace() {
        SourcePos pos = new SourcePos("w.json", 12, 20);
        Expr e = RuleParser.parseExpression("section.colour = red", pos);
        assertThatThrownBy(() -> ev.validate(e, Scope.ROOT, pos))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessage("w.json:12:20: 'colour' is not part of 'section'");
        Expr wrongOption = RuleParser.parseExpression("section.door = folding", pos);
        assertThatThrownBy(() -> ev.validate(wrongOption, Scope.ROOT, pos))
                .hasMessage("w.json:12:35: 'folding' is not an option of 'door'");
        assertThatThrownBy(() -> RuleParser.parseRule("height = 236 requires", pos))
                .hasMessage("w.json:12:41: expected a value, a name or '(', found end of rule");
        assertThatThrownBy(() -> RuleParser.parseRule("table (height, section.width) allow {(201, 50), (236)}", pos))
                .hasMessageContaining("w.json:12:68: a row of this table needs 2 values, found 1");
    }

    @Test
    void parsesEveryStatementKind() {
        assertThat(RuleParser.parseRule("default section.door = hinged when height = 201", SourcePos.UNKNOWN))
                .isInstanceOf(Statement.Default.class);
        assertThat(RuleParser.parseRule("visible section.extras when height = 236", SourcePos.UNKNOWN))
                .isInstanceOf(Statement.Visible.class);
        assertThat(RuleParser.parseRule("atmost 1 of (section.extras.light, section.extras.mirror)",
                SourcePos.UNKNOWN)).isInstanceOf(Statement.Constraint.class);
        assertThat(RuleParser.parseRule("section.door not in {sliding} or height - 1 >= 200", SourcePos.UNKNOWN)
                .toString()).contains("not in {sliding}");
    }

    @Test
    void dependenciesOfExplicitInstancesIncludeTheirCounts() {
        Expr e = RuleParser.parseExpression("section[1].width = section[3].width", SourcePos.UNKNOWN);
        assertThat(ev.freeDimensions(e, Scope.ROOT)).isEmpty();
        assertThat(ev.dependencies(e, Scope.ROOT)).containsExactlyInAnyOrder("section[1].width",
                "section[3].width", "section.count");
    }

    @Test
    void namesCountsAndFindsTextReferences() {
        Expr.Ref count = (Expr.Ref) RuleParser.parseExpression("section.count", SourcePos.UNKNOWN);
        assertThat(ev.variableOrCountId(count, Scope.ROOT)).contains("section.count");
        Expr.Ref width = (Expr.Ref) RuleParser.parseExpression("section.width", SourcePos.UNKNOWN);
        assertThat(ev.variableOrCountId(width, Scope.ROOT.bind("section", 2))).contains("section[2].width");
        assertThat(ev.variableOrCountId(width, Scope.ROOT)).isEmpty();
        assertThat(ev.textReference(RuleParser.parseExpression("section.door = hinged", SourcePos.UNKNOWN),
                Scope.ROOT)).isEmpty();
    }

    @Test
    void unresolvableNamesFailTheSameWayEveryTime() {
        Expr e = RuleParser.parseExpression("colour = red", SourcePos.UNKNOWN);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> eval("colour = red", Scope.ROOT)).isInstanceOf(EvaluationException.class);
            assertThatThrownBy(() -> ev.validate(e, Scope.ROOT, new SourcePos("f", 1, 1)))
                    .hasMessage("f:1:1: unknown name 'colour'");
        }
    }
}
