package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.function;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PEllipsis;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PFunctionIterator;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PNotImplemented;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyBinary;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyFormat;
import dev.dunder.runtime.python.ops.PyHash;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;
import dev.dunder.runtime.python.ops.PyStr;
import dev.dunder.runtime.python.ops.PyTruth;

/** The {@code builtins} module: its functions, and the classes and constants it exposes. */
public final class Builtins {
    private Builtins() {
    }

    /** A fresh builtins module for one context (the builtin classes themselves are shared). */
    public static PModule create(PythonContext ctx) {
        BuiltinTypes.ensureInstalled();
        PModule m = new PModule("builtins");
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(m, "__name__", "builtins");
        lib.put(m, "__doc__", "Built-in functions, exceptions, and other objects.");
        PyType[] classes = {PyTypes.OBJECT, PyTypes.TYPE, PyTypes.INT, PyTypes.BOOL, PyTypes.FLOAT, PyTypes.COMPLEX, PyTypes.STR, PyTypes.LIST, PyTypes.TUPLE,
            PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET, PyTypes.RANGE, PyTypes.SLICE, PyTypes.PROPERTY, PyTypes.CLASSMETHOD,
            PyTypes.STATICMETHOD, PyTypes.SUPER, PyTypes.ENUMERATE, PyTypes.ZIP, PyTypes.MAP, PyTypes.FILTER, PyTypes.REVERSED};
        for (PyType t : classes) {
            lib.put(m, t.getName(), t);
        }
        for (PyType t : PyTypes.EXCEPTIONS) {
            lib.put(m, t.getName(), t);
        }
        lib.put(m, "None", PNone.NONE);
        lib.put(m, "Ellipsis", PEllipsis.INSTANCE);
        lib.put(m, "NotImplemented", PNotImplemented.INSTANCE);
        lib.put(m, "True", true);
        lib.put(m, "False", false);
        lib.put(m, "__debug__", true);
        installFunctions(m, ctx);
        return m;
    }

