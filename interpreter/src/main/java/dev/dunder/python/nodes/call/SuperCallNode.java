package dev.dunder.python.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Zero-argument {@code super()}: {@code super(__class__, first_argument)}, where
 * {@code __class__} is the cell the class statement fills with the class being defined.
 */
public final class SuperCallNode extends PyExpressionNode {
    @Child private ExpressionNode superFunction;
    private final int classCellSlot;
    @Child private ExpressionNode firstArgument;

    public SuperCallNode(ExpressionNode superFunction, int classCellSlot, ExpressionNode firstArgument) {
        this.superFunction = superFunction;
        this.classCellSlot = classCellSlot;
        this.firstArgument = firstArgument;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object sup = superFunction.executeGeneric(frame);
        try {
            if (sup != PyTypes.SUPER) {
                return PyCall.call(sup);
            }
            if (firstArgument == null) {
                throw PyErrors.runtimeError("super(): no arguments");
            }
            Object self;
            try {
                self = firstArgument.executeGeneric(frame);
            } catch (PythonException unbound) {
                throw PyErrors.runtimeError("super(): arg[0] deleted");
            }
            if (classCellSlot < 0) {
                throw PyErrors.runtimeError("super(): __class__ cell not found");
            }
            Cell cell = (Cell) frame.getObject(classCellSlot);
            if (cell.isEmpty()) {
                throw PyErrors.runtimeError("super(): empty __class__ cell");
            }
            Object cls = cell.get();
            if (!(cls instanceof PyType)) {
                throw PyErrors.runtimeError("super(): __class__ is not a type (%s)", PyErrors.typeName(cls));
            }
            return make(cls, self);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private static Object make(Object cls, Object self) {
        return PyCall.call(PyTypes.SUPER, cls, self);
    }
}
