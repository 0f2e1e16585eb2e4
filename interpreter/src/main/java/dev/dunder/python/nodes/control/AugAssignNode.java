package dev.dunder.python.nodes.control;

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
                        return r;
                    }
                    break;
                }
                case SUB: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return r;
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

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object current = read.executeGeneric(frame);
            write.executeAssign(frame, apply(current, value.executeGeneric(frame)));
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
