package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.runtime.js.ops.Operators;

/** {@code + - * / % **} on numbers (and {@code +} on strings); everything else converts first. */
public abstract class ArithmeticNode extends BinaryNode {

    protected ArithmeticNode(Operators.Op op, int pos) {
        super(op, pos);
    }

    @Specialization
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
