package dev.dunder.python.nodes.vars;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.builtins.TracebackPrinter;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.PModule;

/**
 * A global name: the module's attribute, else the builtins module's, else NameError.
 * Both reads are shape-cached {@link DynamicObjectLibrary} loads.
 */
public final class ReadGlobalNode extends PyExpressionNode {
    private final String name;
    @Child private DynamicObjectLibrary globalsLib = DynamicObjectLibrary.getFactory().createDispatched(MODULE_CACHE);
    @Child private DynamicObjectLibrary builtinsLib = DynamicObjectLibrary.getFactory().createDispatched(MODULE_CACHE);

    /** Modules seen at one site: normally one (the function's own module). */
    private static final int MODULE_CACHE = 3;

    private ReadGlobalNode(String name) {
        this.name = name;
    }

    public static ReadGlobalNode create(String name) {
        return new ReadGlobalNode(name);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PModule globals = (PModule) frame.getObject(FrameLayout.GLOBALS);
        Object v = globalsLib.getOrDefault(globals, name, null);
        if (v != null) {
            return v;
        }
        PModule builtins = PythonLanguage.context(this).getBuiltins();
        v = builtinsLib.getOrDefault(builtins, name, null);
        if (v != null) {
            return v;
        }
        CompilerDirectives.transferToInterpreter();
        throw located(nameError(name, globals, builtins, null));
    }

    /** NameError with the candidates CPython's "Did you mean" would consider. */
    public static PythonException nameError(String name, PModule globals, PModule builtins, List<String> locals) {
        PythonException e = PyErrors.nameError(name);
        DynamicObjectLibrary.getUncached().put(e.getException(), TracebackPrinter.CANDIDATES, (java.util.function.Supplier<List<String>>) () -> {
            List<String> names = new ArrayList<>();
            if (locals != null) {
                names.addAll(locals);
            }
            addKeys(names, globals);
            addKeys(names, builtins);
            return names;
        });
        return e;
    }

    private static void addKeys(List<String> names, PModule m) {
        var s = AttributeDictStorage.viewOf(m).getStorage();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            if (s.keyAt(i) instanceof String k) {
                names.add(k);
            }
        }
    }

}