    private static void installFunctions(PModule m, PythonContext ctx) {
        // Dunder's teaching builtins (not in CPython): the lookup steps, the object diagram, pydoc-style help
        function(m, "explain", "obj, name, /", a -> {
            SysModule.write(ctx, SysModule.stdout(ctx), dev.dunder.runtime.python.teaching.Explanation.explain(a[0], Convert.str(a[1], "explain()"), "obj"));
            return PNone.NONE;
        });
        function(m, "draw", "obj, format='box', /", a -> {
            SysModule.write(ctx, SysModule.stdout(ctx), DunderModule.drawText(a[0], Convert.str(a[1], "draw()"), "obj"));
            return PNone.NONE;
        });
        function(m, "help", "obj=?, /", a -> {
            String text = a[0] == null ? "Type help(object) for help about object; in the REPL, :help lists the teaching commands.\n"
                            : dev.dunder.runtime.python.teaching.Help.text(a[0]);
            SysModule.write(ctx, SysModule.stdout(ctx), text);
            return PNone.NONE;
        });
        function(m, "print", "*args, sep=None, end=None, file=None, flush=False", a -> print(ctx, (PTuple) a[0], a[1], a[2], a[3], PyTruth.isTrue(a[4])));
        function(m, "input", "prompt=?, /", a -> {
            if (a[0] != null) {
                ctx.writeOut(PyStr.str(a[0]));
            }
            String line = ctx.readLine();
            if (line == null) {
                throw PyErrors.raise(PyTypes.EOF_ERROR, "EOF when reading a line");
            }
            return line;
        });
        function(m, "repr", "obj, /", a -> PyStr.reprObject(a[0]));
        function(m, "ascii", "obj, /", a -> PyStr.ascii(a[0]));
        function(m, "len", "obj, /", a -> PySequences.len(a[0]));
        function(m, "abs", "x, /", a -> abs(a[0]));
        function(m, "hash", "obj, /", a -> PyHash.hash(a[0]));
        function(m, "id", "obj, /", a -> id(ctx, a[0]));
        function(m, "callable", "obj, /", a -> callable(a[0]));
        function(m, "format", "value, format_spec='', /", a -> PyFormat.format(a[0], Convert.str(a[1], "format() argument 2")));
        function(m, "chr", "i, /", a -> {
            long c = Convert.longValue(a[0]);
            if (c < 0 || c > 0x10ffff) {
                throw PyErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) c));
        });
        function(m, "ord", "c, /", a -> {
            Object v = Convert.unbox(a[0]);
            if (!(v instanceof String s)) {
                throw PyErrors.typeError("ord() expected string of length 1, but %s found", PyErrors.typeName(a[0]));
            }
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length %d found", n);
            }
            return (long) s.codePointAt(0);
        });
        function(m, "hex", "number, /", a -> prefixed(a[0], 16, "0x"));
        function(m, "oct", "number, /", a -> prefixed(a[0], 8, "0o"));
        function(m, "bin", "number, /", a -> prefixed(a[0], 2, "0b"));
        function(m, "divmod", "x, y, /", a -> PyBinary.binary(a[0], a[1], PyBinary.Op.DIVMOD));
        function(m, "pow", "base, exp, mod=None", a -> {
            if (a[2] == PNone.NONE) {
                return PyBinary.binary(a[0], a[1], PyBinary.Op.POW);
            }
            Object slot = PyTypes.typeOf(a[0]).lookup("__pow__");
            Object r = slot == null ? PNotImplemented.INSTANCE : PyCall.callMethod(slot, a[0], a[1], a[2]);
            if (r == PNotImplemented.INSTANCE) {
                throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", PyErrors.typeName(a[0]), PyErrors.typeName(a[1]), PyErrors.typeName(a[2]));
            }
            return r;
        });
        function(m, "round", "number, ndigits=None", a -> {
            Object slot = PyTypes.typeOf(a[0]).lookup("__round__");
            if (slot == null) {
                throw PyErrors.typeError("type %s doesn't define __round__ method", PyErrors.typeName(a[0]));
            }
            return a[1] == PNone.NONE ? PyCall.callMethod(slot, a[0]) : PyCall.callMethod(slot, a[0], a[1]);
        });
        function(m, "min", "*args, key=None, default=?", a -> minMax((PTuple) a[0], a[1], a[2], "min", true));
        function(m, "max", "*args, key=None, default=?", a -> minMax((PTuple) a[0], a[1], a[2], "max", false));
        function(m, "sum", "iterable, /, start=0", a -> sum(a[0], a[1]));
        function(m, "sorted", "iterable, /, *, key=None, reverse=False", a -> {
            PList l = new PList(PyIter.toArray(a[0]).clone());
            Sorting.sortList(l, a[1], PyTruth.isTrue(a[2]));
            return l;
        });
        function(m, "any", "iterable, /", a -> {
            Object it = PyIter.iter(a[0]);
            Object v;
            while ((v = PyIter.next(it)) != null) {
                if (PyTruth.isTrue(v)) {
                    return true;
                }
            }
            return false;
        });
        function(m, "all", "iterable, /", a -> {
            Object it = PyIter.iter(a[0]);
            Object v;
            while ((v = PyIter.next(it)) != null) {
                if (!PyTruth.isTrue(v)) {
                    return false;
                }
            }
            return true;
        });
        function(m, "iter", "object, sentinel=?, /", a -> {
            if (a[1] == null) {
                return PyIter.iter(a[0]);
            }
            if (!callable(a[0])) {
                throw PyErrors.typeError("iter(v, w): v must be callable");
            }
            Object fn = a[0];
            Object sentinel = a[1];
            return new PFunctionIterator(PyTypes.CALLABLE_ITERATOR.getInstanceShape(), () -> {
                Object v = PyCall.call(fn);
                return PyCompare.equalsForContainers(v, sentinel) ? null : v;
            });
        });
        function(m, "next", "iterator, default=?, /", a -> {
            Object slot = PyTypes.typeOf(a[0]).lookup("__next__");
            if (slot == null) {
                throw PyErrors.typeError("'%s' object is not an iterator", PyErrors.typeName(a[0]));
            }
            try {
                return PyCall.callMethod(slot, a[0]);
            } catch (PythonException e) {
                if (a[1] != null && e.getException().getPyClass().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                    return a[1];
                }
                throw e;
            }
        });
        function(m, "isinstance", "obj, class_or_tuple, /", a -> isinstance(a[0], a[1]));
        function(m, "issubclass", "cls, class_or_tuple, /", a -> issubclass(a[0], a[1]));
        function(m, "getattr", "object, name, default=?, /", a -> {
            String name = attrName(a[1]);
            if (a[2] == null) {
                return AttributeLookup.getAttribute(a[0], name);
            }
            Object v = AttributeLookup.lookupOrNull(a[0], name);
            return v == null ? a[2] : v;
        });
        function(m, "setattr", "obj, name, value, /", a -> {
            AttributeLookup.setAttribute(a[0], attrName(a[1]), a[2]);
            return PNone.NONE;
        });
        function(m, "delattr", "obj, name, /", a -> {
            AttributeLookup.deleteAttribute(a[0], attrName(a[1]));
            return PNone.NONE;
        });
        function(m, "hasattr", "obj, name, /", a -> AttributeLookup.lookupOrNull(a[0], attrName(a[1])) != null);
        function(m, "vars", "object=?, /", a -> {
            if (a[0] == null) {
                return ctx.getInterpreter().callerLocals();
            }
            Object d = AttributeLookup.lookupOrNull(a[0], "__dict__");
            if (d == null) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        function(m, "dir", "object=?, /", a -> {
            if (a[0] == null) {
                Object locals = ctx.getInterpreter().callerLocals();
                PList keys = new PList(PyIter.toArray(locals));
                Sorting.sortList(keys, PNone.NONE, false);
                return keys;
            }
            Object slot = PyTypes.typeOf(a[0]).lookup("__dir__");
            PList names = new PList(PyIter.toArray(PyCall.callMethod(slot, a[0])));
            Sorting.sortList(names, PNone.NONE, false);
            return names;
        });
        function(m, "globals", "", a -> dev.dunder.runtime.python.objects.AttributeDictStorage.viewOf(ctx.getInterpreter().callerGlobals()));
        function(m, "locals", "", a -> ctx.getInterpreter().callerLocals());
        function(m, "eval", "source, globals=None, locals=None, /", a -> evaluate(ctx, a[0], a[1], a[2], false));
        function(m, "exec", "source, globals=None, locals=None, /", a -> {
            evaluate(ctx, a[0], a[1], a[2], true);
            return PNone.NONE;
        });
        function(m, "__import__", "name, globals=None, locals=None, fromlist=(), level=0", a -> ctx.getInterpreter().importModule(Convert.str(a[0], "__import__() argument 1")));
        for (String exit : new String[]{"exit", "quit"}) {
            function(m, exit, "code=None, /", a -> {
                throw PyErrors.toThrow(PyErrors.newException(PyTypes.SYSTEM_EXIT, a[0] == PNone.NONE ? new Object[0] : new Object[]{a[0]}));
            });
        }
        function(m, "open", "file, mode='r', *args, **kwargs", a -> {
            throw PyErrors.raise(PyTypes.NOT_IMPLEMENTED_ERROR, "open(): file I/O is not supported by Dunder");
        });
    }

    private static String attrName(Object o) {
        return ObjectType.attrName(o);
    }

    private static Object evaluate(PythonContext ctx, Object source, Object globals, Object locals, boolean exec) {
        String src = Convert.str(source, exec ? "exec() arg 1" : "eval() arg 1");
        PModule g;
        if (globals == PNone.NONE) {
            g = ctx.getInterpreter().callerGlobals();
            if (locals == PNone.NONE) {
                locals = ctx.getInterpreter().callerLocals();
            }
        } else if (globals instanceof PDict d && d.getStorage() instanceof dev.dunder.runtime.python.objects.AttributeDictStorage as
                        && as.getOwner() instanceof PModule pm) {
            g = pm;
        } else if (globals instanceof PDict d) {
            g = ModuleFromDict.wrap(d);
        } else {
            throw PyErrors.typeError("%s() globals must be a dict, not %s", exec ? "exec" : "eval", PyErrors.typeName(globals));
        }
        return ctx.getInterpreter().evaluate(src, g, locals == PNone.NONE ? null : locals, exec, "<string>");
    }

    static Object print(PythonContext ctx, PTuple args, Object sepArg, Object endArg, Object file, boolean flush) {
        String sep = sepArg == PNone.NONE ? " " : checkedStr(sepArg, "sep");
        String end = endArg == PNone.NONE ? "\n" : checkedStr(endArg, "end");
        StringBuilder sb = new StringBuilder();
        Object[] items = args.getItems();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(PyStr.str(items[i]));
        }
        sb.append(end);
        Object target = file == PNone.NONE ? SysModule.stdout(ctx) : file;
        SysModule.write(ctx, target, sb.toString());
        if (flush) {
            ctx.flush();
        }
        return PNone.NONE;
    }

    private static String checkedStr(Object o, String what) {
        Object v = Convert.unbox(o);
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("%s must be None or a string, not %s", what, PyErrors.typeName(o));
    }

    private static Object abs(Object x) {
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            return PyNumbers.abs(x);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        return PyBinary.unary(x, "__abs__", "abs()");
    }

    private static Object id(PythonContext ctx, Object o) {
        if (o instanceof PyObject) {
            return IdTable.idOf(o);
        }
        return (long) (PyHash.hash(o) & 0x7fffffffffffL) * 16 + 0x7f0000000000L;
    }

    static boolean callable(Object o) {
        if (o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PMethod || o instanceof PyType) {
            return true;
        }
        return PyTypes.typeOf(o).lookup("__call__") != null;
    }

    private static String prefixed(Object number, int radix, String prefix) {
        BigInteger v = PyNumbers.toBig(PySequences.index(number));
        String digits = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static Object minMax(PTuple args, Object key, Object dflt, String name, boolean min) {
        Object[] items;
        if (args.size() == 0) {
            throw PyErrors.typeError("%s expected at least 1 argument, got 0", name);
        }
        if (args.size() == 1) {
            items = PyIter.toArray(args.get(0));
            if (items.length == 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw PyErrors.valueError("%s() arg is an empty sequence", name);
            }
        } else {
            if (dflt != null) {
                throw PyErrors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = args.getItems();
        }
        Object best = items[0];
        Object bestKey = key == PNone.NONE ? best : PyCall.call(key, best);
        for (int i = 1; i < items.length; i++) {
            Object k = key == PNone.NONE ? items[i] : PyCall.call(key, items[i]);
            boolean better = PyTruth.isTrue(PyCompare.compare(k, bestKey, min ? PyCompare.Op.LT : PyCompare.Op.GT));
            if (better) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    private static Object sum(Object iterable, Object start) {
        if (start instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Object total = start;
        Object it = PyIter.iter(iterable);
        Object v;
        while ((v = PyIter.next(it)) != null) {
            if (total instanceof Long && v instanceof Long) {
                total = PyNumbers.add(total, v);
            } else if (total instanceof Double x && v instanceof Double y) {
                total = x + y;
            } else {
                total = PyBinary.binary(total, v, PyBinary.Op.ADD);
            }
        }
        return total;
    }

    public static boolean isinstance(Object obj, Object cls) {
        if (cls instanceof PyType t && PyTypes.typeOf(obj) == t) {
            return true;
        }
        if (cls instanceof PTuple tuple) {
            for (Object c : tuple.getItems()) {
                if (isinstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType)) {
            Object check = PyTypes.typeOf(cls).lookup("__instancecheck__");
            if (check == null) {
                throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
            }
            return PyTruth.isTrue(PyCall.callMethod(check, cls, obj));
        }
        PyType t = (PyType) cls;
        Object check = t.getPyClass().lookup("__instancecheck__");
        if (check != null && t.getPyClass() != PyTypes.TYPE) {
            return PyTruth.isTrue(PyCall.callMethod(check, cls, obj));
        }
        if (PyTypes.typeOf(obj).isSubtypeOf(t)) {
            return true;
        }
        Object declared = AttributeLookup.lookupOrNull(obj, "__class__");
        return declared instanceof PyType dt && dt != PyTypes.typeOf(obj) && dt.isSubtypeOf(t);
    }

    public static boolean issubclass(Object sub, Object cls) {
        if (cls instanceof PTuple tuple) {
            for (Object c : tuple.getItems()) {
                if (issubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t)) {
            Object check = PyTypes.typeOf(cls).lookup("__subclasscheck__");
            if (check == null) {
                throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
            }
            return PyTruth.isTrue(PyCall.callMethod(check, cls, sub));
        }
        Object check = t.getPyClass().lookup("__subclasscheck__");
        if (check != null && t.getPyClass() != PyTypes.TYPE) {
            return PyTruth.isTrue(PyCall.callMethod(check, cls, sub));
        }
        if (!(sub instanceof PyType s)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        return s.isSubtypeOf(t);
    }

    /** {@code raise X} / {@code gen.throw(X)}: a class is instantiated, an instance used as it is. */
    public static PythonException exceptionToRaise(Object typeOrValue, Object value) {
        if (typeOrValue instanceof PyType t && t.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
            Object inst = value == null || value == PNone.NONE ? PyCall.call(t) : value instanceof PBaseException ? value : PyCall.call(t, value);
            if (!(inst instanceof PBaseException e)) {
                throw PyErrors.typeError("calling %s should have returned an instance of BaseException, not %s", t.getName(), PyErrors.typeName(inst));
            }
            return PyErrors.toThrow(e);
        }
        if (typeOrValue instanceof PBaseException e) {
            return PyErrors.toThrow(e);
        }
        throw PyErrors.typeError("exceptions must derive from BaseException");
    }

    /** Stable ids for objects (CPython shows addresses; only identity matters). */
    static final class IdTable {
        private static final IdentityHashMap<Object, Long> IDS = new IdentityHashMap<>();
        private static long next = 0x7f0000001000L;

        static synchronized long idOf(Object o) {
            return IDS.computeIfAbsent(o, k -> {
                next += 16;
                return next;
            });
        }
    }

}
