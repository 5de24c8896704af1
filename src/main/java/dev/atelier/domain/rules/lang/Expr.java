// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An expression of the rule language. {@code offset} is where it starts in the rule text, for messages.
 */
public sealed interface Expr {

    int offset();

    /** A number literal. */
    record Num(BigDecimal value, int offset) implements Expr {
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /** A string literal ({@code "…"}): monogram texts, attribute names. */
    record Str(String value, int offset) implements Expr {
        @Override
        public String toString() {
            return "\"" + value + "\"";
        }
    }

    /**
     * A reference: a path of names with optional instance indices ({@code section[2].width}). Depending on what it
     * names in the product it is a group, parameter, many-of option, component (its count), derived value, or —
     * on the right of {@code =} / inside {@code in {…}} — an option id.
     */
    record Ref(List<Segment> segments, int offset) implements Expr {
        public Ref {
            segments = List.copyOf(segments);
        }

        /** The path without indices, e.g. {@code section.width}. */
        public String template() {
            return segments.stream().map(Segment::name).collect(Collectors.joining("."));
        }

        /** A single plain name (no dot, no index): may stand for an option id. */
        public boolean isSimpleName() {
            return segments.size() == 1 && segments.get(0).index() == 0;
        }

        @Override
        public String toString() {
            return segments.stream().map(Segment::toString).collect(Collectors.joining("."));
        }
    }

    /** One path segment; {@code index} is 1-based, 0 when not given. */
    record Segment(String name, int index) {
        @Override
        public String toString() {
            return index == 0 ? name : name + "[" + index + "]";
        }
    }

    /** {@code not e} or {@code -e}. */
    record Unary(String op, Expr operand, int offset) implements Expr {
        @Override
        public String toString() {
            return op.equals("not") ? "not " + operand : "-" + operand;
        }
    }

    /**
     * A binary operation: {@code and or implies requires excludes iff = != < <= > >= + - * /}.
     */
    record Binary(String op, Expr left, Expr right, int offset) implements Expr {
        @Override
        public String toString() {
            return "(" + left + " " + op + " " + right + ")";
        }
    }

    /** {@code e in {a, b}} or {@code e not in {a, b}}. */
    record In(Expr operand, List<Expr> values, boolean negated, int offset) implements Expr {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return operand + (negated ? " not in {" : " in {")
                    + values.stream().map(Expr::toString).collect(Collectors.joining(", ")) + "}";
        }
    }

    /** A function call: {@code sum count min max abs round floor ceil attr tier index if}. */
    record Call(String name, List<Expr> args, int offset) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            return name + "(" + args.stream().map(Expr::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** {@code atleast k of (a, b, …)}, {@code atmost …}, {@code exactly …}: how many conditions hold. */
    record Cardinality(String kind, int k, List<Expr> items, int offset) implements Expr {
        public Cardinality {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return kind + " " + k + " of (" + items.stream().map(Expr::toString).collect(Collectors.joining(", "))
                    + ")";
        }
    }
}
