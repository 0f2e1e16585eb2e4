package dev.dunder.js.parser.ast;

import java.util.List;

/**
 * JavaScript expressions. {@code pos} is the character index where V8 reports a
 * problem with the expression (usually its first character); nodes that can fail in
 * more than one place carry the extra positions V8 uses for its carets.
 */
public sealed interface Expr {
    int pos();

    record Num(int pos, double value) implements Expr {
    }

    record Str(int pos, String value) implements Expr {
    }

    /** {@code `a${b}c`}: cooked strings (null where an escape is invalid, for tagged templates), raw strings, substitutions. */
    record Template(int pos, List<String> cooked, List<String> raw, List<Expr> substitutions) implements Expr {
    }

    record TaggedTemplate(int pos, Expr tag, Template quasi) implements Expr {
    }

    record Regex(int pos, String pattern, String flags) implements Expr {
    }

    record Bool(int pos, boolean value) implements Expr {
    }

    record Null(int pos) implements Expr {
    }

    record Ident(int pos, String name) implements Expr {
    }

    record This(int pos) implements Expr {
    }

    /** {@code super.name} ({@code key} null) or {@code super[key]}. */
    record SuperMember(int pos, String name, Expr key) implements Expr {
    }

    record SuperCall(int pos, List<Expr> args) implements Expr {
    }

    record NewTarget(int pos) implements Expr {
    }

    /** Array literal; a null element is a hole, a {@link Spread} is spread. */
    record ArrayLit(int pos, List<Expr> elements) implements Expr {
    }

    record ObjectLit(int pos, List<Prop> props) implements Expr {
    }

    /** One entry of an object literal. */
    sealed interface Prop {
    }

    /** {@code key: value}, shorthand {@code key}, or a method; {@code kind} is "init", "get" or "set". */
    record DataProp(PropKey key, Expr value, String kind, boolean shorthand, boolean isMethod) implements Prop {
    }

    /** {@code ...expr} in an object literal. */
    record SpreadProp(Expr expr) implements Prop {
    }

    /** {@code name = value} in an object literal: only valid once the literal is reinterpreted as a pattern. */
    record CoverInitialized(int pos, String name, Expr value) implements Prop {
    }

    /** A function or arrow function expression. */
    record Func(int pos, FunctionNode function) implements Expr {
    }

    record ClassExpr(int pos, ClassNode cls) implements Expr {
    }

    record Unary(int pos, String op, Expr operand) implements Expr {
    }

    record Update(int pos, boolean increment, boolean prefix, Expr target) implements Expr {
    }

    record Binary(int pos, String op, Expr left, Expr right) implements Expr {
    }

    /** {@code &&}, {@code ||}, {@code ??}. */
    record Logical(int pos, String op, Expr left, Expr right) implements Expr {
    }

    record Conditional(int pos, Expr test, Expr then, Expr otherwise) implements Expr {
    }

    /** Assignment; {@code op} is "=" or the compound operator ("+=", "??=", ...). {@code pos} is the operator's position. */
    record Assign(int pos, String op, Pattern target, Expr value) implements Expr {
    }

    record Sequence(int pos, List<Expr> exprs) implements Expr {
    }

    /** A call; {@code pos} is where V8 reports a failed call (the property name for method calls). */
    record Call(int pos, Expr callee, List<Expr> args, boolean optional) implements Expr {
    }

    record New(int pos, Expr callee, List<Expr> args) implements Expr {
    }

    /** {@code object.name}; {@code pos} is the position of the name. */
    record Member(int pos, Expr object, String name, boolean optional) implements Expr {
    }

    /** {@code object[key]}; {@code pos} is the position of the key. */
    record Index(int pos, Expr object, Expr key, boolean optional) implements Expr {
    }

    /** {@code object.#name}; {@code pos} is the position of the dot. */
    record PrivateMember(int pos, Expr object, String name, boolean optional) implements Expr {
    }

    /** {@code #name in object}. */
    record PrivateIn(int pos, String name, Expr object) implements Expr {
    }

    /** The outer end of an optional chain {@code a?.b.c}: a nullish link makes the whole chain undefined. */
    record OptionalChain(int pos, Expr expr) implements Expr {
    }

    record Spread(int pos, Expr expr) implements Expr {
    }

    record Yield(int pos, Expr argument, boolean delegate) implements Expr {
    }

    /** A parenthesized expression, kept only so that {@code (a?.b).c} ends the optional chain and {@code (a) = 1} stays valid. */
    record Paren(int pos, Expr expr) implements Expr {
    }
}
