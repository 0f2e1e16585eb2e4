package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.anyMethod;
import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getset;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.HiddenKey;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.BuiltinReprs;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyHash;
import dev.dunder.runtime.python.ops.PyStr;

/** Functions, builtin functions, bound methods, modules, and the Java-implemented descriptor types. */
final class FunctionTypes {

    private FunctionTypes() {
    }

    static void install() {
        installFunction();
        installBuiltin();
        installMethod();
        installModule();
        installGetSet();
    }

    private static PFunction f(Object o) {
        return (PFunction) o;
    }

    private static void installFunction() {
        PyType t = PyTypes.FUNCTION;
        t.setAcceptsSubclasses(false);
        t.setInstancesHaveDict(true);
        method(t, "__get__", "self, instance, owner=None, /", a -> a[1] == PNone.NONE ? a[0] : new PMethod(a[0], a[1]));
        method(t, "__call__", "self, /, *args, **kwargs", a -> callWith(a[0], (PTuple) a[1], (PDict) a[2]));
        method(t, "__repr__", "self, /", a -> "<function " + f(a[0]).getQualname() + " at " + PyStr.address(a[0]) + ">");
        getset(t, "__name__", o -> f(o).getName(), (o, v) -> f(o).setName(Convert.str(v, "__name__")));
        getset(t, "__qualname__", o -> f(o).getQualname(), (o, v) -> f(o).setQualname(Convert.str(v, "__qualname__")));
        getset(t, "__doc__", o -> f(o).getDoc(), (o, v) -> f(o).setDoc(v == null ? PNone.NONE : v));
        getset(t, "__module__", o -> f(o).getModule(), (o, v) -> f(o).setModule(v == null ? PNone.NONE : v));
        getset(t, "__defaults__", o -> f(o).getDefaults() == null || f(o).getDefaults().length == 0 ? PNone.NONE : new PTuple(f(o).getDefaults()),
                        (o, v) -> f(o).setDefaults(v == null || v == PNone.NONE ? new Object[0] : ((PTuple) v).getItems()));
        getset(t, "__kwdefaults__", o -> f(o).getKwDefaults() == null || f(o).getKwDefaults().size() == 0 ? PNone.NONE : f(o).getKwDefaults(),
                        (o, v) -> f(o).setKwDefaults(v instanceof PDict d ? d : null));
        getter(t, "__closure__", o -> {
            var cells = f(o).getClosure();
            if (cells == null || cells.length == 0) {
                return PNone.NONE;
            }
            Object[] wrapped = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                wrapped[i] = new dev.dunder.runtime.python.objects.PCellObject(cells[i]);
            }
            return new PTuple(wrapped);
        });
        getter(t, "__globals__", o -> f(o).getGlobals() == null ? new PDict() : AttributeDictStorage.viewOf(f(o).getGlobals()));
        getter(t, "__code__", o -> new dev.dunder.runtime.python.objects.PCodeObject(f(o).getCode()));
        getset(t, "__annotations__", o -> f(o).getAnnotations(), (o, v) -> {
            if (v != null && !(v instanceof PDict)) {
                throw PyErrors.typeError("__annotations__ must be set to a dict object");
            }
            f(o).setAnnotations((PDict) v);
        });
        getset(t, "__dict__", ObjectType::instanceDict, ObjectType::setInstanceDict);

