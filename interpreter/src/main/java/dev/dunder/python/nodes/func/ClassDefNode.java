package dev.dunder.python.nodes.func;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.python.nodes.call.ArgumentsNode;
import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.ClassFactory;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * The class statement (the essay's "one big pile of syntactic sugar"): evaluate the
 * bases and keywords, pick the metaclass and ask it to {@code __prepare__} the
 * namespace, run the body in it, then call {@code metaclass(name, bases, namespace, **kw)}.
 */
public final class ClassDefNode extends PyExpressionNode {
    private final String name;
    private final String qualname;
    @Child private ArgumentsNode bases;
    @Child private MakeFunctionNode body;

    public ClassDefNode(String name, String qualname, ArgumentsNode bases, MakeFunctionNode body) {
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.body = body;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        ArgumentsNode.Evaluated args = bases.evaluate(frame, null);
        PFunction bodyFunction = (PFunction) body.executeGeneric(frame);
        PModule globals = (PModule) frame.getObject(FrameLayout.GLOBALS);
        try {
            return build(args, bodyFunction, globals);
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private Object build(ArgumentsNode.Evaluated args, PFunction bodyFunction, PModule globals) {
        PTuple basesTuple = new PTuple(args.args());
        ClassFactory.Prepared prepared = ClassFactory.prepare(name, basesTuple, args.kwNames(), args.kwValues());
        Object ns = prepared.namespace();
        bodyFunction.getCallTarget().call(bodyFunction, ns);
        Object[] metaArgs = {name, basesTuple, ns};
        return PyCall.callKw(prepared.metaclass(), metaArgs, prepared.kwNames(), prepared.kwValues());
    }

}
