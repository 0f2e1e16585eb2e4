package dev.dunder.python.nodes.vars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.python.PythonLanguage;
import dev.dunder.python.nodes.PyExpressionNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * A name read in a class body or in exec'd code (CPython's LOAD_NAME, and
 * LOAD_CLASSDEREF when {@code cellSlot} is set): the local namespace mapping, then the
 * enclosing function's cell, then globals, then builtins. A class body's namespace
 * may be any mapping from {@code __prepare__}, so reads go through its {@code __getitem__}.
 */
public final class ReadNameNode extends PyExpressionNode {
    private final String name;
    private final int cellSlot;

    public ReadNameNode(String name, int cellSlot) {
        this.name = name;
        this.cellSlot = cellSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object ns = frame.getObject(FrameLayout.NAMESPACE);
        Object cell = cellSlot >= 0 ? frame.getObject(cellSlot) : null;
        return lookup(ns, cell, (PModule) frame.getObject(FrameLayout.GLOBALS));
    }

    @TruffleBoundary
    private Object lookup(Object ns, Object cell, PModule globals) {
        if (ns != null) {
            Object v = fromMapping(ns);
            if (v != null) {
                return v;
            }
        }
        if (cell instanceof Cell c && !c.isEmpty()) {
            return c.get();
        }
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object v = lib.getOrDefault(globals, name, null);
        if (v != null) {
            return v;
        }
        PModule builtins = PythonLanguage.context(this).getBuiltins();
        v = lib.getOrDefault(builtins, name, null);
        if (v != null) {
            return v;
        }
        throw located(ReadGlobalNode.nameError(name, globals, builtins, null));
    }

    private Object fromMapping(Object ns) {
        if (ns instanceof PDict d && d.getPyClass() == PyTypes.DICT) {
            return d.getItem(name);
        }
        try {
            return PySequences.getItem(ns, name);
        } catch (PythonException e) {
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }
}