        PyType cell = PyTypes.CELL;
        getter(cell, "cell_contents", o -> {
            var c = ((dev.dunder.runtime.python.objects.PCellObject) o).getCell();
            if (c.isEmpty()) {
                throw PyErrors.valueError("Cell is empty");
            }
            return c.get();
        });
        PyType code = PyTypes.CODE;
        getter(code, "co_name", o -> ((dev.dunder.runtime.python.objects.PCodeObject) o).getCode().getName());
        getter(code, "co_filename", o -> ((dev.dunder.runtime.python.objects.PCodeObject) o).getCode().getFilename());
        getter(code, "co_firstlineno", o -> (long) ((dev.dunder.runtime.python.objects.PCodeObject) o).getCode().getFirstLine());
        getter(code, "co_argcount", o -> (long) ((dev.dunder.runtime.python.objects.PCodeObject) o).getCode().getSignature().positionalCount());
        getter(code, "co_varnames", o -> new PTuple(((dev.dunder.runtime.python.objects.PCodeObject) o).getCode().getSignature().positional().clone()));
    }

    static Object callWith(Object callable, PTuple args, PDict kwargs) {
        return PyCall.callKw(callable, args.getItems(), TypeType.keywordArrays(kwargs)[0], TypeType.keywordValues(kwargs));
    }

    private static PBuiltinFunction b(Object o) {
        return (PBuiltinFunction) o;
    }

    private static void installBuiltin() {
        for (PyType t : new PyType[]{PyTypes.BUILTIN_FUNCTION, PyTypes.METHOD_DESCRIPTOR, PyTypes.WRAPPER_DESCRIPTOR, PyTypes.CLASSMETHOD_DESCRIPTOR, PyTypes.METHOD_WRAPPER}) {
            t.setAcceptsSubclasses(false);
            if (t != PyTypes.BUILTIN_FUNCTION && t != PyTypes.METHOD_WRAPPER) {
                method(t, "__get__", "self, instance, owner=None, /", a -> Descriptors.bind(a[0], a[1] == PNone.NONE ? null : a[1],
                                a[2] instanceof PyType ot ? ot : PyTypes.typeOf(a[1])));
            }
            method(t, "__call__", "self, /, *args, **kwargs", a -> callWith(a[0], (PTuple) a[1], (PDict) a[2]));
            method(t, "__repr__", "self, /", a -> builtinRepr(a[0]));
            getter(t, "__name__", o -> o instanceof PMethod m ? b(m.getFunction()).getName() : b(o).getName());
            getter(t, "__qualname__", o -> o instanceof PMethod m ? b(m.getFunction()).getQualname() : b(o).getQualname());
            getter(t, "__doc__", o -> {
                PBuiltinFunction fn = o instanceof PMethod m ? b(m.getFunction()) : b(o);
                return fn.getDoc() == null ? PNone.NONE : fn.getDoc();
            });
            getter(t, "__self__", o -> o instanceof PMethod m ? m.getSelf()
                            : o instanceof PBuiltinFunction f && f.getModule() != null ? f.getModule() : PNone.NONE);
            getter(t, "__objclass__", o -> o instanceof PBuiltinFunction fn && fn.getOwner() != null ? fn.getOwner() : PNone.NONE);
            getter(t, "__text_signature__", o -> PNone.NONE);
            getter(t, "__module__", o -> PNone.NONE);
        }
        method(PyTypes.BUILTIN_FUNCTION, "__eq__", "self, other, /", a -> methodEquals(a[0], a[1]));
        method(PyTypes.BUILTIN_FUNCTION, "__hash__", "self, /", a -> methodHash(a[0]));
        method(PyTypes.METHOD_WRAPPER, "__eq__", "self, other, /", a -> methodEquals(a[0], a[1]));
        method(PyTypes.METHOD_WRAPPER, "__hash__", "self, /", a -> methodHash(a[0]));
    }

    private static String builtinRepr(Object o) {
        if (o instanceof PMethod m) {
            PBuiltinFunction fn = b(m.getFunction());
            String selfDesc = m.getSelf() instanceof PyType st ? "type object" : PyErrors.typeName(m.getSelf()) + " object";
            if (m.getPyClass() == PyTypes.METHOD_WRAPPER) {
                return "<method-wrapper '" + fn.getName() + "' of " + selfDesc + " at " + PyStr.address(m.getSelf()) + ">";
            }
            return "<built-in method " + fn.getName() + " of " + selfDesc + " at " + PyStr.address(m.getSelf()) + ">";
        }
        PBuiltinFunction fn = b(o);
        if (fn.getOwner() == null) {
            return "<built-in function " + fn.getName() + ">";
        }
        if (fn.getKind() == PBuiltinFunction.Kind.STATICMETHOD) {
            return "<built-in method " + fn.getName() + " of type object at " + PyStr.address(fn.getOwner()) + ">";
        }
        if (fn.getPyClass() == PyTypes.WRAPPER_DESCRIPTOR) {
            return "<slot wrapper '" + fn.getName() + "' of '" + fn.getOwner().getName() + "' objects>";
        }
        return "<method '" + fn.getName() + "' of '" + fn.getOwner().getName() + "' objects>";
    }

    private static Object methodEquals(Object a, Object b) {
        if (!(a instanceof PMethod x) || !(b instanceof PMethod y)) {
            return a == b ? Boolean.TRUE : PNotImplemented.INSTANCE;
        }
        return x.getSelf() == y.getSelf() && dev.dunder.runtime.python.ops.PyCompare.equalsForContainers(x.getFunction(), y.getFunction());
    }

    private static long methodHash(Object o) {
        if (o instanceof PMethod m) {
            return PyHash.identityHash(m.getSelf()) ^ PyHash.hash(m.getFunction());
        }
        return PyHash.identityHash(o);
    }

    private static void installMethod() {
        PyType t = PyTypes.METHOD;
        t.setAcceptsSubclasses(false);
        constructor(t, "cls, function, instance, /", a -> {
            if (!dev.dunder.runtime.python.ops.PyTruth.isTrue(Builtins.callable(a[1]))) {
                throw PyErrors.typeError("first argument must be callable");
            }
            if (a[2] == PNone.NONE) {
                throw PyErrors.typeError("instance must not be None");
            }
            return new PMethod(a[1], a[2]);
        });
        method(t, "__call__", "self, /, *args, **kwargs", a -> callWith(a[0], (PTuple) a[1], (PDict) a[2]));
        method(t, "__get__", "self, instance, owner=None, /", a -> a[0]);
        method(t, "__repr__", "self, /", a -> {
            PMethod m = (PMethod) a[0];
            Object name = AttributeLookup.lookupOrNull(m.getFunction(), "__qualname__");
            if (name == null) {
                name = AttributeLookup.lookupOrNull(m.getFunction(), "__name__");
            }
            return "<bound method " + (name instanceof String s ? s : "?") + " of " + PyStr.repr(m.getSelf()) + ">";
        });
        method(t, "__eq__", "self, other, /", a -> methodEquals(a[0], a[1]));
        method(t, "__hash__", "self, /", a -> methodHash(a[0]));
        getter(t, "__func__", o -> ((PMethod) o).getFunction());
        getter(t, "__self__", o -> ((PMethod) o).getSelf());
        getter(t, "__doc__", o -> AttributeLookup.getAttribute(((PMethod) o).getFunction(), "__doc__"));
        method(t, "__getattribute__", "self, name, /", a -> {
            String name = ObjectType.attrName(a[1]);
            Object r = AttributeLookup.objectGetAttribute(a[0], name, PyTypes.METHOD);
            if (r != null) {
                return r;
            }
            return AttributeLookup.getAttribute(((PMethod) a[0]).getFunction(), name);
        });
    }

    private static void installModule() {
        PyType t = PyTypes.MODULE;
        t.setInstancesHaveDict(true);
        constructor(t, "cls, *args, **kwargs", a -> new PModule(((PyType) a[0]).getInstanceShape(), "?"));
        method(t, "__init__", "self, name, doc=None", a -> {
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            lib.put((PModule) a[0], "__name__", a[1]);
            lib.put((PModule) a[0], "__doc__", a[2]);
            return PNone.NONE;
        });
        method(t, "__repr__", "self, /", a -> {
            PModule m = (PModule) a[0];
            Object file = DynamicObjectLibrary.getUncached().getOrDefault(m, "__file__", null);
            Object name = DynamicObjectLibrary.getUncached().getOrDefault(m, "__name__", m.getModuleName());
            if (file instanceof String f) {
                return "<module " + PyStr.repr(name) + " from " + PyStr.repr(f) + ">";
            }
            return "<module " + PyStr.repr(name) + " (built-in)>";
        });
        AttributeLookup.moduleGetattribute = method(t, "__getattribute__", "self, name, /", a -> {
            String name = ObjectType.attrName(a[1]);
            Object r = AttributeLookup.objectGetAttribute(a[0], name, PyTypes.typeOf(a[0]));
            if (r != null) {
                return r;
            }
            Object hook = DynamicObjectLibrary.getUncached().getOrDefault((PModule) a[0], "__getattr__", null);
            if (hook != null) {
                return PyCall.call(hook, name);
            }
            Object modName = DynamicObjectLibrary.getUncached().getOrDefault((PModule) a[0], "__name__", ((PModule) a[0]).getModuleName());
            throw PyErrors.attributeError("module '" + PyStr.str(modName) + "' has no attribute '" + name + "'", a[0], name);
        });
        method(t, "__dir__", "self, /", a -> new dev.dunder.runtime.python.objects.PList(Dir.objectDir(a[0]).toArray()));
        getset(t, "__dict__", o -> AttributeDictStorage.viewOf((PModule) o), (o, v) -> {
            throw PyErrors.typeError("readonly attribute");
        });
    }

    private static PGetSetDescriptor gs(Object o) {
        return (PGetSetDescriptor) o;
    }

    private static void installGetSet() {
        for (PyType t : new PyType[]{PyTypes.GETSET_DESCRIPTOR, PyTypes.MEMBER_DESCRIPTOR}) {
            t.setAcceptsSubclasses(false);
            boolean member = t == PyTypes.MEMBER_DESCRIPTOR;
            method(t, "__get__", "self, instance, owner=None, /", a -> {
                if (a[1] == PNone.NONE) {
                    return a[0];
                }
                checkApplies(gs(a[0]), a[1]);
                return gs(a[0]).get(a[1]);
            });
            method(t, "__set__", "self, instance, value, /", a -> {
                checkApplies(gs(a[0]), a[1]);
                if (!gs(a[0]).isWritable()) {
                    throw PyErrors.attributeError("attribute '" + gs(a[0]).getName() + "' of '" + gs(a[0]).getOwner().getName() + "' objects is not writable", a[1], gs(a[0]).getName());
                }
                gs(a[0]).set(a[1], a[2]);
                return PNone.NONE;
            });
            method(t, "__delete__", "self, instance, /", a -> {
                checkApplies(gs(a[0]), a[1]);
                if (!gs(a[0]).isWritable()) {
                    throw PyErrors.attributeError("attribute '" + gs(a[0]).getName() + "' of '" + gs(a[0]).getOwner().getName() + "' objects is not writable", a[1], gs(a[0]).getName());
                }
                gs(a[0]).set(a[1], null);
                return PNone.NONE;
            });
            method(t, "__repr__", "self, /", a -> "<" + (member ? "member" : "attribute") + " '" + gs(a[0]).getName() + "' of '" + gs(a[0]).getOwner().getName() + "' objects>");
            getter(t, "__name__", o -> gs(o).getName());
            getter(t, "__objclass__", o -> gs(o).getOwner());
            getter(t, "__doc__", o -> PNone.NONE);
        }
    }

    private static void checkApplies(PGetSetDescriptor d, Object instance) {
        if (!PyTypes.typeOf(instance).isSubtypeOf(d.getOwner())) {
            throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.getName(), d.getOwner().getName(), PyErrors.typeName(instance));
        }
    }

    static boolean isAttributeError(PythonException e) {
        return AttributeLookup.isAttributeError(e);
    }

    static String moduleQualified(PyType t) {
        return BuiltinReprs.moduleQualified(t);
    }

}
