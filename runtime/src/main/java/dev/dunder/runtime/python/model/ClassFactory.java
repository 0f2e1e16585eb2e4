package dev.dunder.runtime.python.model;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.DictStorage;
import dev.dunder.runtime.python.objects.HashDictStorage;
import dev.dunder.runtime.python.objects.Layout;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * Class creation, as the essay describes it: the class statement picks a
 * metaclass, asks it to {@code __prepare__} a namespace, runs the body in it, then
 * calls {@code metaclass(name, bases, namespace, **kwargs)}; {@code type.__new__}
 * builds the class, computes its MRO, and runs {@code __set_name__} and
 * {@code __init_subclass__}.
 */
public final class ClassFactory {
    private ClassFactory() {
    }

    /** What the class statement needs before running the body. */
    public record Prepared(Object metaclass, Object namespace, String[] kwNames, Object[] kwValues) {
    }

    /**
     * Steps 1–2 of the class statement: the metaclass (from {@code metaclass=} or the bases)
     * and the namespace from its {@code __prepare__}.
     */
    @TruffleBoundary
    public static Prepared prepare(String name, PTuple bases, String[] kwNames, Object[] kwValues) {
        Object meta = null;
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < kwNames.length; i++) {
            if (kwNames[i].equals("metaclass")) {
                meta = kwValues[i];
            } else {
                names.add(kwNames[i]);
                values.add(kwValues[i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyTypes.TYPE : PyTypes.typeOf(bases.get(0));
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = mostDerivedMetaclass((PyType) meta, bases);
        }
        String[] kn = names.toArray(new String[0]);
        Object[] kv = values.toArray();
        Object namespace;
        Object prepareMethod = AttributeLookup.lookupOrNull(meta, "__prepare__");
        if (prepareMethod != null) {
            namespace = PyCall.callKw(prepareMethod, new Object[]{name, bases}, kn, kv);
            if (!isMapping(namespace)) {
                String metaName = meta instanceof PyType t ? t.getName() : "<metaclass>";
                throw PyErrors.typeError("%s.__prepare__() must return a mapping, not %s", metaName, PyErrors.typeName(namespace));
            }
        } else {
            namespace = new PDict();
        }
        return new Prepared(meta, namespace, kn, kv);
    }

    private static boolean isMapping(Object o) {
        return o instanceof PDict || PyTypes.typeOf(o).lookup("__getitem__") != null;
    }

    /** CPython's _PyType_CalculateMetaclass. */
    @TruffleBoundary
    public static PyType mostDerivedMetaclass(PyType meta, PTuple bases) {
        PyType winner = meta;
        for (Object b : bases.getItems()) {
            PyType t = PyTypes.typeOf(b);
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(metatype, name, bases, namespace, **kwargs)}. */
    @TruffleBoundary
    public static PyType typeNew(PyType metatype, String name, PTuple basesTuple, Object namespace, String[] kwNames, Object[] kwValues) {
        PyType winner = mostDerivedMetaclass(metatype, basesTuple);
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            Object b = basesTuple.get(i);
            if (!(b instanceof PyType t)) {
                throw PyErrors.typeError("bases must be types");
            }
            if (!t.acceptsSubclasses()) {
                throw PyErrors.typeError("type '%s' is not an acceptable base type", t.getName());
            }
            bases[i] = t;
        }
        metatype = winner;
        if (bases.length == 0) {
            bases = new PyType[]{PyTypes.OBJECT};
        }
        Layout layout = solidLayout(bases);
        checkSolidBases(bases);
        PDict dict = new PDict(copyNamespace(namespace));
        if (dict.getItem("__module__") == null) {
            Object caller = callerModuleName();
            if (caller != null) {
                dict.setItem("__module__", caller);
            }
        }
        Object qualname = dict.removeItem("__qualname__");
        Object classCell = dict.removeItem("__classcell__");
        PyType cls = new PyType(metatype, name, bases, layout, false, dict);
        if (qualname instanceof String q) {
            cls.setQualname(q);
        } else if (qualname != null) {
            throw PyErrors.typeError("type __qualname__ must be a str, not %s", PyErrors.typeName(qualname));
        }
        if (dict.getItem("__eq__") != null && dict.getItem("__hash__") == null) {
            // defining __eq__ without __hash__ makes instances unhashable
            dict.setItem("__hash__", PNone.NONE);
        }
        applySlots(cls, bases, dict);
        if (cls.instancesHaveDict() && !inheritsDictDescriptor(bases)) {
            dev.dunder.runtime.python.builtins.InstanceDictDescriptors.addTo(cls);
        }
        if (dict.getItem("__doc__") == null) {
            dict.setItem("__doc__", PNone.NONE);
        }
        wrapImplicitClassMethods(dict);
        cls.setMro(computeMro(cls, bases, metatype));
        if (classCell instanceof Cell cell) {
            cell.set(cls);
        }
        runSetName(cls, dict);
        initSubclass(cls, kwNames, kwValues);
        return cls;
    }

    /** CPython takes {@code __module__} from the globals of the frame calling type(). */
    private static Object callerModuleName() {
        dev.dunder.runtime.python.PythonContext ctx = dev.dunder.runtime.python.PythonContext.current();
        if (ctx == null || ctx.getInterpreter() == null) {
            return null;
        }
        dev.dunder.runtime.python.objects.PModule globals = ctx.getInterpreter().callerGlobals();
        return globals == null ? null : com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(globals, "__name__", null);
    }

    private static DictStorage copyNamespace(Object namespace) {
        if (namespace instanceof PDict d) {
            return d.getStorage().copyToHash();
        }
        HashDictStorage copy = new HashDictStorage();
        Object keys = PyCall.callSpecialIfPresent(namespace, "keys");
        Object it = PyIter.iter(keys == null ? namespace : keys);
        Object k;
        while ((k = PyIter.next(it)) != null) {
            copy.put(k, PySequences.getItem(namespace, k));
        }
        return copy;
    }

    private static boolean inheritsDictDescriptor(PyType[] bases) {
        for (PyType b : bases) {
            for (PyType t : b.getMro()) {
                if (t.getDict().getItem("__dict__") != null && t != PyTypes.OBJECT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code cls.__bases__ = (...)}: new bases, and a new MRO for the class and every subclass. */
    @TruffleBoundary
    public static void setBases(PyType cls, Object value) {
        if (cls.isBuiltin()) {
            throw PyErrors.typeError("cannot set '__bases__' attribute of immutable type '%s'", cls.getName());
        }
        if (value == null) {
            throw PyErrors.typeError("cannot delete '__bases__' attribute of immutable type '%s'", cls.getName());
        }
        if (!(value instanceof PTuple t) || t.size() == 0) {
            throw PyErrors.typeError("can only assign non-empty tuple to %s.__bases__, not %s", cls.getName(), value instanceof PTuple ? "()" : PyErrors.typeName(value));
        }
        PyType[] bases = new PyType[t.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(t.get(i) instanceof PyType b)) {
                throw PyErrors.typeError("%s.__bases__ must be tuple of classes, not '%s'", cls.getName(), PyErrors.typeName(t.get(i)));
            }
            if (b.isSubtypeOf(cls)) {
                throw PyErrors.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        checkSolidBases(bases);
        PyType[] oldBases = cls.getBases();
        PyType[] oldMro = cls.getMro();
        for (PyType b : oldBases) {
            b.removeSubclass(cls);
        }
        cls.setBasesAndRegister(bases);
        try {
            recomputeMro(cls);
        } catch (RuntimeException e) {
            for (PyType b : bases) {
                b.removeSubclass(cls);
            }
            cls.setBasesAndRegister(oldBases);
            cls.setMro(oldMro);
            throw e;
        }
    }

    private static void recomputeMro(PyType cls) {
        cls.setMro(computeMro(cls, cls.getBases(), cls.getMetaclass()));
        for (PyType sub : cls.getSubclasses()) {
            recomputeMro(sub);
        }
    }

    /** CPython's solid base: the nearest class adding instance storage (slots or a builtin layout). */
    private static PyType solidBase(PyType t) {
        if (t.getSlotNames().length > 0 || (t.isBuiltin() && t.getLayout() != Layout.OBJECT && t.getLayout() != Layout.OTHER)) {
            if (t.isBuiltin()) {
                PyType b = t.getBase();
                // bool extends int without new storage; exceptions share BaseException's
                while (b != null && b.isBuiltin() && b.getLayout() == t.getLayout()) {
                    t = b;
                    b = t.getBase();
                }
            }
            return t;
        }
        PyType base = t.getBase();
        return base == null ? t : solidBase(base);
    }

    /** All bases' solid bases must lie on one line of inheritance ("multiple bases have instance lay-out conflict"). */
    private static void checkSolidBases(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = solidBase(b);
            if (winner == null || candidate.isSubtypeOf(winner)) {
                winner = candidate;
            } else if (!winner.isSubtypeOf(candidate)) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    /** The one non-object layout among the bases (CPython's solid base), or a lay-out conflict. */
    private static Layout solidLayout(PyType[] bases) {
        Layout layout = Layout.OBJECT;
        for (PyType b : bases) {
            Layout l = b.getLayout();
            if (l == Layout.OBJECT) {
                continue;
            }
            if (layout == Layout.OBJECT) {
                layout = l;
            } else if (layout != l) {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return layout;
    }

    /** {@code __slots__}: member descriptors instead of an instance dict (unless a base brings one or '__dict__' is listed). */
    private static void applySlots(PyType cls, PyType[] bases, PDict dict) {
        boolean baseHasDict = false;
        for (PyType b : bases) {
            if (b.instancesHaveDict() || (!b.isBuiltin() && b.getLayout() != Layout.OBJECT && b.instancesHaveDict())) {
                baseHasDict = true;
            }
        }
        Object slots = dict.getItem("__slots__");
        if (slots == null) {
            cls.setInstancesHaveDict(true);
            return;
        }
        Object[] names = slots instanceof String s ? new Object[]{s} : PyIter.toArray(slots);
        List<String> slotNames = new ArrayList<>();
        boolean wantsDict = false;
        for (Object n : names) {
            if (!(n instanceof String s)) {
                throw PyErrors.typeError("__slots__ items must be strings, not '%s'", PyErrors.typeName(n));
            }
            if (s.equals("__dict__")) {
                wantsDict = true;
                continue;
            }
            if (dict.getItem(s) != null) {
                throw PyErrors.valueError("'%s' in __slots__ conflicts with class variable", s);
            }
            slotNames.add(s);
        }
        cls.setInstancesHaveDict(baseHasDict || wantsDict);
        cls.setSlotNames(slotNames.toArray(new String[0]));
        for (String s : slotNames) {
            dict.setItem(s, SlotDescriptors.create(cls, s));
        }
    }

    /** {@code __new__} is implicitly a static method, {@code __init_subclass__} and {@code __class_getitem__} class methods. */
    private static void wrapImplicitClassMethods(PDict dict) {
        Object newFn = dict.getItem("__new__");
        if (newFn instanceof PFunction) {
            dict.setItem("__new__", new PClassMethod(PyTypes.STATICMETHOD.getInstanceShape(), newFn));
        }
        for (String name : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object fn = dict.getItem(name);
            if (fn instanceof PFunction) {
                dict.setItem(name, new PClassMethod(PyTypes.CLASSMETHOD.getInstanceShape(), fn));
            }
        }
    }

    /** C3, unless the metaclass overrides {@code mro()}. */
    private static PyType[] computeMro(PyType cls, PyType[] bases, PyType metatype) {
        Object mroMethod = metatype.lookup("mro");
        if (mroMethod != null && !(mroMethod instanceof PBuiltinFunction)) {
            cls.setMro(C3.linearize(cls, bases));
            Object result = PyCall.callMethod(mroMethod, cls);
            Object[] items = PyIter.toArray(result);
            PyType[] mro = new PyType[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyType t)) {
                    throw PyErrors.typeError("mro() returned a non-class ('%s')", PyErrors.typeName(items[i]));
                }
                mro[i] = t;
            }
            return mro;
        }
        return C3.linearize(cls, bases);
    }

    private static void runSetName(PyType cls, PDict dict) {
        DictStorage s = dict.getStorage().copyToHash();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            Object value = s.valueAt(i);
            Object setName = PyTypes.typeOf(value).lookup("__set_name__");
            if (setName != null) {
                PyCall.callMethod(setName, value, cls, s.keyAt(i));
            }
        }
    }

    /** {@code super(cls, cls).__init_subclass__(**kwargs)}: the parent's hook, bound to the new class. */
    private static void initSubclass(PyType cls, String[] kwNames, Object[] kwValues) {
        PyType[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object hook = mro[i].getDict().getItem("__init_subclass__");
            if (hook != null) {
                Object bound = Descriptors.bind(hook, cls, cls);
                PyCall.callKw(bound, new Object[0], kwNames, kwValues);
                return;
            }
        }
    }
}
