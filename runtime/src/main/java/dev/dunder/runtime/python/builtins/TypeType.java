package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.classMethod;
import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getset;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.ClassFactory;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.MappingProxy;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinReprs;
import dev.dunder.runtime.python.ops.Convert;

/**
 * {@code type}: the class of classes. Its {@code __call__} is object creation
 * ({@code __new__}, then {@code __init__} if the result is an instance), its
 * {@code __getattribute__} is the class-side lookup of the essay.
 */
final class TypeType {
    private TypeType() {
    }

    static void install() {
        PyType t = PyTypes.TYPE;
        constructor(t, "metatype, *args, **kwargs", a -> typeNew(a[0], (PTuple) a[1], (PDict) a[2]));
        method(t, "__init__", "cls, *args, **kwargs", a -> {
            PTuple args = (PTuple) a[1];
            if (args.size() != 1 && args.size() != 3) {
                throw PyErrors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        });
        method(t, "__call__", "cls, *args, **kwargs", a -> typeCall((PyType) a[0], (PTuple) a[1], (PDict) a[2]));
        AttributeLookup.typeGetattribute = method(t, "__getattribute__", "cls, name, /", a -> {
            String name = ObjectType.attrName(a[1]);
            Object r = AttributeLookup.typeGetAttribute((PyType) a[0], name);
            if (r == null) {
                throw PyErrors.noAttribute(a[0], name);
            }
            return r;
        });
        AttributeLookup.typeSetattr = method(t, "__setattr__", "cls, name, value, /", a -> {
            AttributeLookup.typeSetAttribute((PyType) a[0], ObjectType.attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        AttributeLookup.typeDelattr = method(t, "__delattr__", "cls, name, /", a -> {
            AttributeLookup.typeDeleteAttribute((PyType) a[0], ObjectType.attrName(a[1]));
            return PNone.NONE;
        });
        method(t, "__repr__", "cls, /", a -> "<class '" + BuiltinReprs.moduleQualified((PyType) a[0]) + "'>");
        method(t, "mro", "cls, /", a -> new PList(dev.dunder.runtime.python.model.C3.linearize((PyType) a[0], ((PyType) a[0]).getBases())));
        method(t, "__subclasses__", "cls, /", a -> new PList(((PyType) a[0]).getSubclasses().toArray()));
        method(t, "__instancecheck__", "cls, instance, /", a -> PyTypes.typeOf(a[1]).isSubtypeOf((PyType) a[0]));
        method(t, "__subclasscheck__", "cls, subclass, /", a -> {
            if (!(a[1] instanceof PyType sub)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return sub.isSubtypeOf((PyType) a[0]);
        });
        method(t, "__dir__", "cls, /", a -> new PList(Dir.typeDir((PyType) a[0]).toArray()));
        method(t, "__or__", "cls, other, /", a -> {
            throw PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, "union types (X | Y) are not supported by Dunder");
        });
        classMethod(t, "__prepare__", "metatype, *args, **kwargs", a -> new PDict());
        getset(t, "__name__", o -> ((PyType) o).getName(), (o, v) -> {
            PyType cls = (PyType) o;
            if (cls.isBuiltin()) {
                throw PyErrors.typeError("cannot set '__name__' attribute of immutable type '%s'", cls.getName());
            }
            if (v == null) {
                throw PyErrors.typeError("cannot delete '__name__' attribute of immutable type '%s'", cls.getName());
            }
            if (!(Convert.unbox(v) instanceof String s)) {
                throw PyErrors.typeError("can only assign string to %s.__name__, not '%s'", cls.getName(), PyErrors.typeName(v));
            }
            cls.setName(s);
        });
        getset(t, "__qualname__", o -> ((PyType) o).getQualname(), (o, v) -> ((PyType) o).setQualname(Convert.str(v, "__qualname__")));
        getset(t, "__module__", o -> {
            Object m = ((PyType) o).getDict().getItem("__module__");
            if (((PyType) o).isBuiltin() && !(m instanceof String)) {
                return "builtins";
            }
            return m == null ? "builtins" : m;
        }, (o, v) -> ((PyType) o).setAttribute("__module__", v));
        getset(t, "__doc__", o -> {
            Object d = ((PyType) o).getDict().getItem("__doc__");
            return d == null ? PNone.NONE : d;
        }, (o, v) -> ((PyType) o).setAttribute("__doc__", v));
        getset(t, "__bases__", o -> new PTuple(((PyType) o).getBases().clone()), (o, v) -> ClassFactory.setBases((PyType) o, v));
        getter(t, "__base__", o -> {
            PyType b = ((PyType) o).getBase();
            return b == null ? PNone.NONE : b;
        });
        getter(t, "__mro__", o -> new PTuple(((PyType) o).getMro().clone()));
        getter(t, "__dict__", o -> new MappingProxy(((PyType) o).getDict()));
        getter(t, "__basicsize__", o -> 16L);
        getter(t, "__flags__", o -> 0L);
        getter(t, "__abstractmethods__", o -> {
            throw PyErrors.noAttribute(o, "__abstractmethods__");
        });
    }

    /** {@code type(x)} or {@code type(name, bases, dict, **kw)}. */
    private static Object typeNew(Object metaObj, PTuple args, PDict kwargs) {
        if (!(metaObj instanceof PyType metatype)) {
            throw PyErrors.typeError("type.__new__(X): X is not a type object (%s)", PyErrors.typeName(metaObj));
        }
        if (metatype == PyTypes.TYPE && args.size() == 1 && kwargs.size() == 0) {
            return PyTypes.typeOf(args.get(0));
        }
        if (args.size() != 3) {
            throw PyErrors.typeError("type() takes 1 or 3 arguments");
        }
        String name = Convert.str(args.get(0), "type.__new__() argument 1");
        if (!(args.get(1) instanceof PTuple bases)) {
            throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not %s", PyErrors.typeName(args.get(1)));
        }
        if (!(args.get(2) instanceof PDict ns)) {
            throw PyErrors.typeError("type.__new__() argument 3 must be dict, not %s", PyErrors.typeName(args.get(2)));
        }
        String[][] kw = keywordArrays(kwargs);
        Object[] kwValues = keywordValues(kwargs);
        return ClassFactory.typeNew(metatype, name, bases, ns, kw[0], kwValues);
    }

    /**
     * {@code type.__call__(cls, *args, **kwargs)}, the essay's pure-Python version:
     * {@code instance = cls.__new__(cls, ...)}, then {@code __init__} if it is an instance of cls.
     */
    static Object typeCall(PyType cls, PTuple args, PDict kwargs) {
        if (cls == PyTypes.TYPE && args.size() == 1 && kwargs.size() == 0) {
            return PyTypes.typeOf(args.get(0));
        }
        String[] kwNames = keywordArrays(kwargs)[0];
        Object[] kwValues = keywordValues(kwargs);
        Object newMethod = cls.lookup("__new__");
        Object bound = dev.dunder.runtime.python.model.Descriptors.bind(newMethod, null, cls);
        Object instance = PyCall.callKw(bound, PyCall.prepend(cls, args.getItems()), kwNames, kwValues);
        if (cls == PyTypes.TYPE && args.size() == 1) {
            return instance;
        }
        PyType instType = PyTypes.typeOf(instance);
        if (instType.isSubtypeOf(cls)) {
            Object init = instType.lookup("__init__");
            Object r = PyCall.callMethodKw(init, instance, args.getItems(), kwNames, kwValues);
            if (r != PNone.NONE) {
                throw PyErrors.typeError("__init__() should return None, not '%s'", PyErrors.typeName(r));
            }
        }
        return instance;
    }

    static String[][] keywordArrays(PDict kwargs) {
        String[] names = new String[kwargs.size()];
        var s = kwargs.getStorage();
        int n = 0;
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            names[n++] = (String) s.keyAt(i);
        }
        return new String[][]{names};
    }

    static Object[] keywordValues(PDict kwargs) {
        Object[] values = new Object[kwargs.size()];
        var s = kwargs.getStorage();
        int n = 0;
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            values[n++] = s.valueAt(i);
        }
        return values;
    }
}
