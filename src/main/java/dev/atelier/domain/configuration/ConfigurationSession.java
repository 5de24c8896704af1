// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.configuration;

import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.catalog.Parameter;
import dev.atelier.domain.catalog.Rule;
import dev.atelier.domain.catalog.TextField;
import dev.atelier.domain.rules.engine.Assignment;
import dev.atelier.domain.rules.engine.Explanation;
import dev.atelier.domain.rules.engine.Propagation;
import dev.atelier.domain.rules.engine.Repair;
import dev.atelier.domain.rules.engine.RuleEngine;
import dev.atelier.domain.rules.engine.ValueState;
import dev.atelier.domain.rules.lang.Evaluator;
import dev.atelier.domain.rules.lang.Expr;
import dev.atelier.domain.rules.lang.RuleParser;
import dev.atelier.domain.rules.lang.RuleSyntaxException;
import dev.atelier.domain.rules.lang.Scope;
import dev.atelier.domain.rules.lang.Statement;
import dev.atelier.domain.rules.model.FdModel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One person's configuration of one product: their selections and texts, with undo and redo, answered by a warm
 * {@link RuleEngine}. Every operation returns the new {@link SessionState}; a choice that is not available is
 * refused and changes nothing.
 * <p>
 * Not thread-safe: confine a session to one thread (the UI runs it on one background executor).
 */
public final class ConfigurationSession {

    /** Cost of a value when completing ("finish for me" picks the cheapest); e.g. its price in cents. */
    @FunctionalInterface
    public interface CostModel {
        long cost(String variableId, String value);

        CostModel NONE = (v, x) -> 0;
    }

