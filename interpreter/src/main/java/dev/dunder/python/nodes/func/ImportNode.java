package dev.dunder.python.nodes.func;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PModule;

/** {@code import a.b}: the module object (the top package {@code a} unless {@code asTop} is false). */
public final class ImportNode extends PyExpressionNode {
    private final String name;
    private final boolean returnTop;

    public ImportNode(String name, boolean returnTop) {
        this.name = name;
        this.returnTop = returnTop;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        try {
            return load();
        } catch (PythonException e) {
            throw located(e);
        }
    }

    @TruffleBoundary
    private Object load() {
        var interp = PythonLanguage.context(this).getInterpreter();
        PModule m = interp.importModule(name);
        if (returnTop && name.contains(".")) {
            return interp.importModule(name.substring(0, name.indexOf('.')));
        }
        return m;
    }
}
