package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.anyMethod;
import static dev.dunder.runtime.python.builtins.Def.classMethod;
import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getset;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.InstanceDicts;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.Layout;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinReprs;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyFormat;
import dev.dunder.runtime.python.ops.PyHash;
import dev.dunder.runtime.python.ops.PyStr;

/** {@code object}: the root of every class, with the generic attribute protocol and default dunders. */
final class ObjectType {
    private ObjectType() {
    }

    static void install() {
        PyType t = PyTypes.OBJECT;
        constructor(t, "cls, *args, **kwargs", a -> objectNew(a[0], (PTuple) a[1], (PDict) a[2]));
        anyMethod(t, "__init__", "self, *args, **kwargs", a -> {
            if ((((PTuple) a[1]).size() > 0 || ((PDict) a[2]).size() > 0)) {
                PyType type = PyTypes.typeOf(a[0]);
                if (type.lookup("__init__") != PyTypes.OBJECT.getDict().getItem("__init__")) {
                    throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (type.lookup("__new__") == PyTypes.OBJECT.getDict().getItem("__new__")) {
                    throw PyErrors.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", type.getTpName());
                }
            }
            return PNone.NONE;
        });
        AttributeLookup.objectGetattribute = anyMethod(t, "__getattribute__", "self, name, /", a -> {
            String name = attrName(a[1]);
            Object r = AttributeLookup.objectGetAttribute(a[0], name, PyTypes.typeOf(a[0]));
            if (r == null) {
                throw PyErrors.noAttribute(a[0], name);
            }
            return r;
        });
        AttributeLookup.objectSetattr = anyMethod(t, "__setattr__", "self, name, value, /", a -> {
            AttributeLookup.objectSetAttribute(a[0], attrName(a[1]), a[2], PyTypes.typeOf(a[0]));
            return PNone.NONE;
        });
        AttributeLookup.objectDelattr = anyMethod(t, "__delattr__", "self, name, /", a -> {
            AttributeLookup.objectDeleteAttribute(a[0], attrName(a[1]), PyTypes.typeOf(a[0]));
            return PNone.NONE;
        });
        anyMethod(t, "__repr__", "self, /", a -> BuiltinReprs.defaultRepr(a[0]));
        BuiltinReprs.objectStr = anyMethod(t, "__str__", "self, /", a -> PyStr.repr(a[0]));
        PyHash.ObjectHash.DEFAULT = anyMethod(t, "__hash__", "self, /", a -> PyHash.identityHash(a[0]));
        anyMethod(t, "__eq__", "self, other, /", a -> a[0] == a[1] ? Boolean.TRUE : PNotImplemented.INSTANCE);
        anyMethod(t, "__ne__", "self, other, /", a -> {
            Object eq = dev.dunder.runtime.python.model.PyCall.callSpecialIfPresent(a[0], "__eq__", a[1]);
            if (eq == PNotImplemented.INSTANCE || eq == null) {
                return PNotImplemented.INSTANCE;
            }
            return !dev.dunder.runtime.python.ops.PyTruth.isTrue(eq);
        });
        for (String op : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            anyMethod(t, op, "self, other, /", a -> PNotImplemented.INSTANCE);
        }
        anyMethod(t, "__format__", "self, format_spec, /", a -> {
            String spec = Convert.str(a[1], "format_spec");
            if (!spec.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to %s.__format__", PyErrors.typeName(a[0]));
            }
            return PyStr.str(a[0]);
        });
        anyMethod(t, "__dir__", "self, /", a -> new PList(Dir.objectDir(a[0]).toArray()));
        anyMethod(t, "__reduce_ex__", "self, protocol, /", a -> {
            throw PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, "pickling (object.__reduce_ex__) is not supported by Dunder");
        });
        anyMethod(t, "__sizeof__", "self, /", a -> 16L);
        classMethod(t, "__init_subclass__", "cls, /, **kwargs", a -> {
            if (((PDict) a[1]).size() > 0) {
                throw PyErrors.typeError("%s.__init_subclass__() takes no keyword arguments", ((PyType) a[0]).getQualname());
            }
            return PNone.NONE;
        });
        classMethod(t, "__subclasshook__", "cls, *args", a -> PNotImplemented.INSTANCE);
        getset(t, "__class__", PyTypes::typeOf, (obj, value) -> setClass(obj, value));
        t.define("__doc__", "The base class of the class hierarchy.");
    }

