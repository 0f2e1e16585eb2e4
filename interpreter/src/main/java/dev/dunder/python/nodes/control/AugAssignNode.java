package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import dev.dunder.runtime.common.Boxing;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.attr.ReadAttributeNode;
import dev.dunder.python.nodes.attr.SetAttributeNode;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PyBinary;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * {@code target op= value}: reads the target once ({@code obj} and {@code key} are evaluated
 * once for attribute and subscript targets), applies the in-place operator
 * ({@code __iadd__} etc., falling back to the binary one) and stores the result.
 */
public abstract class AugAssignNode extends PyStatementNode {
    protected final PyBinary.Op op;

    protected AugAssignNode(PyBinary.Op op) {
        this.op = op;
    }

    protected final Object apply(Object current, Object value) {
        if (current instanceof Long a && value instanceof Long b) {
            long x = a;
            long y = b;
            switch (op) {
                case ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return Boxing.box(r);
                    }
                    break;
                }
                case SUB: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return Boxing.box(r);
                    }
                    break;
                }
                default:
                    break;
            }
        } else if (current instanceof Double a && value instanceof Double b) {
            switch (op) {
                case ADD:
                    return a + b;
                case SUB:
                    return a - b;
                case MUL:
                    return a * b;
                default:
                    break;
            }
        }
        try {
            return inplace(current, value, op);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static Object inplace(Object a, Object b, PyBinary.Op op) {
        if (op == PyBinary.Op.ADD && PyNumbers.isInt(a) && PyNumbers.isInt(b)) {
            return PyNumbers.add(a, b);
        }
        return PyBinary.inplace(a, b, op);
    }

    /** {@code name op= value} for any name kind. */
    public static final class ToName extends AugAssignNode {
        @Child private ExpressionNode read;
        @Child private ExpressionNode value;
        @Child private TargetNode write;

        public ToName(PyBinary.Op op, ExpressionNode read, ExpressionNode value, TargetNode write) {
            super(op);
            this.read = read;
            this.value = value;
            this.write = write;
        }

        /** While both operands have been ints (or floats), they are read and written unboxed. */
        @CompilationFinal private int seen = UNSEEN;
        private static final int UNSEEN = 0;
        private static final int LONG = 1;
        private static final int DOUBLE = 2;
        private static final int OBJECT = 3;

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (seen == LONG) {
                executeLongs(frame);
                return;
            }
            if (seen == DOUBLE) {
                executeDoubles(frame);
                return;
            }
            Object current = read.executeGeneric(frame);
            Object operand = value.executeGeneric(frame);
            if (seen == UNSEEN) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                boolean arithmetic = op == PyBinary.Op.ADD || op == PyBinary.Op.SUB || op == PyBinary.Op.MUL;
                seen = arithmetic && current instanceof Long && operand instanceof Long ? LONG
                                : arithmetic && current instanceof Double && operand instanceof Double ? DOUBLE : OBJECT;
            }
            write.executeAssign(frame, apply(current, operand));
        }

        private void executeLongs(VirtualFrame frame) {
            long a;
            try {
                a = read.executeLong(frame);
            } catch (UnexpectedResultException e) {
                generalize();
                write.executeAssign(frame, apply(e.getResult(), value.executeGeneric(frame)));
                return;
            }
            long b;
            try {
                b = value.executeLong(frame);
            } catch (UnexpectedResultException e) {
                generalize();
                write.executeAssign(frame, apply(Boxing.box(a), e.getResult()));
                return;
            }
            try {
                long r = switch (op) {
                    case ADD -> Math.addExact(a, b);
                    case SUB -> Math.subtractExact(a, b);
                    default -> Math.multiplyExact(a, b);
                };
                write.executeAssignLong(frame, r);
            } catch (ArithmeticException overflow) {
                // the result needs a big int: the generic path makes it
                write.executeAssign(frame, apply(Boxing.box(a), Boxing.box(b)));
            }
        }

        private void executeDoubles(VirtualFrame frame) {
            double a;
            try {
                a = read.executeDouble(frame);
            } catch (UnexpectedResultException e) {
                generalize();
                write.executeAssign(frame, apply(e.getResult(), value.executeGeneric(frame)));
                return;
            }
            double b;
            try {
                b = value.executeDouble(frame);
            } catch (UnexpectedResultException e) {
                generalize();
                write.executeAssign(frame, apply(a, e.getResult()));
                return;
            }
            double r = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                default -> a * b;
            };
            write.executeAssignDouble(frame, r);
        }

        private void generalize() {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            seen = OBJECT;
        }
    }

    /** {@code obj.name op= value}. */
    public static final class ToAttribute extends AugAssignNode {
        @Child private ExpressionNode receiver;
        @Child private ReadAttributeNode get;
        @Child private SetAttributeNode set;
        @Child private ExpressionNode value;

        public ToAttribute(PyBinary.Op op, ExpressionNode receiver, String name, ExpressionNode value) {
            super(op);
            this.receiver = receiver;
            this.get = ReadAttributeNode.create(name);
            this.set = SetAttributeNode.create(name);
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object obj = receiver.executeGeneric(frame);
            Object current;
            try {
                current = get.executeGet(obj);
            } catch (PythonException e) {
                throw located(e);
            }
            Object result = apply(current, value.executeGeneric(frame));
            try {
                set.execute(obj, result);
            } catch (PythonException e) {
                throw located(e);
            }
        }
    }

    /** {@code container[key] op= value}. */
    public static final class ToSubscript extends AugAssignNode {
        @Child private ExpressionNode container;
        @Child private ExpressionNode key;
        @Child private ExpressionNode value;

        public ToSubscript(PyBinary.Op op, ExpressionNode container, ExpressionNode key, ExpressionNode value) {
            super(op);
            this.container = container;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object c = container.executeGeneric(frame);
            Object k = key.executeGeneric(frame);
            Object current;
            try {
                current = getItem(c, k);
            } catch (PythonException e) {
                throw located(e);
            }
            Object result = apply(current, value.executeGeneric(frame));
            try {
                setItem(c, k, result);
            } catch (PythonException e) {
                throw located(e);
            }
        }

        @TruffleBoundary
        private static Object getItem(Object c, Object k) {
            return PySequences.getItem(c, k);
        }

        @TruffleBoundary
        private static void setItem(Object c, Object k, Object v) {
            PySequences.setItem(c, k, v);
        }
    }
}
