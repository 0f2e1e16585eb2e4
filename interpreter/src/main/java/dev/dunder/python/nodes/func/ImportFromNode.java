package dev.dunder.python.nodes.func;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.python.nodes.vars.TargetNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.ops.PyIter;

/** {@code from module import a as b, c} and {@code from module import *}. */
public final class ImportFromNode extends PyStatementNode {
    private final String module;
    private final String[] names;
    @Children private final TargetNode[] targets;

    /** {@code names == null} means {@code import *}; then {@code targets} is empty and names go to globals. */
    public ImportFromNode(String module, String[] names, TargetNode[] targets) {
        this.module = module;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        PModule m;
        try {
            m = load();
            if (names == null) {
                importStar(m, (PModule) frame.getObject(dev.dunder.python.nodes.vars.FrameLayout.GLOBALS));
                return;
            }
        } catch (PythonException e) {
            throw located(e);
        }
        for (int i = 0; i < targets.length; i++) {
            Object v;
            try {
                v = member(m, names[i]);
            } catch (PythonException e) {
                throw located(e);
            }
            targets[i].executeAssign(frame, v);
        }
    }

    @TruffleBoundary
    private PModule load() {
        return PythonLanguage.context(this).getInterpreter().importModule(module);
    }

    @TruffleBoundary
    private Object member(PModule m, String name) {
        Object v = AttributeLookup.lookupOrNull(m, name);
        if (v == null) {
            try {
                return PythonLanguage.context(this).getInterpreter().importModule(module + "." + name);
            } catch (PythonException e) {
                Object file = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(m, "__file__", null);
                throw PyErrors.raise(dev.dunder.runtime.python.objects.PyTypes.IMPORT_ERROR,
                                "cannot import name '" + name + "' from '" + module + "' (" + (file instanceof String f ? f : "unknown location") + ")");
            }
        }
        return v;
    }

    @TruffleBoundary
    private static void importStar(PModule m, PModule globals) {
        var lib = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
        Object all = lib.getOrDefault(m, "__all__", null);
        if (all != null) {
            for (Object n : PyIter.toArray(all)) {
                String name = (String) n;
                lib.put(globals, name, AttributeLookup.getAttribute(m, name));
            }
            return;
        }
        var s = AttributeDictStorage.viewOf(m).getStorage();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            if (s.keyAt(i) instanceof String k && !k.startsWith("_")) {
                lib.put(globals, k, s.valueAt(i));
            }
        }
    }
}