    static String attrName(Object name) {
        Object v = Convert.unbox(name);
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("attribute name must be string, not '%s'", PyErrors.typeName(name));
    }

    /** {@code object.__new__(cls)}: allocation for classes whose layout is plain object. */
    static Object objectNew(Object clsObj, PTuple args, PDict kwargs) {
        if (!(clsObj instanceof PyType cls)) {
            throw PyErrors.typeError("object.__new__(X): X is not a type object (%s)", PyErrors.typeName(clsObj));
        }
        if (!cls.isSubtypeOf(PyTypes.OBJECT)) {
            throw PyErrors.typeError("object.__new__(%s): %s is not a subtype of object", cls.getName(), cls.getName());
        }
        if (args.size() > 0 || kwargs.size() > 0) {
            if (cls.lookup("__new__") != PyTypes.OBJECT.getDict().getItem("__new__")) {
                throw PyErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == PyTypes.OBJECT.getDict().getItem("__init__")) {
                throw PyErrors.typeError("%s() takes no arguments", cls.getName());
            }
        }
        if (cls.getLayout() != Layout.OBJECT || cls.isBuiltin() && cls != PyTypes.OBJECT) {
            PyType solid = solidBase(cls);
            throw PyErrors.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.getName(), solid.getName());
        }
        return new PyObject(cls.getInstanceShape());
    }

    private static PyType solidBase(PyType cls) {
        for (PyType t : cls.getMro()) {
            if (t.isBuiltin()) {
                return t;
            }
        }
        return PyTypes.OBJECT;
    }

    /** {@code obj.__class__ = C}: only between classes with the same layout and slots. */
    private static void setClass(Object obj, Object value) {
        if (value == null) {
            throw PyErrors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newCls)) {
            throw PyErrors.typeError("__class__ must be set to a class, not '%s' object", PyErrors.typeName(value));
        }
        PyType old = PyTypes.typeOf(obj);
        if (!(obj instanceof PyObject o) || old.isBuiltin() || newCls.isBuiltin()) {
            if (newCls.isBuiltin() || old.isBuiltin()) {
                throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            throw PyErrors.typeError("__class__ assignment only supported for heap types or ModuleType subclasses");
        }
        if (old.getLayout() != newCls.getLayout() || old.instancesHaveDict() != newCls.instancesHaveDict()
                        || !sameSlots(old, newCls)) {
            throw PyErrors.typeError("__class__ assignment: '%s' object layout differs from '%s'", newCls.getName(), old.getName());
        }
        DynamicObjectLibrary.getUncached().setDynamicType(o, newCls);
    }

    private static boolean sameSlots(PyType a, PyType b) {
        return java.util.Arrays.equals(allSlots(a), allSlots(b));
    }

    private static Object[] allSlots(PyType t) {
        List<String> names = new ArrayList<>();
        for (PyType c : t.getMro()) {
            names.addAll(List.of(c.getSlotNames()));
        }
        return names.toArray();
    }

    /** The {@code __dict__} attribute of instances: a live view of the instance's attributes. */
    static Object instanceDict(Object obj) {
        if (!InstanceDicts.hasDict(obj)) {
            throw PyErrors.noAttribute(obj, "__dict__");
        }
        return AttributeDictStorage.viewOf((PyObject) obj);
    }

    static void setInstanceDict(Object obj, Object value) {
        if (value == null) {
            // del obj.__dict__ leaves the object with a fresh, empty dict
            AttributeDictStorage.replace((PyObject) obj, new PDict());
            return;
        }
        if (!(value instanceof PDict d)) {
            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", PyErrors.typeName(value));
        }
        AttributeDictStorage.replace((PyObject) obj, d);
    }

    static PNone none() {
        return PNone.NONE;
    }
}
