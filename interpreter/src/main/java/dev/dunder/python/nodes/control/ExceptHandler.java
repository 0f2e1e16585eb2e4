package dev.dunder.python.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/** One {@code except [type [as name]]:} clause. */
public final class ExceptHandler extends Node {
    @Child private ExpressionNode type;
    @Child private TargetNode name;
    @Child private StatementNode body;

    public ExceptHandler(ExpressionNode type, TargetNode name, StatementNode body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, PBaseException e) {
        if (type == null) {
            return true;
        }
        return matches(type.executeGeneric(frame), e.getPyClass());
    }

    @TruffleBoundary
    static boolean matches(Object spec, PyType raised) {
        if (spec instanceof PTuple t) {
            for (Object s : t.getItems()) {
                if (matches(s, raised)) {
                    return true;
                }
            }
            return false;
        }
        if (!(spec instanceof PyType cls) || !cls.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
            throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return raised.isSubtypeOf(cls);
    }

    /** Runs the clause body with {@code as name} bound; the name is unbound afterwards, as in CPython. */
    public void run(VirtualFrame frame, PBaseException e) {
        if (name != null) {
            name.executeAssign(frame, e);
        }
        resume(frame, e);
    }

    /** Continues (or runs) the clause body, the name already bound; a generator suspending here keeps it bound. */
    public void resume(VirtualFrame frame, PBaseException e) {
        try {
            body.executeVoid(frame);
        } catch (dev.dunder.python.nodes.generator.YieldException y) {
            throw y;
        } catch (RuntimeException | Error ex) {
            unbind(frame);
            throw ex;
        }
        unbind(frame);
    }

    private void unbind(VirtualFrame frame) {
        if (name != null) {
            try {
                name.executeDelete(frame);
            } catch (dev.dunder.runtime.python.PythonException ignored) {
                // the body may have deleted it already
            }
        }
    }
}
