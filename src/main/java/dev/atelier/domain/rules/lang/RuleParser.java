// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.SourcePos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses rule texts and expressions of the rule language (grammar in {@code docs/catalog-format.md}).
 * Errors are {@link RuleSyntaxException}s that name the place: {@code file:line:col: expected …, found …}.
 */
public final class RuleParser {

    private static final Set<String> FUNCTIONS = Set.of("sum", "count", "min", "max", "abs", "round", "floor",
            "ceil", "attr", "tier", "index", "if", "before");
    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<", "<=", ">", ">=");
    private static final Set<String> IMPLICATIONS = Set.of("implies", "requires", "excludes", "iff");

    private final List<Token> tokens;
    private final SourcePos pos;
    private int next;

    private RuleParser(String text, SourcePos pos) {
        this.pos = pos == null ? SourcePos.UNKNOWN : pos;
        this.tokens = Lexer.tokenize(text, this.pos);
    }

    /** Parses one rule text. */
    public static Statement parseRule(String text, SourcePos pos) {
        RuleParser p = new RuleParser(text, pos);
        Statement s = p.statement();
        p.expectEnd();
        return s;
    }

    /** Parses one expression (price formulas, geometry sizes, conditions). */
    public static Expr parseExpression(String text, SourcePos pos) {
        RuleParser p = new RuleParser(text, pos);
        Expr e = p.expression();
        p.expectEnd();
        return e;
    }

    private Statement statement() {
        if (peek().is("default") && peekAt(1).kind() == Token.Kind.IDENT) {
            advance();
            Expr.Ref target = ref();
            expect("=");
            Expr value = primary();
            Expr when = null;
            if (accept("when")) {
                when = expression();
            }
            return new Statement.Default(target, value, when);
        }
        if (peek().is("visible") && peekAt(1).kind() == Token.Kind.IDENT) {
            advance();
            Expr.Ref target = ref();
            expect("when");
            return new Statement.Visible(target, expression());
        }
        if (peek().is("table") && peekAt(1).is("(")) {
            return table();
        }
        return new Statement.Constraint(expression());
    }

    private Statement table() {
        advance();
        expect("(");
        List<Expr.Ref> columns = new ArrayList<>();
        do {
            columns.add(ref());
        } while (accept(","));
        expect(")");
        boolean allow;
        if (accept("allow")) {
            allow = true;
        } else if (accept("forbid")) {
            allow = false;
        } else {
            throw error("'allow' or 'forbid'");
        }
        expect("{");
        List<List<Expr>> rows = new ArrayList<>();
        do {
            Token rowStart = expect("(");
            List<Expr> row = new ArrayList<>();
            do {
                row.add(value());
            } while (accept(","));
            expect(")");
            if (row.size() != columns.size()) {
                throw new RuleSyntaxException(pos.plusColumns(rowStart.offset()), "a row of this table needs "
                        + columns.size() + " values, found " + row.size());
            }
            rows.add(row);
        } while (accept(","));
        expect("}");
        return new Statement.Table(columns, allow, rows);
    }

    /** expression := or ((implies | requires | excludes | iff) or)* */
    private Expr expression() {
        Expr left = or();
        while (IMPLICATIONS.contains(peek().text()) && peek().kind() == Token.Kind.IDENT) {
            Token op = advance();
            left = new Expr.Binary(op.text(), left, or(), left.offset());
        }
        return left;
    }

    private Expr or() {
        Expr left = and();
        while (peek().is("or")) {
            advance();
            left = new Expr.Binary("or", left, and(), left.offset());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().is("and")) {
            advance();
            left = new Expr.Binary("and", left, not(), left.offset());
        }
        return left;
    }

