package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.python.PythonLanguage;
import dev.dunder.runtime.python.objects.PModule;

/** Assigns a module global (a shape property of the module). */
public final class GlobalTarget extends TargetNode {
    private static final int MODULE_CACHE = 3;
    private final String name;
    @Child private DynamicObjectLibrary lib = DynamicObjectLibrary.getFactory().createDispatched(MODULE_CACHE);

    private GlobalTarget(String name) {
        this.name = name;
    }

    public static GlobalTarget create(String name) {
        return new GlobalTarget(name);
    }

    @Override
    public void executeAssign(VirtualFrame frame, Object value) {
        lib.put((PModule) frame.getObject(FrameLayout.GLOBALS), name, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        PModule globals = (PModule) frame.getObject(FrameLayout.GLOBALS);
        if (!lib.removeKey(globals, name)) {
            CompilerDirectives.transferToInterpreter();
            throw ReadGlobalNode.nameError(name, globals, PythonLanguage.context(this).getBuiltins(), null);
        }
    }
}
