// SPDX-License-Identifier: Apache-2.0
package dev.atelier.domain.rules.lang;

import dev.atelier.domain.catalog.Derived;
import dev.atelier.domain.catalog.OptionGroup;
import dev.atelier.domain.configuration.ProductSpace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns an expression and a scope into a tree of {@link Node}s that mirrors, step by step, what the
 * {@link Evaluator}'s interpreter does for that expression in that scope, with everything that depends only on the
 * scope done once: name resolution, variable ids, instance paths and presence counts, free dimensions of
 * aggregates, derived values, literals, and the {@link Value} of every value id of a variable.
 * <p>
 * Where the interpreter would fail on something static (an unknown name, a free dimension), the tree fails at the
 * same point of the evaluation with the same message; so a failing part behind a false condition stays harmless, as
 * in the interpreter. Malformed calls (wrong number of arguments) are left to the interpreter.
 */
final class ExpressionCompiler {

    private final Evaluator ev;
    private final ProductSpace space;
    /** Value of each value id, per variable id. */
    private final Map<String, Map<String, Value>> varValues = new HashMap<>();
    /** Compiled derived values (in the product scope) with what they read, by derived id. */
    private final Map<String, Compiled> derived = new HashMap<>();
    private final Set<String> compilingDerived = new HashSet<>();

    private record Compiled(Node node, Set<String> reads) {
    }

    ExpressionCompiler(Evaluator ev) {
        this.ev = ev;
        this.space = ev.space();
    }

    CompiledExpression compile(Expr e, Scope scope) {
        Reads reads = new Reads();
        Node root = node(e, scope, reads);
        return new CompiledExpression(e, scope, root, reads.known ? reads.ids : null);
    }

    /** What a tree reads; unknown once a part is left to the interpreter. */
    private static final class Reads {
        final Set<String> ids = new LinkedHashSet<>();
        boolean known = true;
    }

    // ---------------------------------------------------------------------------------------- nodes

    /** One step of an evaluation. */
    abstract static class Node {
        abstract Value eval(Function<String, String> values);
    }

