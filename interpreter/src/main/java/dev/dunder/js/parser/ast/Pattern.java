package dev.dunder.js.parser.ast;

import java.util.List;

/** Binding and assignment targets: names, member expressions, and destructuring patterns. */
public sealed interface Pattern {
    int pos();

    record Name(int pos, String name) implements Pattern {
    }

    /** A member or index expression as an assignment target. */
    record ExprTarget(int pos, Expr expr) implements Pattern {
    }

    /** {@code target = defaultValue} inside a pattern or a parameter list. */
    record WithDefault(int pos, Pattern target, Expr defaultValue) implements Pattern {
    }

    record ObjectPattern(int pos, List<PropPattern> props, Pattern rest) implements Pattern {
    }

    /** {@code key: value} in an object pattern ({@code value} carries the default). */
    record PropPattern(int pos, PropKey key, Pattern value) {
    }

    /** Array pattern; a null element is a hole. */
    record ArrayPattern(int pos, List<Pattern> elements, Pattern rest) implements Pattern {
    }
}
