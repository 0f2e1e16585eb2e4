package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.ops.PyFormat;
import dev.dunder.runtime.python.ops.PyStr;

/** One replacement field of an f-string: {@code {value!r:spec}}. */
public final class FormattedValueNode extends PyExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode spec;
    private final char conversion;

    public FormattedValueNode(ExpressionNode value, char conversion, ExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        Object s = spec == null ? "" : spec.executeGeneric(frame);
        try {
            return format(v, conversion, (String) s);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static String format(Object v, char conversion, String spec) {
        Object converted = switch (conversion) {
            case 'r' -> PyStr.repr(v);
            case 's' -> PyStr.str(v);
            case 'a' -> PyStr.ascii(v);
            default -> v;
        };
        if (spec.isEmpty() && converted instanceof String s) {
            return s;
        }
        return PyFormat.format(converted, spec);
    }
}
