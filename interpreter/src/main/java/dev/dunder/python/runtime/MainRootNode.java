package dev.dunder.python.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.python.PythonLanguage;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.interop.ForeignErrors;
import dev.dunder.runtime.python.interop.PythonInterop;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * What {@code context.eval(source)} runs: the parsed module code in the context's
 * {@code __main__} module (so successive evaluations share globals, as in a REPL),
 * then flushes standard output.
 */
public final class MainRootNode extends RootNode {
    @Child private DirectCallNode module;

    public MainRootNode(PythonLanguage language, CallTarget moduleCode) {
        super(language);
        this.module = DirectCallNode.create(moduleCode);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PythonContext ctx = PythonLanguage.context(this);
        try {
            return PythonInterop.toInterop(module.call(ContextSetup.mainModule(ctx)));
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.SYSTEM_EXIT)) {
                int code = SystemExits.exitCode(ctx, e.getException());
                ctx.flush();
                ((TruffleLanguage.Env) ctx.getEnv()).getContext().closeExited(this, code);
            }
            throw ForeignErrors.unwrapHostException(e);
        } finally {
            ctx.flush();
        }
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
