package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.js.ops.Operators;

/**
 * {@code + - * / % **} on numbers (and {@code +} on strings); everything else converts first.
 * Ints stay ints through {@code + - *} until a result overflows the int32 range or is -0
 * ({@code 0 * -5}), and through {@code %} of a non-negative dividend by a positive divisor;
 * then, or at the first double operand, the node goes over to its double path for good.
 */
public abstract class ArithmeticNode extends BinaryNode {

    protected ArithmeticNode(Operators.Op op, int pos) {
        super(op, pos);
    }

    protected boolean isIntOp() {
        return op == Operators.Op.ADD || op == Operators.Op.SUB || op == Operators.Op.MUL;
    }

    protected boolean isMod() {
        return op == Operators.Op.MOD;
    }

    @Specialization(guards = "isIntOp()", rewriteOn = ArithmeticException.class)
    protected int ints(int a, int b) {
        switch (op) {
            case ADD:
                return Math.addExact(a, b);
            case SUB:
                return Math.subtractExact(a, b);
            default:
                int r = Math.multiplyExact(a, b);
                if (r == 0 && (a | b) < 0) {
                    throw new ArithmeticException("-0"); // JavaScript's -0 has no int
                }
                return r;
        }
    }

    @Specialization(guards = {"isMod()", "a >= 0", "b > 0"})
    protected static int modInts(int a, int b) {
        return a % b;
    }

    /** Replaces the int paths: a node answering int or double by turns would box where they meet. */
    @Specialization(replaces = {"ints", "modInts"})
    protected double doubles(double a, double b) {
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            case DIV:
                return a / b;
            case MOD:
                return a % b;
            default:
                return Operators.pow(a, b);
        }
    }

    protected boolean isAdd() {
        return op == Operators.Op.ADD;
    }

    @Specialization(guards = "isAdd()")
    protected static String concat(String a, String b) {
        return concatStrings(a, b);
    }

    @TruffleBoundary
    private static String concatStrings(String a, String b) {
        return a.concat(b);
    }

    @Specialization(replaces = "concat")
    protected Object generic(Object a, Object b) {
        return slow(a, b);
    }
}