    /** Why a value is not available: the person's own choices that exclude it, and the rules involved. */
    public record Why(String variableId, String value, Map<String, String> because, List<Rule> rules) {
        public Why {
            because = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(because));
            rules = List.copyOf(rules);
        }
    }

    /**
     * The smallest change that makes a value available: which choices to give up, what they become, and the
     * resulting selections and completed configuration (to price and preview before applying).
     */
    public record Fix(String variableId, String value, Map<String, String> retract, Map<String, String> changeTo,
                      Map<String, String> selections, Configuration result) {
        public Fix {
            retract = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(retract));
            changeTo = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changeTo));
            selections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(selections));
        }
    }

    /** What reopening saved selections could not restore, with the reason per variable. */
    public record RestoreReport(Map<String, String> dropped) {
        public RestoreReport {
            dropped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dropped));
        }

        public boolean clean() {
            return dropped.isEmpty();
        }
    }

    private record Memento(Assignment selections, Map<String, String> texts) {
    }

    private final ProductSpace space;
    private final RuleEngine engine;
    private final Evaluator evaluator;
    private final Map<String, Integer> varIndex;
    private final List<Default> defaults;
    private final Map<String, Rule> rulesById = new HashMap<>();
    private final Deque<Memento> undo = new ArrayDeque<>();
    private final Deque<Memento> redo = new ArrayDeque<>();
    /** Cost per variable and value for completion, from the {@link CostModel} in use. */
    private long[][] costs;

    private Assignment selections;
    private Map<String, String> texts = Map.of();
    private SessionState state;

    /** A soft default: {@code variable = value}, when the condition holds (null: always). */
    private record Default(int variable, int value, Expr when, Scope scope) {
    }

    /**
     * @param space  the product's variables
     * @param engine an engine over the product's compiled model; its variables are {@code space}'s, in order
     */
    public ConfigurationSession(ProductSpace space, RuleEngine engine) {
        this.space = Objects.requireNonNull(space, "space");
        this.engine = Objects.requireNonNull(engine, "engine");
        FdModel model = engine.model();
        if (model.size() != space.variables().size()) {
            throw new IllegalArgumentException("engine model has " + model.size() + " variables, product "
                    + space.variables().size());
        }
        this.varIndex = new HashMap<>();
        for (int i = 0; i < model.size(); i++) {
            ProductSpace.Var v = space.variables().get(i);
            if (!model.variable(i).id().equals(v.id()) || !model.variable(i).values().equals(v.values())) {
                throw new IllegalArgumentException("engine variable " + model.variable(i).id()
                        + " does not match product variable " + v.id());
            }
            varIndex.put(v.id(), i);
        }
        this.evaluator = new Evaluator(space);
        for (Rule r : space.product().rules()) {
            rulesById.put(r.id(), r);
        }
        this.defaults = collectDefaults();
        this.costs = costTable(CostModel.NONE);
        this.selections = Assignment.empty(model.size());
        this.state = compute();
    }

    public ProductSpace space() {
        return space;
    }

    /**
     * Sets how "finish for me" and the completed preview rank values (default: catalog order). The model is asked
     * for every value's cost once, here.
     */
    public SessionState useCosts(CostModel costs) {
        this.costs = costTable(Objects.requireNonNull(costs, "costs"));
        this.state = compute();
        return state;
    }

    public SessionState state() {
        return state;
    }

    /** The person's selections by variable id. */
    public Map<String, String> selections() {
        return state.decided().selections();
    }

    // ---------------------------------------------------------------------------------------- choices

    /**
     * Chooses a value. A value of a variable that is already chosen replaces it when the replacement is
     * available (a one-tap switch); a value that needs other changes is refused — use {@link #repair}.
     *
     * @throws ChoiceNotAvailableException if the id is unknown or the value is not available
     */
    public SessionState select(String variableId, String value) {
        int v = index(variableId);
        int val = valueIndex(v, value);
        ValueState s = state.states().state(variableId, value);
        if (s != ValueState.AVAILABLE) {
            throw new ChoiceNotAvailableException(variableId + " = " + value
                    + (s == ValueState.IMPOSSIBLE ? " is never possible in this product"
                    : " is not available with the current choices"));
        }
        if (selections.get(v) == val) {
            return state;
        }
        return change(selections.with(v, val), texts);
    }

    /** Withdraws a choice (the value may stay forced by other choices). */
    public SessionState deselect(String variableId) {
        int v = index(variableId);
        if (!selections.isSet(v)) {
            return state;
        }
        return change(selections.without(v), texts);
    }

    /**
     * Sets a free text (monogram initials). Empty text clears it.
     *
     * @throws ChoiceNotAvailableException if there is no such text or it does not fit the field's pattern
     */
    public SessionState setText(String textId, String text) {
        TextField field = textField(textId).orElseThrow(() ->
                new ChoiceNotAvailableException("there is no text '" + textId + "'"));
        String t = text == null ? "" : text.strip();
        if (!field.accepts(t)) {
            throw new ChoiceNotAvailableException("'" + t + "' does not fit " + field.label().get("en")
                    + " (at most " + field.maxLength() + " characters, " + field.pattern() + ")");
        }
        Map<String, String> next = new LinkedHashMap<>(texts);
        if (t.isEmpty()) {
            next.remove(textId);
        } else {
            next.put(textId, t);
        }
        return change(selections, next);
    }

    /** Fills every open variable: soft defaults first, then the cheapest available values. Undoable. */
    public SessionState complete() {
        Configuration completed = state.completed();
        if (completed == null) {
            return state;
        }
        Assignment all = selections;
        for (ProductSpace.Var v : space.variables()) {
            int i = varIndex.get(v.id());
            if (!all.isSet(i) && state.decided().value(v.id()).isEmpty()) {
                all = all.with(i, v.values().indexOf(completed.values().get(v.id())));
            }
        }
        return change(all, texts);
    }

    /** Forgets everything the person chose and typed. Undoable. */
    public SessionState reset() {
        return change(Assignment.empty(space.variables().size()), Map.of());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public SessionState undo() {
        if (undo.isEmpty()) {
            return state;
        }
        redo.push(new Memento(selections, texts));
        Memento m = undo.pop();
        return apply(m.selections(), m.texts());
    }

    public SessionState redo() {
        if (redo.isEmpty()) {
            return state;
        }
        undo.push(new Memento(selections, texts));
        Memento m = redo.pop();
        return apply(m.selections(), m.texts());
    }

    // ---------------------------------------------------------------------------------------- help

    /**
     * Why a value is not available: a minimal set of the person's choices that excludes it (empty when the
     * catalog itself never allows it), with the rules involved.
     *
     * @throws IllegalArgumentException if the value is available
     */
    public Why explain(String variableId, String value) {
        int v = index(variableId);
        int val = valueIndex(v, value);
        Explanation e = engine.explain(selections, v, val);
        Map<String, String> because = new LinkedHashMap<>();
        for (Explanation.Literal l : e.because()) {
            ProductSpace.Var var = space.variables().get(l.variable());
            because.put(var.id(), var.values().get(l.value()));
        }
        List<Rule> rules = new ArrayList<>();
        for (String id : e.rules()) {
            Rule r = rulesById.get(id);
            if (r != null) {
                rules.add(r);
            }
        }
        return new Why(variableId, value, because, rules);
    }

    /**
     * The smallest change that makes a value available, or empty when the catalog never allows it.
     */
    public Optional<Fix> repair(String variableId, String value) {
        int v = index(variableId);
        int val = valueIndex(v, value);
        Optional<Repair> repair = engine.repair(selections, v, val);
        if (repair.isEmpty()) {
            return Optional.empty();
        }
        Repair r = repair.get();
        Assignment next = selections;
        Map<String, String> retract = new LinkedHashMap<>();
        Map<String, String> changeTo = new LinkedHashMap<>();
        for (Explanation.Literal l : r.retract()) {
            ProductSpace.Var var = space.variables().get(l.variable());
            retract.put(var.id(), var.values().get(l.value()));
            changeTo.put(var.id(), var.values().get(r.suggestion().get(l.variable())));
            next = next.without(l.variable());
        }
        next = next.with(v, val);
        Configuration result = toConfiguration(r.suggestion(), next, texts);
        return Optional.of(new Fix(variableId, value, retract, changeTo, toMap(next), result));
    }

    /** Applies a repair: gives up the retracted choices and makes the wanted one. Undoable. */
    public SessionState apply(Fix fix) {
        Assignment next = Assignment.empty(space.variables().size());
        for (Map.Entry<String, String> e : fix.selections().entrySet()) {
            int v = index(e.getKey());
            next = next.with(v, valueIndex(v, e.getValue()));
        }
        Propagation p = engine.propagate(next);
        if (!p.consistent()) {
            throw new ChoiceNotAvailableException("this change no longer fits the current choices");
        }
        return change(next, texts);
    }

    /**
     * Restores saved selections (reopening a design, perhaps under a newer catalog): each known, still available
     * value is chosen in order; the rest are reported with the reason. Undo history is cleared.
     */
    public RestoreReport restore(Map<String, String> saved, Map<String, String> savedTexts) {
        Map<String, String> dropped = new LinkedHashMap<>();
        Assignment next = Assignment.empty(space.variables().size());
        for (Map.Entry<String, String> e : saved.entrySet()) {
            Integer v = varIndex.get(e.getKey());
            if (v == null) {
                dropped.put(e.getKey(), "no longer offered");
                continue;
            }
            int val = space.variables().get(v).values().indexOf(e.getValue());
            if (val < 0) {
                dropped.put(e.getKey(), "'" + e.getValue() + "' is no longer offered");
                continue;
            }
            Assignment candidate = next.with(v, val);
            if (!engine.propagate(candidate).consistent()) {
                dropped.put(e.getKey(), "'" + e.getValue() + "' no longer fits the other choices");
                continue;
            }
            next = candidate;
        }
        Map<String, String> keptTexts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : savedTexts.entrySet()) {
            Optional<TextField> f = textField(e.getKey());
            if (f.isPresent() && f.get().accepts(e.getValue())) {
                keptTexts.put(e.getKey(), e.getValue());
            } else {
                dropped.put(e.getKey(), f.isPresent() ? "the text no longer fits" : "no longer offered");
            }
        }
        undo.clear();
        redo.clear();
        apply(next, keptTexts);
        return new RestoreReport(dropped);
    }

    // ---------------------------------------------------------------------------------------- internals

    private SessionState change(Assignment next, Map<String, String> nextTexts) {
        undo.push(new Memento(selections, texts));
        redo.clear();
        return apply(next, nextTexts);
    }

    private SessionState apply(Assignment next, Map<String, String> nextTexts) {
        this.selections = next;
        this.texts = Map.copyOf(nextTexts);
        this.state = compute();
        return state;
    }

    private SessionState compute() {
        Propagation p = engine.propagate(selections);
        Map<String, String> decided = new LinkedHashMap<>();
        Set<String> chosen = new LinkedHashSet<>();
        for (ProductSpace.Var v : space.variables()) {
            int i = varIndex.get(v.id());
            int fixed = selections.isSet(i) ? selections.get(i) : p.fixedValue(i);
            if (fixed != Assignment.UNSET) {
                decided.put(v.id(), v.values().get(fixed));
            }
            if (selections.isSet(i)) {
                chosen.add(v.id());
            }
        }
        Configuration decidedConfig = new Configuration(space, decided, chosen, texts);
        Configuration completed = null;
        if (p.consistent()) {
            Optional<Assignment> full = engine.complete(selections, preferred(decidedConfig), costs);
            completed = full.map(a -> toConfiguration(a, selections, texts)).orElse(null);
        }
        return new SessionState(decidedConfig, completed, p.complete(),
                new SessionState.StateTable(space, varIndex, p));
    }

    private Configuration toConfiguration(Assignment full, Assignment chosenSelections, Map<String, String> t) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> chosen = new LinkedHashSet<>();
        for (ProductSpace.Var v : space.variables()) {
            int i = varIndex.get(v.id());
            if (full.isSet(i)) {
                values.put(v.id(), v.values().get(full.get(i)));
            }
            if (chosenSelections.isSet(i)) {
                chosen.add(v.id());
            }
        }
        return new Configuration(space, values, chosen, t);
    }

    private Map<String, String> toMap(Assignment a) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ProductSpace.Var v : space.variables()) {
            int i = varIndex.get(v.id());
            if (a.isSet(i)) {
                m.put(v.id(), v.values().get(a.get(i)));
            }
        }
        return m;
    }

    private int[] preferred(Configuration decided) {
        int[] pref = new int[space.variables().size()];
        java.util.Arrays.fill(pref, Assignment.UNSET);
        for (Default d : defaults) {
            if (pref[d.variable()] != Assignment.UNSET) {
                continue;
            }
            if (d.when() == null || holds(d, decided)) {
                pref[d.variable()] = d.value();
            }
        }
        return pref;
    }

    /**
     * Whether a default's condition holds, evaluated in the scope of the instance it sets ({@code default
     * section.door = pair when section.width = 100} reads each section's own width). A condition that cannot be
     * evaluated does not hold.
     */
    private boolean holds(Default d, Configuration decided) {
        try {
            return evaluator.test(d.when(), d.scope(), decided::lookup);
        } catch (dev.atelier.domain.rules.lang.EvaluationException e) {
            return false;
        }
    }

    /** The scope of a component instance: its template, with every repeated ancestor's number bound. */
    private static Scope scopeOf(ProductSpace.Instance instance) {
        Scope scope = new Scope(instance.template(), Map.of());
        for (ProductSpace.Instance i = instance; i != null; i = i.parent()) {
            if (i.index() > 0) {
                scope = scope.bind(i.template(), i.index());
            }
        }
        return scope;
    }

    private long[][] costTable(CostModel costModel) {
        long[][] c = new long[space.variables().size()][];
        for (ProductSpace.Var v : space.variables()) {
            int i = varIndex.get(v.id());
            c[i] = new long[v.values().size()];
            for (int k = 0; k < v.values().size(); k++) {
                c[i][k] = costModel.cost(v.id(), v.values().get(k));
            }
        }
        return c;
    }

    /**
     * Soft defaults: {@code default} rules first (they are more specific), then the catalog's group and parameter
     * defaults, applied to every instance of their component.
     */
    private List<Default> collectDefaults() {
        List<Default> out = new ArrayList<>();
        for (Rule r : space.product().rules()) {
            Statement s;
            try {
                s = RuleParser.parseRule(r.text(), r.source());
            } catch (RuleSyntaxException e) {
                continue; // the catalog checker reports it
            }
            if (s instanceof Statement.Default d) {
                addRuleDefault(out, d);
            }
        }
        for (ProductSpace.Var v : space.variables()) {
            String value = null;
            if (v.kind() == ProductSpace.Kind.GROUP && v.group().defaultOption() != null) {
                value = v.group().defaultOption();
            } else if (v.kind() == ProductSpace.Kind.PARAMETER && v.parameter().defaultValue() != null) {
                value = Parameter.format(v.parameter().defaultValue());
            } else if (v.kind() == ProductSpace.Kind.FLAG && v.group().kind() == OptionGroup.Kind.MANY) {
                value = ProductSpace.NO;
            }
            if (value != null && v.values().contains(value)) {
                out.add(new Default(varIndex.get(v.id()), v.values().indexOf(value), null, Scope.ROOT));
            }
        }
        return out;
    }

    private void addRuleDefault(List<Default> out, Statement.Default d) {
        for (ProductSpace.Var v : space.variables()) {
            if (!v.template().equals(d.target().template()) && !v.id().equals(d.target().toString())) {
                continue;
            }
            String value = d.value() instanceof Expr.Ref r ? r.segments().get(0).name()
                    : d.value() instanceof Expr.Num n ? Parameter.format(n.value()) : null;
            if (value != null && v.values().contains(value)) {
                out.add(new Default(varIndex.get(v.id()), v.values().indexOf(value), d.when(), scopeOf(v.instance())));
            }
        }
    }

    private Optional<TextField> textField(String textId) {
        int dot = textId.lastIndexOf('.');
        String instancePath = dot < 0 ? "" : textId.substring(0, dot);
        String name = dot < 0 ? textId : textId.substring(dot + 1);
        return space.instance(instancePath).flatMap(i -> i.component().text(name));
    }

    private int index(String variableId) {
        Integer v = varIndex.get(variableId);
        if (v == null) {
            throw new ChoiceNotAvailableException("this product has no choice '" + variableId + "'");
        }
        return v;
    }

    private int valueIndex(int variable, String value) {
        int val = space.variables().get(variable).values().indexOf(value);
        if (val < 0) {
            throw new ChoiceNotAvailableException("'" + value + "' is not a value of "
                    + space.variables().get(variable).id());
        }
        return val;
    }
}
