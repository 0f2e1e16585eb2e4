package dev.dunder.python.parser.ast;

import java.util.List;

/** Python expressions, as a tree close to CPython's {@code ast} module. */
public sealed interface Expr {
    Pos pos();

    record Name(Pos pos, String id) implements Expr {
    }

    /** A literal: Long, BigInteger, Double, String, Boolean, None, Ellipsis (runtime values). */
    record Constant(Pos pos, Object value) implements Expr {
    }

    /** An f-string: literal Constant parts and FormattedValue fields. */
    record JoinedStr(Pos pos, List<Expr> parts) implements Expr {
    }

    /** {@code {value!conversion:spec}}; conversion is 0 when absent; spec may be null. */
    record FormattedValue(Pos pos, Expr value, char conversion, Expr spec) implements Expr {
    }

    record BinOp(Pos pos, Expr left, String op, Expr right) implements Expr {
    }

    /** op is "-", "+", "~" or "not". */
    record UnaryOp(Pos pos, String op, Expr operand) implements Expr {
    }

    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {
    }

    /** ops are "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not". */
    record Compare(Pos pos, Expr left, List<String> ops, List<Expr> comparators) implements Expr {
    }

    record Keyword(Pos pos, String name, Expr value) {
    }

    /** Positional args may be Starred; keywords with a null name are {@code **mapping}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    record Attribute(Pos pos, Expr value, String attr) implements Expr {
    }

    record Subscript(Pos pos, Expr value, Expr slice) implements Expr {
    }

    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {
    }

    record Starred(Pos pos, Expr value) implements Expr {
    }

    record ListExpr(Pos pos, List<Expr> elts) implements Expr {
    }

    record TupleExpr(Pos pos, List<Expr> elts, boolean parenthesized) implements Expr {
    }

    record SetExpr(Pos pos, List<Expr> elts) implements Expr {
    }

    /** A null key marks {@code **mapping}. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs) {
    }

    /** kind: "list", "set", "gen". */
    record Comp(Pos pos, String kind, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {
    }

    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {
    }

    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {
    }

    /** value may be null. */
    record Yield(Pos pos, Expr value) implements Expr {
    }

    record YieldFrom(Pos pos, Expr value) implements Expr {
    }
}
