package dev.dunder.lua.parser.ast;

import java.util.List;

/**
 * Lua expressions after name resolution: every name is already a local, an upvalue or
 * a global ({@code _ENV.name}). {@code line} is the line Lua attributes the
 * expression's instruction to (an operator's line, a call's first line), which error
 * messages report.
 */
public sealed interface Expr {
    int line();

    /** nil, true, false, a number (Long or Double) or a string (a byte string). */
    record Constant(int line, Object value) implements Expr {
    }

    record Vararg(int line) implements Expr {
    }

    record Function(int line, FunctionBody body) implements Expr {
    }

    /** A table constructor; a field with a null key is positional. */
    record Table(int line, List<TableField> fields) implements Expr {
    }

    record TableField(Expr key, Expr value) {
    }

    record Local(int line, LocalVar var) implements Expr {
    }

    /** An upvalue of the current function, by index into its upvalue list. */
    record Upvalue(int line, int index, String name) implements Expr {
    }

    /** A global variable: {@code env[name]}, where env is the visible {@code _ENV}. */
    record Global(int line, Expr env, String name) implements Expr {
    }

    record Index(int line, Expr object, Expr key) implements Expr {
    }

    record Call(int line, Expr function, List<Expr> args) implements Expr {
    }

    record MethodCall(int line, Expr object, String name, List<Expr> args) implements Expr {
    }

    /** {@code (e)}: truncates a call or {@code ...} to one value. */
    record Paren(int line, Expr inner) implements Expr {
    }

    /** Arithmetic, bitwise, comparison and concatenation operators. */
    record Binary(int line, BinaryOp op, Expr left, Expr right) implements Expr {
    }

    record And(int line, Expr left, Expr right) implements Expr {
    }

    record Or(int line, Expr left, Expr right) implements Expr {
    }

    record Unary(int line, UnaryOp op, Expr operand) implements Expr {
    }

    /** The binary operators other than {@code and} and {@code or}. */
    enum BinaryOp {
        ADD, SUB, MUL, DIV, MOD, POW, IDIV, BAND, BOR, BXOR, SHL, SHR, CONCAT, EQ, NE, LT, LE, GT, GE
    }

    enum UnaryOp {
        NEG, NOT, LEN, BNOT
    }

    /** Whether the expression can produce several values (a call or {@code ...}). */
    static boolean isMulti(Expr e) {
        return e instanceof Call || e instanceof MethodCall || e instanceof Vararg;
    }
}
