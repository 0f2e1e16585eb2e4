package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getset;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.model.PropertyAccess;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.model.SuperLookup;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PSuper;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code property}, {@code classmethod}, {@code staticmethod} and {@code super}: ordinary, subclassable descriptor types. */
final class DescriptorTypes {
    private DescriptorTypes() {
    }

    static void install() {
        installProperty();
        installWrappers(PyTypes.CLASSMETHOD, "classmethod");
        installWrappers(PyTypes.STATICMETHOD, "staticmethod");
        installSuper();
    }

    private static PProperty p(Object o) {
        return (PProperty) o;
    }

    private static void installProperty() {
        PyType t = PyTypes.PROPERTY;
        constructor(t, "cls, *args, **kwargs", a -> new PProperty(((PyType) a[0]).getInstanceShape()));
        method(t, "__init__", "self, fget=None, fset=None, fdel=None, doc=None", a -> {
            Object doc = a[4];
            if (doc == PNone.NONE && a[1] != PNone.NONE) {
                Object d = AttributeLookup.lookupOrNull(a[1], "__doc__");
                doc = d == null ? PNone.NONE : d;
            }
            p(a[0]).init(a[1], a[2], a[3], doc);
            if (p(a[0]).getPyClass() != PyTypes.PROPERTY && a[4] == PNone.NONE && doc != PNone.NONE) {
                // subclasses keep the getter's doc in their instance dict, as CPython does
                AttributeLookup.objectSetAttribute(a[0], "__doc__", doc, p(a[0]).getPyClass());
            }
            return PNone.NONE;
        });
        method(t, "__get__", "self, instance, owner=None, /", a -> a[1] == PNone.NONE ? a[0] : PropertyAccess.get(p(a[0]), a[1]));
        method(t, "__set__", "self, instance, value, /", a -> {
            PropertyAccess.set(p(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        method(t, "__delete__", "self, instance, /", a -> {
            PropertyAccess.delete(p(a[0]), a[1]);
            return PNone.NONE;
        });
        method(t, "__set_name__", "self, owner, name, /", a -> {
            p(a[0]).setName(Convert.str(a[2], "name"));
            return PNone.NONE;
        });
        method(t, "getter", "self, fget, /", a -> copy(p(a[0]), a[1], p(a[0]).getFset(), p(a[0]).getFdel()));
        method(t, "setter", "self, fset, /", a -> copy(p(a[0]), p(a[0]).getFget(), a[1], p(a[0]).getFdel()));
        method(t, "deleter", "self, fdel, /", a -> copy(p(a[0]), p(a[0]).getFget(), p(a[0]).getFset(), a[1]));
        getter(t, "fget", o -> p(o).getFget());
        getter(t, "fset", o -> p(o).getFset());
        getter(t, "fdel", o -> p(o).getFdel());
        getset(t, "__doc__", o -> p(o).getDoc(), (o, v) -> p(o).init(p(o).getFget(), p(o).getFset(), p(o).getFdel(), v == null ? PNone.NONE : v));
        getter(t, "__isabstractmethod__", o -> {
            for (Object f : new Object[]{p(o).getFget(), p(o).getFset(), p(o).getFdel()}) {
                Object abs = f == PNone.NONE ? null : AttributeLookup.lookupOrNull(f, "__isabstractmethod__");
                if (abs != null && dev.dunder.runtime.python.ops.PyTruth.isTrue(abs)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** property.setter and friends: a new property of the same class with one accessor replaced. */
    private static Object copy(PProperty old, Object fget, Object fset, Object fdel) {
        Object doc = old.getDoc();
        Object fresh = PyCall.call(old.getPyClass(), fget, fset, fdel, doc);
        if (fresh instanceof PProperty np && old.getName() != null) {
            np.setName(old.getName());
        }
        return fresh;
    }

    private static PClassMethod cm(Object o) {
        return (PClassMethod) o;
    }

    private static void installWrappers(PyType t, String name) {
        boolean isStatic = t == PyTypes.STATICMETHOD;
        constructor(t, "cls, *args, **kwargs", a -> new PClassMethod(((PyType) a[0]).getInstanceShape(), PNone.NONE));
        method(t, "__init__", "self, function, /", a -> {
            cm(a[0]).setCallable(a[1]);
            return PNone.NONE;
        });
        method(t, "__get__", "self, instance, owner=None, /", a -> {
            if (isStatic) {
                return cm(a[0]).getCallable();
            }
            PyType owner = a[2] instanceof PyType ot ? ot : PyTypes.typeOf(a[1]);
            return Descriptors.bindClassMethod(cm(a[0]).getCallable(), owner);
        });
        getter(t, "__func__", o -> cm(o).getCallable());
        getter(t, "__wrapped__", o -> cm(o).getCallable());
        getter(t, "__isabstractmethod__", o -> {
            Object abs = AttributeLookup.lookupOrNull(cm(o).getCallable(), "__isabstractmethod__");
            return abs != null && dev.dunder.runtime.python.ops.PyTruth.isTrue(abs);
        });
        getter(t, "__doc__", o -> {
            Object d = AttributeLookup.lookupOrNull(cm(o).getCallable(), "__doc__");
            return d == null ? PNone.NONE : d;
        });
        getter(t, "__name__", o -> AttributeLookup.getAttribute(cm(o).getCallable(), "__name__"));
        getter(t, "__qualname__", o -> AttributeLookup.getAttribute(cm(o).getCallable(), "__qualname__"));
        method(t, "__repr__", "self, /", a -> "<" + name + "(" + PyStr.repr(cm(a[0]).getCallable()) + ")>");
        if (isStatic) {
            method(t, "__call__", "self, /, *args, **kwargs", a -> FunctionTypes.callWith(cm(a[0]).getCallable(), (PTuple) a[1], (PDict) a[2]));
        }
    }

    private static PSuper su(Object o) {
        return (PSuper) o;
    }

    private static void installSuper() {
        PyType t = PyTypes.SUPER;
        constructor(t, "cls, *args, **kwargs", a -> new PSuper(((PyType) a[0]).getInstanceShape()));
        method(t, "__init__", "self, type=?, obj=?, /", a -> {
            if (a[1] == null) {
                throw PyErrors.runtimeError("super(): no arguments");
            }
            if (!(a[1] instanceof PyType type)) {
                throw PyErrors.typeError("super() argument 1 must be a type, not %s", PyErrors.typeName(a[1]));
            }
            if (a[2] == null || a[2] == PNone.NONE) {
                su(a[0]).init(type, null, null);
            } else {
                su(a[0]).init(type, a[2], SuperLookup.check(type, a[2]));
            }
            return PNone.NONE;
        });
        method(t, "__getattribute__", "self, name, /", a -> {
            String name = ObjectType.attrName(a[1]);
            Object r = SuperLookup.get(su(a[0]), name);
            if (r == null) {
                throw PyErrors.attributeError("'super' object has no attribute '" + name + "'", a[0], name);
            }
            return r;
        });
        method(t, "__get__", "self, instance, owner=None, /", a -> {
            if (a[1] == PNone.NONE || su(a[0]).getSelf() != null) {
                return a[0];
            }
            PSuper bound = new PSuper(su(a[0]).getPyClass().getInstanceShape());
            bound.init(su(a[0]).getThisClass(), a[1], SuperLookup.check(su(a[0]).getThisClass(), a[1]));
            return bound;
        });
        method(t, "__repr__", "self, /", a -> {
            PSuper s = su(a[0]);
            String cls = s.getThisClass() == null ? "NULL" : s.getThisClass().getName();
            if (s.getSelfClass() == null) {
                return "<super: <class '" + cls + "'>, NULL>";
            }
            return "<super: <class '" + cls + "'>, <" + s.getSelfClass().getName() + " object>>";
        });
        getter(t, "__thisclass__", o -> su(o).getThisClass() == null ? PNone.NONE : su(o).getThisClass());
        getter(t, "__self__", o -> su(o).getSelf() == null ? PNone.NONE : su(o).getSelf());
        getter(t, "__self_class__", o -> su(o).getSelfClass() == null ? PNone.NONE : su(o).getSelfClass());
    }
}