    private Expr not() {
        if (peek().is("not") && !peekAt(1).is("in")) {
            Token t = advance();
            return new Expr.Unary("not", not(), t.offset());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token t = peek();
        if (t.kind() == Token.Kind.SYMBOL && COMPARISONS.contains(t.text())) {
            advance();
            return new Expr.Binary(t.text(), left, additive(), left.offset());
        }
        boolean negated = t.is("not") && peekAt(1).is("in");
        if (t.is("in") || negated) {
            advance();
            if (negated) {
                advance();
            }
            expect("{");
            List<Expr> values = new ArrayList<>();
            do {
                values.add(value());
            } while (accept(","));
            expect("}");
            return new Expr.In(left, values, negated, left.offset());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token op = advance();
            left = new Expr.Binary(op.text(), left, multiplicative(), left.offset());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/")) {
            Token op = advance();
            left = new Expr.Binary(op.text(), left, unary(), left.offset());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("-")) {
            Token t = advance();
            return new Expr.Unary("-", unary(), t.offset());
        }
        return primary();
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                advance();
                return new Expr.Num(new BigDecimal(t.text()), t.offset());
            case STRING:
                advance();
                return new Expr.Str(t.text(), t.offset());
            case SYMBOL:
                if (t.is("(")) {
                    advance();
                    Expr e = expression();
                    expect(")");
                    return e;
                }
                throw error("a value, a name or '('");
            case IDENT:
                if ((t.is("atleast") || t.is("atmost") || t.is("exactly"))
                        && peekAt(1).kind() == Token.Kind.NUMBER) {
                    return cardinality();
                }
                if (FUNCTIONS.contains(t.text()) && peekAt(1).is("(")) {
                    return call();
                }
                if (t.is("true") || t.is("false")) {
                    advance();
                    return new Expr.Call(t.text(), List.of(), t.offset());
                }
                return ref();
            default:
                throw error("a value, a name or '('");
        }
    }

    private Expr cardinality() {
        Token kind = advance();
        Token k = advance();
        int count;
        try {
            count = Integer.parseInt(k.text());
        } catch (NumberFormatException e) {
            throw new RuleSyntaxException(pos.plusColumns(k.offset()), "expected a whole number, found "
                    + k.describe());
        }
        expect("of");
        expect("(");
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expression());
        } while (accept(","));
        expect(")");
        return new Expr.Cardinality(kind.text(), count, items, kind.offset());
    }

    private Expr call() {
        Token name = advance();
        expect("(");
        List<Expr> args = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                args.add(expression());
            } while (accept(","));
        }
        expect(")");
        return new Expr.Call(name.text(), args, name.offset());
    }

    /** A literal value in a table row or an {@code in} set: a number, a string or an option id. */
    private Expr value() {
        Token t = peek();
        if (t.kind() == Token.Kind.NUMBER) {
            advance();
            return new Expr.Num(new BigDecimal(t.text()), t.offset());
        }
        if (t.kind() == Token.Kind.STRING) {
            advance();
            return new Expr.Str(t.text(), t.offset());
        }
        if (t.kind() == Token.Kind.IDENT) {
            advance();
            return new Expr.Ref(List.of(new Expr.Segment(t.text(), 0)), t.offset());
        }
        if (t.is("-") && peekAt(1).kind() == Token.Kind.NUMBER) {
            advance();
            Token num = advance();
            return new Expr.Num(new BigDecimal(num.text()).negate(), t.offset());
        }
        throw error("a value");
    }

    private Expr.Ref ref() {
        Token first = peek();
        if (first.kind() != Token.Kind.IDENT) {
            throw error("a name");
        }
        List<Expr.Segment> segments = new ArrayList<>();
        do {
            Token name = peek();
            if (name.kind() != Token.Kind.IDENT && name.kind() != Token.Kind.NUMBER) {
                throw error("a name");
            }
            advance();
            int index = 0;
            if (accept("[")) {
                Token idx = advance();
                if (idx.kind() != Token.Kind.NUMBER || !idx.text().matches("[1-9][0-9]*")) {
                    throw new RuleSyntaxException(pos.plusColumns(idx.offset()),
                            "expected an instance number (1, 2, …), found " + idx.describe());
                }
                index = Integer.parseInt(idx.text());
                expect("]");
            }
            segments.add(new Expr.Segment(name.text(), index));
        } while (accept("."));
        return new Expr.Ref(segments, first.offset());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.kind() != Token.Kind.END) {
            next++;
        }
        return t;
    }

    private boolean accept(String text) {
        if (peek().is(text)) {
            advance();
            return true;
        }
        return false;
    }

    private Token expect(String text) {
        if (!peek().is(text)) {
            throw error("'" + text + "'");
        }
        return advance();
    }

    private void expectEnd() {
        if (peek().kind() != Token.Kind.END) {
            throw error("end of rule (an operator such as 'and', 'requires', '=')");
        }
    }

    private RuleSyntaxException error(String expected) {
        Token t = peek();
        return new RuleSyntaxException(pos.plusColumns(t.offset()), "expected " + expected + ", found "
                + t.describe());
    }
}
