package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.method;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * {@code _dunder}: the few classes the Python-written standard library needs from Java
 * (as CPython's C modules provide them), e.g. {@code types.SimpleNamespace}.
 */
public final class DunderModule {
    private DunderModule() {
    }

    static void installTypes() {
        PyType t = PyTypes.SIMPLE_NAMESPACE;
        t.setInstancesHaveDict(true);
        t.setTpName("types.SimpleNamespace");
        t.define("__module__", "types");
        InstanceDictDescriptors.addTo(t);
        constructor(t, "cls, *args, **kwargs", a -> new PyObject(((PyType) a[0]).getInstanceShape()));
        method(t, "__init__", "self, /, *args, **kwargs", a -> {
            if (((PTuple) a[1]).size() > 0) {
                throw PyErrors.typeError("SimpleNamespace() takes no positional arguments");
            }
            var s = ((PDict) a[2]).getStorage();
            for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                AttributeLookup.setAttribute(a[0], (String) s.keyAt(i), s.valueAt(i));
            }
            return PNone.NONE;
        });
        method(t, "__repr__", "self, /", a -> {
            String name = a[0] instanceof PyObject o && o.getPyClass() == PyTypes.SIMPLE_NAMESPACE ? "namespace" : PyTypes.typeOf(a[0]).getName();
            return PyStr.guarded(a[0], name + "(...)", () -> {
                StringBuilder sb = new StringBuilder(name).append('(');
                var s = AttributeDictStorage.viewOf((PyObject) a[0]).getStorage();
                boolean first = true;
                for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(PyStr.str(s.keyAt(i))).append('=').append(PyStr.repr(s.valueAt(i)));
                }
                return sb.append(')').toString();
            });
        });
        method(t, "__eq__", "self, other, /", a -> {
            if (!(a[1] instanceof PyObject o) || !o.getPyClass().isSubtypeOf(PyTypes.SIMPLE_NAMESPACE)) {
                return PNotImplemented.INSTANCE;
            }
            return PyCompare.eq(AttributeDictStorage.viewOf((PyObject) a[0]), AttributeDictStorage.viewOf(o));
        });
        t.define("__hash__", PNone.NONE);
    }

    static String drawText(Object obj, String format, String label) {
        try {
            return dev.dunder.runtime.python.teaching.PythonDiagram.of(obj, label).render(format);
        } catch (IllegalArgumentException e) {
            throw PyErrors.valueError("%s", e.getMessage());
        }
    }

    public static PModule create() {
        PModule m = new PModule("_dunder");
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(m, "__name__", "_dunder");
        lib.put(m, "SimpleNamespace", PyTypes.SIMPLE_NAMESPACE);
        // the teaching REPL's view of the object model (side-effect free except where noted)
        Def.function(m, "explain_text", "obj, name, label='obj', /",
                        a -> dev.dunder.runtime.python.teaching.Explanation.explain(a[0], Convert.str(a[1], "explain_text()"), Convert.str(a[2], "explain_text()")));
        Def.function(m, "draw_text", "obj, format='box', label='obj', /",
                        a -> drawText(a[0], Convert.str(a[1], "draw_text()"), Convert.str(a[2], "draw_text()")));
        Def.function(m, "completions", "text, /", a -> String.join("\n", dev.dunder.runtime.python.teaching.Completion.candidates(Convert.str(a[0], "completions()"))));
        Def.function(m, "chain_text", "obj, /", a -> dev.dunder.runtime.python.teaching.Explanation.chain(a[0]));
        Def.function(m, "help_text", "obj, /", a -> dev.dunder.runtime.python.teaching.Help.text(a[0]));
        return m;
    }
}