    private static boolean sameItems(Value[] last, List<Value> items) {
        if (last.length != items.size()) {
            return false;
        }
        for (int i = 0; i < last.length; i++) {
            if (last[i] != items.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A step that yields the values of an expression for every present instance of its free dimensions. */
    abstract static class Each {
        abstract void into(Function<String, String> values, List<Value> out);

        final List<Value> list(Function<String, String> values) {
            List<Value> out = new ArrayList<>();
            into(values, out);
            return out;
        }
    }

    private static final class Const extends Node {
        private final Value value;

        Const(Value value) {
            this.value = value;
        }

        @Override
        Value eval(Function<String, String> values) {
            return value;
        }
    }

    /** Fails as the interpreter would at this point. */
    private static final class Fail extends Node {
        private final RuntimeException failure;

        Fail(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        Value eval(Function<String, String> values) {
            throw failure;
        }
    }

    /** A part the interpreter evaluates (malformed calls, cyclic derived values). */
    private final class Interpreted extends Node {
        private final Expr e;
        private final Scope scope;

        Interpreted(Expr e, Scope scope) {
            this.e = e;
            this.scope = scope;
        }

        @Override
        Value eval(Function<String, String> values) {
            return ev.eval(e, scope, values);
        }
    }

    private static final class VarRead extends Node {
        private final ProductSpace.Var var;
        private final String id;
        private final Map<String, Value> known;

        VarRead(ProductSpace.Var var, String id, Map<String, Value> known) {
            this.var = var;
            this.id = id;
            this.known = known;
        }

        @Override
        Value eval(Function<String, String> values) {
            String v = values.apply(id);
            if (v == null) {
                return Value.UNKNOWN;
            }
            Value k = known.get(v);
            return k != null ? k : Evaluator.valueOf(var, v);
        }
    }

    private static final class TextRead extends Node {
        private final String id;

        TextRead(String id) {
            this.id = id;
        }

        @Override
        Value eval(Function<String, String> values) {
            String text = values.apply(id);
            return text == null || text.isEmpty() ? Value.NA : new Value.Sym(text);
        }
    }

    /** Whether an instance exists: each repeated instance on the way up within its parent's count. */
    private static final class Presence extends Node {
        private final String[] countIds;
        private final int[] indices;

        Presence(String[] countIds, int[] indices) {
            this.countIds = countIds;
            this.indices = indices;
        }

        @Override
        Value eval(Function<String, String> values) {
            boolean unknown = false;
            for (int k = 0; k < countIds.length; k++) {
                String c = values.apply(countIds[k]);
                if (c == null) {
                    unknown = true;
                } else if (c.equals(ProductSpace.NA) || Integer.parseInt(c) < indices[k]) {
                    return Value.FALSE;
                }
            }
            return unknown ? Value.UNKNOWN : Value.TRUE;
        }
    }

    private static final class Not extends Node {
        private final Node operand;
        private final Expr where;

        Not(Node operand, Expr where) {
            this.operand = operand;
            this.where = where;
        }

        @Override
        Value eval(Function<String, String> values) {
            return Evaluator.not(Evaluator.truth(operand.eval(values), where));
        }
    }

    private static final class Negate extends Node {
        private final Node operand;
        private final Expr where;
        private Value lastOperand;
        private Value last;

        Negate(Node operand, Expr where) {
            this.operand = operand;
            this.where = where;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value v = operand.eval(values);
            if (v instanceof Value.Num n) {
                if (v != lastOperand) {
                    last = new Value.Num(n.value().negate());
                    lastOperand = v;
                }
                return last;
            }
            return Evaluator.passThrough(v, where);
        }
    }

    private enum LogicOp { AND, OR, IMPLIES, EXCLUDES, IFF }

    private static final class Logic extends Node {
        private final LogicOp op;
        private final Node left;
        private final Node right;
        private final Expr leftExpr;
        private final Expr rightExpr;

        Logic(LogicOp op, Node left, Node right, Expr leftExpr, Expr rightExpr) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.leftExpr = leftExpr;
            this.rightExpr = rightExpr;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value l = Evaluator.truth(left.eval(values), leftExpr);
            switch (op) {
                case AND:
                    if (l == Value.FALSE) {
                        return Value.FALSE;
                    }
                    return Evaluator.and(l, Evaluator.truth(right.eval(values), rightExpr));
                case OR:
                    if (l == Value.TRUE) {
                        return Value.TRUE;
                    }
                    return Evaluator.or(l, Evaluator.truth(right.eval(values), rightExpr));
                case IMPLIES:
                    return Evaluator.or(Evaluator.not(l), Evaluator.truth(right.eval(values), rightExpr));
                case EXCLUDES:
                    return Evaluator.not(Evaluator.and(l, Evaluator.truth(right.eval(values), rightExpr)));
                default: {
                    Value r = Evaluator.truth(right.eval(values), rightExpr);
                    if (l instanceof Value.Unknown || r instanceof Value.Unknown) {
                        return Value.UNKNOWN;
                    }
                    return Value.of(l.equals(r));
                }
            }
        }
    }

    /** {@code =} and {@code !=}, with option ids on either side read as symbols where the interpreter does. */
    private static final class Equality extends Node {
        private final boolean negated;
        private final Value leftSym;
        private final Node left;
        private final Value rightSym;
        private final Node right;

        Equality(boolean negated, Value leftSym, Node left, Value rightSym, Node right) {
            this.negated = negated;
            this.leftSym = leftSym;
            this.left = left;
            this.rightSym = rightSym;
            this.right = right;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value l = leftSym != null ? leftSym : left.eval(values);
            Value r = rightSym != null && !(l instanceof Value.Num) ? rightSym : right.eval(values);
            Value eq = Evaluator.equal(l, r);
            return !negated ? eq : (eq instanceof Value.Bool x ? Value.of(!x.value()) : eq);
        }
    }

    private static final class In extends Node {
        private final Node operand;
        private final Node[] candidates;
        private final boolean negated;

        In(Node operand, Node[] candidates, boolean negated) {
            this.operand = operand;
            this.candidates = candidates;
            this.negated = negated;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value v = operand.eval(values);
            if (v instanceof Value.Unknown) {
                return Value.UNKNOWN;
            }
            boolean found = false;
            for (Node c : candidates) {
                if (Evaluator.equal(v, c.eval(values)) == Value.TRUE) {
                    found = true;
                    break;
                }
            }
            return Value.of(found != negated);
        }
    }

    /**
     * Arithmetic and comparison. Variable reads and constants give the same {@link Value} instance for the same
     * value, so an operation whose operands are the very instances of the last evaluation returns the last result
     * instead of computing (and allocating) it again: re-evaluating after one change recomputes only what it touches.
     */
    private static final class Arithmetic extends Node {
        private final Expr.Binary b;
        private final Node left;
        private final Node right;
        private Value lastLeft;
        private Value lastRight;
        private Value last;

        Arithmetic(Expr.Binary b, Node left, Node right) {
            this.b = b;
            this.left = left;
            this.right = right;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value l = left.eval(values);
            Value r = right.eval(values);
            if (l == lastLeft && r == lastRight) {
                return last; // the same operands as last time: the same result
            }
            Value v = compute(l, r);
            lastLeft = l;
            lastRight = r;
            last = v;
            return v;
        }

        private Value compute(Value l, Value r) {
            return Evaluator.arithmeticOrOrder(b, l, r);
        }
    }

    private static final class EachOne extends Each {
        private final Node node;

        EachOne(Node node) {
            this.node = node;
        }

        @Override
        void into(Function<String, String> values, List<Value> out) {
            out.add(node.eval(values));
        }
    }

    private static final class EachFail extends Each {
        private final RuntimeException failure;

        EachFail(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        void into(Function<String, String> values, List<Value> out) {
            throw failure;
        }
    }

    /** Every instance of one free dimension: its presence, then the values for it. */
    private static final class EachInstance extends Each {
        private final Node[] presence;
        private final Each[] inner;

        EachInstance(Node[] presence, Each[] inner) {
            this.presence = presence;
            this.inner = inner;
        }

        @Override
        void into(Function<String, String> values, List<Value> out) {
            for (int i = 0; i < presence.length; i++) {
                Value present = presence[i].eval(values);
                if (present == Value.FALSE) {
                    continue;
                }
                if (present instanceof Value.Unknown) {
                    out.add(Value.UNKNOWN);
                    continue;
                }
                inner[i].into(values, out);
            }
        }
    }

    private enum Aggregate { SUM, COUNT, MIN, MAX }

    private static final class AggregateCall extends Node {
        private final Aggregate kind;
        private final Each[] args;
        private final Expr[] argExprs;
        private final List<Value> buffer = new ArrayList<>();
        private Value[] lastItems;
        private Value last;

        AggregateCall(Aggregate kind, Each[] args, Expr[] argExprs) {
            this.kind = kind;
            this.args = args;
            this.argExprs = argExprs;
        }

        @Override
        Value eval(Function<String, String> values) {
            if (kind == Aggregate.MIN || kind == Aggregate.MAX) {
                return compute(values, null);
            }
            // sum and count: the same item instances as last time give the same result
            List<Value> items = buffer;
            items.clear();
            args[0].into(values, items);
            if (last != null && sameItems(lastItems, items)) {
                return last;
            }
            Value v = compute(values, items);
            lastItems = items.toArray(new Value[0]);
            last = v;
            return v;
        }

        private Value compute(Function<String, String> values, List<Value> items) {
            switch (kind) {
                case SUM:
                    return Evaluator.sum(items, argExprs[0]);
                case COUNT:
                    return Evaluator.count(items);
                default: {
                    BigDecimal best = null;
                    for (int k = 0; k < args.length; k++) {
                        for (Value v : args[k].list(values)) {
                            if (v instanceof Value.Unknown) {
                                return Value.UNKNOWN;
                            }
                            if (v instanceof Value.Na) {
                                continue;
                            }
                            BigDecimal x = Evaluator.num(v, argExprs[k]);
                            if (best == null || (kind == Aggregate.MIN ? x.compareTo(best) < 0
                                    : x.compareTo(best) > 0)) {
                                best = x;
                            }
                        }
                    }
                    return best == null ? Value.NA : new Value.Num(best);
                }
            }
        }
    }

    private static final class Before extends Node {
        private final Node[] earlier;
        /** The values last read; {@link #last} is their sum when that evaluation went through all of them. */
        private final Value[] items;
        private Value last;

        Before(Node[] earlier) {
            this.earlier = earlier;
            this.items = new Value[earlier.length];
        }

        @Override
        Value eval(Function<String, String> values) {
            Value cached = last;
            last = null; // until every earlier instance has been read again
            boolean same = cached != null;
            for (int i = 0; i < earlier.length; i++) {
                Value v = earlier[i].eval(values);
                if (v instanceof Value.Unknown) {
                    return Value.UNKNOWN;
                }
                if (v != items[i]) {
                    items[i] = v;
                    same = false;
                }
            }
            if (same) {
                last = cached;
                return cached;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Value v : items) {
                if (v instanceof Value.Num num) {
                    total = total.add(num.value());
                }
            }
            last = new Value.Num(total);
            return last;
        }
    }

    private static final class Rounding extends Node {
        private final Expr.Call c;
        private final Node arg;
        private final Node digits;
        private Value lastOperand;
        private int lastDigits;
        private Value last;

        Rounding(Expr.Call c, Node arg, Node digits) {
            this.c = c;
            this.arg = arg;
            this.digits = digits;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value v = arg.eval(values);
            if (!(v instanceof Value.Num n)) {
                return Evaluator.passThrough(v, c);
            }
            int d = digits != null ? Evaluator.num(digits.eval(values), c.args().get(1)).intValue() : 0;
            if (v == lastOperand && d == lastDigits) {
                return last;
            }
            Value result = new Value.Num(switch (c.name()) {
                case "abs" -> n.value().abs();
                case "floor" -> n.value().setScale(0, RoundingMode.FLOOR);
                case "ceil" -> n.value().setScale(0, RoundingMode.CEILING);
                default -> n.value().setScale(d, RoundingMode.HALF_UP);
            });
            lastOperand = v;
            lastDigits = d;
            last = result;
            return result;
        }
    }

    private static final class If extends Node {
        private final Node cond;
        private final Expr condExpr;
        private final Node then;
        private final Node otherwise;

        If(Node cond, Expr condExpr, Node then, Node otherwise) {
            this.cond = cond;
            this.condExpr = condExpr;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        Value eval(Function<String, String> values) {
            Value c = Evaluator.truth(cond.eval(values), condExpr);
            if (c instanceof Value.Unknown) {
                return Value.UNKNOWN;
            }
            return (c == Value.TRUE ? then : otherwise).eval(values);
        }
    }

    private final class OptionFact extends Node {
        private final Expr.Call c;
        private final OptionGroup g;
        private final Node arg;

        OptionFact(Expr.Call c, OptionGroup g, Node arg) {
            this.c = c;
            this.g = g;
            this.arg = arg;
        }

        @Override
        Value eval(Function<String, String> values) {
            return Evaluator.optionFact(c, g, arg.eval(values), space);
        }
    }

    private static final class Cardinality extends Node {
        private final Expr.Cardinality c;
        private final Each[] items;

        Cardinality(Expr.Cardinality c, Each[] items) {
            this.c = c;
            this.items = items;
        }

        @Override
        Value eval(Function<String, String> values) {
            int yes = 0;
            int unknown = 0;
            for (int k = 0; k < items.length; k++) {
                for (Value v : items[k].list(values)) {
                    Value t = Evaluator.truth(v, c.items().get(k));
                    if (t == Value.TRUE) {
                        yes++;
                    } else if (t instanceof Value.Unknown) {
                        unknown++;
                    }
                }
            }
            return Evaluator.cardinalityOf(c, yes, unknown);
        }
    }

    // ---------------------------------------------------------------------------------------- compiling

    private Node node(Expr e, Scope scope, Reads reads) {
        if (e instanceof Expr.Num n) {
            return new Const(new Value.Num(n.value()));
        } else if (e instanceof Expr.Str s) {
            return new Const(new Value.Sym(s.value()));
        } else if (e instanceof Expr.Ref r) {
            return ref(r, scope, reads);
        } else if (e instanceof Expr.Unary u) {
            Node operand = node(u.operand(), scope, reads);
            return u.op().equals("not") ? new Not(operand, u.operand()) : new Negate(operand, u);
        } else if (e instanceof Expr.Binary b) {
            return binary(b, scope, reads);
        } else if (e instanceof Expr.In in) {
            Node operand = node(in.operand(), scope, reads);
            Node[] candidates = new Node[in.values().size()];
            for (int i = 0; i < candidates.length; i++) {
                Expr v = in.values().get(i);
                candidates[i] = v instanceof Expr.Ref r ? new Const(new Value.Sym(r.segments().get(0).name()))
                        : node(v, scope, reads);
            }
            return new In(operand, candidates, in.negated());
        } else if (e instanceof Expr.Call c) {
            return call(c, scope, reads);
        }
        Expr.Cardinality c = (Expr.Cardinality) e;
        Each[] items = new Each[c.items().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = each(c.items().get(i), scope, reads);
        }
        return new Cardinality(c, items);
    }

    private Node ref(Expr.Ref r, Scope scope, Reads reads) {
        Evaluator.Path p;
        try {
            p = ev.resolve(r, scope);
        } catch (RuntimeException ex) {
            return new Fail(ex);
        }
        String free = p.kind() == Evaluator.PathKind.COMPONENT ? null : p.firstFree(scope);
        if (p.kind() == Evaluator.PathKind.COMPONENT) {
            for (int i = 0; i < p.steps().size() - 1; i++) {
                Evaluator.Step s = p.steps().get(i);
                if (s.repeated() && s.index() == 0 && !scope.indices().containsKey(s.template())) {
                    free = s.template();
                    break;
                }
            }
        }
        if (free != null) {
            return new Fail(new EvaluationException(r.offset(), "'" + r + "' names every " + free
                    + "; use sum(…), count(…) or an instance number"));
        }
        try {
            switch (p.kind()) {
                case DERIVED:
                    return derived(p.derived(), reads);
                case VAR:
                case COUNT:
                    return varRead(p.var(), p.id(scope), reads);
                case COMPONENT: {
                    Evaluator.Step last = p.steps().get(p.steps().size() - 1);
                    boolean bound = !last.repeated() || last.index() != 0
                            || scope.indices().containsKey(last.template());
                    if (bound) {
                        return presence(p.instancePath(scope), reads);
                    }
                    String countId = ev.countVarId(p, scope);
                    return varRead(space.variable(countId).orElseThrow(), countId, reads);
                }
                default: {
                    String id = p.id(scope);
                    reads.ids.add(id);
                    return new TextRead(id);
                }
            }
        } catch (RuntimeException ex) {
            return new Fail(ex);
        }
    }

    private Node varRead(ProductSpace.Var var, String id, Reads reads) {
        reads.ids.add(id);
        Map<String, Value> known = varValues.computeIfAbsent(id, k -> {
            Map<String, Value> m = new HashMap<>();
            for (String v : var.values()) {
                try {
                    m.put(v, Evaluator.valueOf(var, v));
                } catch (NumberFormatException ex) {
                    // left to the evaluation, which fails as the interpreter does
                }
            }
            return m;
        });
        return new VarRead(var, id, known);
    }

    private Node presence(String instancePath, Reads reads) {
        ProductSpace.Instance inst = space.instance(instancePath).orElse(null);
        if (inst == null) {
            return new Const(Value.FALSE);
        }
        List<String> ids = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (ProductSpace.Instance i = inst; i != null; i = i.parent()) {
            if (i.index() > 0) {
                ids.add(i.parent().countId(i.component()));
                indices.add(i.index());
            }
        }
        reads.ids.addAll(ids);
        return new Presence(ids.toArray(new String[0]), indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private Node derived(Derived d, Reads reads) {
        Compiled c = derived.get(d.id());
        if (c == null) {
            if (!compilingDerived.add(d.id())) {
                reads.known = false; // a cycle: the interpreter does what it always did
                return new Interpreted(ev.derivedExpr(d), Scope.ROOT);
            }
            try {
                Reads own = new Reads();
                Node n;
                try {
                    n = node(ev.derivedExpr(d), Scope.ROOT, own);
                } catch (RuntimeException ex) {
                    n = new Fail(ex); // a derived expression that does not parse fails where it is used
                }
                c = new Compiled(n, own.known ? own.ids : null);
                derived.put(d.id(), c);
            } finally {
                compilingDerived.remove(d.id());
            }
        }
        if (c.reads() == null) {
            reads.known = false;
        } else {
            reads.ids.addAll(c.reads());
        }
        return c.node();
    }

    private Node binary(Expr.Binary b, Scope scope, Reads reads) {
        String op = b.op();
        LogicOp logic = switch (op) {
            case "and" -> LogicOp.AND;
            case "or" -> LogicOp.OR;
            case "implies", "requires" -> LogicOp.IMPLIES;
            case "excludes" -> LogicOp.EXCLUDES;
            case "iff" -> LogicOp.IFF;
            default -> null;
        };
        if (logic != null) {
            return new Logic(logic, node(b.left(), scope, reads), node(b.right(), scope, reads), b.left(), b.right());
        }
        if (op.equals("=") || op.equals("!=")) {
            Value leftSym = b.left() instanceof Expr.Ref lr && lr.isSimpleName()
                    && ev.choiceGroup(b.right(), scope) != null ? new Value.Sym(lr.segments().get(0).name()) : null;
            Node left = leftSym != null ? null : node(b.left(), scope, reads);
            Value rightSym = b.right() instanceof Expr.Ref rr && rr.isSimpleName()
                    && (ev.choiceGroup(b.left(), scope) != null || !ev.resolvable(rr, scope))
                    ? new Value.Sym(rr.segments().get(0).name()) : null;
            Node right = node(b.right(), scope, reads);
            return new Equality(op.equals("!="), leftSym, left, rightSym, right);
        }
        return new Arithmetic(b, node(b.left(), scope, reads), node(b.right(), scope, reads));
    }

    private Node call(Expr.Call c, Scope scope, Reads reads) {
        List<Expr> args = c.args();
        int n = args.size();
        switch (c.name()) {
            case "true":
                return new Const(Value.TRUE);
            case "false":
                return new Const(Value.FALSE);
            case "sum":
            case "count":
                if (n < 1) {
                    return interpreted(c, scope, reads);
                }
                return new AggregateCall(c.name().equals("sum") ? Aggregate.SUM : Aggregate.COUNT,
                        new Each[]{each(args.get(0), scope, reads)}, new Expr[]{args.get(0)});
            case "min":
            case "max": {
                Each[] each = new Each[n];
                for (int i = 0; i < n; i++) {
                    each[i] = each(args.get(i), scope, reads);
                }
                return new AggregateCall(c.name().equals("min") ? Aggregate.MIN : Aggregate.MAX, each,
                        args.toArray(new Expr[0]));
            }
            case "before":
                return before(c, scope, reads);
            case "abs":
            case "floor":
            case "ceil":
            case "round":
                if (n < 1) {
                    return interpreted(c, scope, reads);
                }
                return new Rounding(c, node(args.get(0), scope, reads), n > 1 ? node(args.get(1), scope, reads)
                        : null);
            case "index": {
                Integer idx = scope.indices().get(scope.context());
                return new Const(new Value.Num(BigDecimal.valueOf(idx == null ? 1 : idx)));
            }
            case "if":
                if (n < 3) {
                    return interpreted(c, scope, reads);
                }
                return new If(node(args.get(0), scope, reads), args.get(0), node(args.get(1), scope, reads),
                        node(args.get(2), scope, reads));
            case "attr":
            case "tier": {
                if (n < 1) {
                    return interpreted(c, scope, reads);
                }
                OptionGroup g = ev.choiceGroup(args.get(0), scope);
                if (g == null) {
                    return new Fail(new EvaluationException(c.offset(), c.name()
                            + "(…) needs a choice such as frame.finish"));
                }
                return new OptionFact(c, g, node(args.get(0), scope, reads));
            }
            default:
                return new Fail(new EvaluationException(c.offset(), "unknown function " + c.name()));
        }
    }

    private Node before(Expr.Call c, Scope scope, Reads reads) {
        Integer current = scope.indices().get(scope.context());
        if (current == null) {
            return new Fail(new EvaluationException(c.offset(), "before(…) needs a repeated component as context"));
        }
        if (current > 1 && c.args().isEmpty()) {
            return interpreted(c, scope, reads);
        }
        Node[] earlier = new Node[current - 1];
        for (int i = 1; i < current; i++) {
            earlier[i - 1] = node(c.args().get(0), scope.bind(scope.context(), i), reads);
        }
        return new Before(earlier);
    }

    private Node interpreted(Expr e, Scope scope, Reads reads) {
        reads.known = false;
        return new Interpreted(e, scope);
    }

    private Each each(Expr e, Scope scope, Reads reads) {
        List<String> free;
        try {
            free = ev.freeDimensions(e, scope);
        } catch (RuntimeException ex) {
            return new EachFail(ex);
        }
        if (free.isEmpty()) {
            return new EachOne(node(e, scope, reads));
        }
        String dim = free.get(0);
        int max = ev.maxInstances(dim);
        Node[] presence = new Node[max];
        Each[] inner = new Each[max];
        for (int i = 1; i <= max; i++) {
            Scope bound = scope.bind(dim, i);
            try {
                presence[i - 1] = presence(ev.instancePathOf(dim, bound), reads);
            } catch (RuntimeException ex) {
                presence[i - 1] = new Fail(ex);
            }
            inner[i - 1] = each(e, bound, reads);
        }
        return new EachInstance(presence, inner);
    }
}
