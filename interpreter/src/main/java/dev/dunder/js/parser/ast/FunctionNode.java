package dev.dunder.js.parser.ast;

import java.util.List;

/**
 * A function of any kind: declaration, expression, arrow, method, accessor, class
 * constructor, a class field's initializer or a static block (the last two run with
 * {@code this} and {@code super} like methods).
 */
public final class FunctionNode {
    public enum Kind {
        NORMAL, ARROW, METHOD, GETTER, SETTER, BASE_CONSTRUCTOR, DERIVED_CONSTRUCTOR, FIELD_INITIALIZER, STATIC_BLOCK;

        public boolean isArrow() {
            return this == ARROW;
        }

        public boolean isClassConstructor() {
            return this == BASE_CONSTRUCTOR || this == DERIVED_CONSTRUCTOR;
        }

        /** Functions that have a [[HomeObject]] and so may use {@code super.x}. */
        public boolean isMethodLike() {
            return this == METHOD || this == GETTER || this == SETTER || isClassConstructor() || this == FIELD_INITIALIZER
                            || this == STATIC_BLOCK;
        }
    }

    public String name;
    public final Kind kind;
    public final boolean isGenerator;
    public final boolean isAsync;
    /** Parameters: each a pattern, possibly {@link Pattern.WithDefault}. */
    public final List<Pattern> params;
    public final Pattern rest;
    public final List<Stmt> body;
    /** The body of a concise arrow function ({@code x => x + 1}); then {@link #body} is empty. */
    public final Expr expressionBody;
    public boolean strict;
    /** A named function expression sees its own name inside its body ({@code const f = function g() { g(); }}). */
    public boolean hasOwnNameBinding;
    /** The source range of the whole function, for Function.prototype.toString. */
    public final int start;
    public final int end;
    /** Where the name (or the function keyword) is, for error carets. */
    public final int pos;

    public FunctionNode(String name, Kind kind, boolean isGenerator, boolean isAsync, List<Pattern> params, Pattern rest, List<Stmt> body,
                    Expr expressionBody, boolean strict, int pos, int start, int end) {
        this.name = name;
        this.kind = kind;
        this.isGenerator = isGenerator;
        this.isAsync = isAsync;
        this.params = params;
        this.rest = rest;
        this.body = body;
        this.expressionBody = expressionBody;
        this.strict = strict;
        this.pos = pos;
        this.start = start;
        this.end = end;
    }

    /** No defaults, no patterns, no rest: the parameter count is the function's {@code length}. */
    public int expectedArgumentCount() {
        int n = 0;
        for (Pattern p : params) {
            if (p instanceof Pattern.WithDefault) {
                break;
            }
            n++;
        }
        return n;
    }

    public boolean hasSimpleParameters() {
        if (rest != null) {
            return false;
        }
        for (Pattern p : params) {
            if (!(p instanceof Pattern.Name)) {
                return false;
            }
        }
        return true;
    }
}
