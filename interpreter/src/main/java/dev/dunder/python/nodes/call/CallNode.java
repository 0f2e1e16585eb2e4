package dev.dunder.python.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.ArgumentBinder;

/** {@code f(args)}: evaluate the callee, then the arguments, then dispatch. */
public final class CallNode extends PyExpressionNode {
    private static final Object[] NO_VALUES = new Object[0];

    @Child private ExpressionNode callee;
    @Child private ArgumentsNode arguments;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();

    public CallNode(ExpressionNode callee, ArgumentsNode arguments) {
        this.callee = callee;
        this.arguments = arguments;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object f = callee.executeGeneric(frame);
        try {
            if (arguments.isSimple()) {
                return dispatch.executeCall(f, arguments.evaluatePositional(frame), ArgumentBinder.NO_KEYWORDS, NO_VALUES);
            }
            ArgumentsNode.Evaluated a = arguments.evaluate(frame, f);
            return dispatch.executeCall(f, a.args(), a.kwNames(), a.kwValues());
        } catch (PythonException e) {
            throw located(e);
        }
    }
}
