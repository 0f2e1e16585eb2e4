package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Operators;

/**
 * {@code target op= value}, {@code target &&= value} and friends, and {@code ++}/{@code --}:
 * read the reference once, compute, write back.
 */
public abstract class CompoundAssignNode extends ExpressionNode {

    public static final class Arithmetic extends CompoundAssignNode {
        @Child private ReferenceNode ref;
        @Child private ExpressionNode value;
        private final Operators.Op op;
        private final int pos;

        public Arithmetic(ReferenceNode ref, ExpressionNode value, Operators.Op op, int pos) {
            this.ref = ref;
            this.value = value;
            this.op = op;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object base = ref.prepare(frame);
            Object old = ref.get(frame, base);
            Object v = value.executeGeneric(frame);
            Object result;
            if (old instanceof Integer a && v instanceof Integer b && op == Operators.Op.ADD) {
                long sum = (long) a + b;
                result = sum == (int) sum ? (Object) (int) sum : (Object) (double) sum;
            } else if (Conversions.isNumber(old) && Conversions.isNumber(v) && op == Operators.Op.ADD) {
                result = Conversions.numberValue(old) + Conversions.numberValue(v);
            } else {
                try {
                    result = apply(op, old, v);
                } catch (JSException e) {
                    throw e.raisedAt(this, pos);
                }
            }
            ref.set(frame, base, result);
            return result;
        }

        @TruffleBoundary
        private static Object apply(Operators.Op op, Object a, Object b) {
            return Operators.apply(op, a, b);
        }
    }

    /** {@code &&=}, {@code ||=}, {@code ??=}: the value is evaluated (and stored) only when needed. */
    public static final class Logical extends CompoundAssignNode {
        @Child private ReferenceNode ref;
        @Child private ExpressionNode value;
        private final String op;

        public Logical(ReferenceNode ref, ExpressionNode value, String op) {
            this.ref = ref;
            this.value = value;
            this.op = op;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object base = ref.prepare(frame);
            Object old = ref.get(frame, base);
            boolean keep = switch (op) {
                case "&&=" -> !Conversions.toBoolean(old);
                case "||=" -> Conversions.toBoolean(old);
                default -> old != Undefined.INSTANCE && old != Null.INSTANCE;
            };
            if (keep) {
                return old;
            }
            Object v = value.executeGeneric(frame);
            ref.set(frame, base, v);
            return v;
        }
    }

    /** {@code x++}, {@code ++x}, {@code x--}, {@code --x}. */
    public static final class Update extends CompoundAssignNode {
        @Child private ReferenceNode ref;
        private final boolean increment;
        private final boolean prefix;
        private final int pos;

        public Update(ReferenceNode ref, boolean increment, boolean prefix, int pos) {
            this.ref = ref;
            this.increment = increment;
            this.prefix = prefix;
            this.pos = pos;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object base = ref.prepare(frame);
            Object old = ref.get(frame, base);
            if (old instanceof Integer i) {
                long updated = increment ? (long) i + 1 : (long) i - 1;
                Object result = updated == (int) updated ? (Object) (int) updated : (Object) (double) updated;
                ref.set(frame, base, result);
                return prefix ? result : old;
            }
            double n;
            if (old instanceof Double d) {
                n = d;
            } else {
                try {
                    n = toNumber(old);
                } catch (JSException e) {
                    throw e.raisedAt(this, pos);
                }
            }
            double updated = increment ? n + 1 : n - 1;
            ref.set(frame, base, updated);
            return prefix ? updated : n;
        }

        @TruffleBoundary
        private static double toNumber(Object v) {
            return Conversions.toNumber(v);
        }
    }
}
