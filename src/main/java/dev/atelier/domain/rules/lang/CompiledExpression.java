// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;

/**
 * An expression prepared for one {@link Scope} by {@link Evaluator#compile(Expr, Scope)}: its names resolved to
 * variable ids and instance paths, aggregates unrolled over the instances they can range over, derived values
 * inlined and literals turned into values once. Evaluating it only reads values and computes.
 * <p>
 * It gives exactly what {@link Evaluator#eval(Expr, Scope, Function)} gives for the same expression, scope and
 * values: the same {@link Value} (numbers with the same {@link BigDecimal} arithmetic), or an exception with the same
 * message at the same point of the evaluation. Use it where one expression is evaluated in one scope again and
 * again (geometry, prices and quantities of a component instance on every click).
 * <p>
 * Its operations keep their last operands and result, so evaluating again after one value changed recomputes (and
 * allocates) only what that value touches. Hence, like the evaluator that made it, it is not for concurrent use:
 * it shares parts (derived values) with the other expressions that evaluator compiled; use them under one lock.
 */
public final class CompiledExpression {

    private final Expr expression;
    private final Scope scope;
    private final ExpressionCompiler.Node root;
    private final Set<String> reads;

    CompiledExpression(Expr expression, Scope scope, ExpressionCompiler.Node root, Set<String> reads) {
        this.expression = expression;
        this.scope = scope;
        this.root = root;
        this.reads = reads == null ? null : Collections.unmodifiableSet(reads);
    }

    /** The expression as written. */
    public Expr expression() {
        return expression;
    }

    /** The scope it was prepared for. */
    public Scope scope() {
        return scope;
    }

    /**
     * The ids of the variables and texts an evaluation may read (its value depends on nothing else), or null when
     * that is not known (a malformed part evaluated by the interpreter).
     */
    public Set<String> reads() {
        return reads;
    }

    /** The value with variable values from {@code values} (var id → value id, or null when undecided). */
    public Value eval(Function<String, String> values) {
        return root.eval(values);
    }

    /** Whether it holds: true only for {@link Value#TRUE} (as {@link Evaluator#test}). */
    public boolean test(Function<String, String> values) {
        return root.eval(values) instanceof Value.Bool b && b.value();
    }

    /** A numeric result; NA counts as zero; throws if unknown or not a number (as {@link Evaluator#number}). */
    public BigDecimal number(Function<String, String> values) {
        Value v = root.eval(values);
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Na) {
            return BigDecimal.ZERO;
        }
        throw new EvaluationException(expression.offset(), "'" + expression + "' is " + Evaluator.describe(v)
                + ", not a number");
    }

    @Override
    public String toString() {
        return expression + " in " + (scope.context().isEmpty() ? "<product>" : scope.context()) + scope.indices();
    }
}
