package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.constructor;
import static dev.dunder.runtime.python.builtins.Def.getset;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.HiddenKey;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTraceback;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.TracebackEntry;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PyStr;

/** The exception hierarchy's behaviour: args, str/repr, chaining attributes, and the per-class extras. */
final class ExceptionTypes {
    static final HiddenKey VALUE = new HiddenKey("value");
    static final HiddenKey CODE = new HiddenKey("code");

    private ExceptionTypes() {
    }

    private static PBaseException e(Object o) {
        return (PBaseException) o;
    }

    static void install() {
        PyType t = PyTypes.BASE_EXCEPTION;
        constructor(t, "cls, *args, **kwargs", a -> {
            PyType cls = (PyType) a[0];
            if (!cls.isSubtypeOf(PyTypes.BASE_EXCEPTION)) {
                throw PyErrors.typeError("BaseException.__new__(%s): %s is not a subtype of BaseException", cls.getName(), cls.getName());
            }
            PBaseException exc = new PBaseException(cls.getInstanceShape());
            exc.setArgs((PTuple) a[1]);
            return exc;
        });
        method(t, "__init__", "self, *args", a -> {
            e(a[0]).setArgs((PTuple) a[1]);
            return PNone.NONE;
        });
        method(t, "__str__", "self, /", a -> {
            PTuple args = e(a[0]).getArgs();
            return args.size() == 0 ? "" : args.size() == 1 ? PyStr.str(args.get(0)) : PyStr.str(args);
        });
        method(t, "__repr__", "self, /", a -> {
            PTuple args = e(a[0]).getArgs();
            String name = e(a[0]).getPyClass().getName();
            if (args.size() == 1) {
                return name + "(" + PyStr.repr(args.get(0)) + ")";
            }
            return name + PyStr.repr(args);
        });
        method(t, "with_traceback", "self, tb, /", a -> {
            e(a[0]).setTraceback(entriesOf(a[1]));
            return a[0];
        });
        method(t, "add_note", "self, note, /", a -> {
            if (!(a[1] instanceof String)) {
                throw PyErrors.typeError("note must be a str, not '%s'", PyErrors.typeName(a[1]));
            }
            Object notes = AttributeLookup.lookupOrNull(a[0], "__notes__");
            if (notes == null) {
                notes = new PList();
                AttributeLookup.setAttribute(a[0], "__notes__", notes);
            }
            ((PList) notes).append(a[1]);
            return PNone.NONE;
        });
        getset(t, "args", o -> e(o).getArgs(), (o, v) -> e(o).setArgs(new PTuple(PyIter.toArray(v))));
        getset(t, "__traceback__", o -> tracebackOf(e(o)), (o, v) -> e(o).setTraceback(entriesOf(v)));
        getset(t, "__cause__", o -> e(o).getCause(), (o, v) -> {
            checkExceptionOrNone(v, "exception cause");
            e(o).setCause(v == null ? PNone.NONE : v);
            e(o).setSuppressContext(true);
        });
        getset(t, "__context__", o -> e(o).getContext(), (o, v) -> {
            checkExceptionOrNone(v, "exception context");
            e(o).setContext(v == null ? PNone.NONE : v);
        });
        getset(t, "__suppress_context__", o -> e(o).isSuppressContext(), (o, v) -> e(o).setSuppressContext(dev.dunder.runtime.python.ops.PyTruth.isTrue(v)));

        method(PyTypes.KEY_ERROR, "__str__", "self, /", a -> {
            PTuple args = e(a[0]).getArgs();
            return args.size() == 1 ? PyStr.repr(args.get(0)) : args.size() == 0 ? "" : PyStr.str(args);
        });
        method(PyTypes.STOP_ITERATION, "__init__", "self, *args", a -> {
            PTuple args = (PTuple) a[1];
            e(a[0]).setArgs(args);
            DynamicObjectLibrary.getUncached().put(e(a[0]), VALUE, args.size() > 0 ? args.get(0) : PNone.NONE);
            return PNone.NONE;
        });
        getset(PyTypes.STOP_ITERATION, "value", o -> hidden(o, VALUE, () -> e(o).getArgs().size() > 0 ? e(o).getArgs().get(0) : PNone.NONE),
                        (o, v) -> DynamicObjectLibrary.getUncached().put(e(o), VALUE, v == null ? PNone.NONE : v));
        getset(PyTypes.SYSTEM_EXIT, "code", o -> hidden(o, CODE, () -> {
            PTuple args = e(o).getArgs();
            return args.size() == 0 ? PNone.NONE : args.size() == 1 ? args.get(0) : args;
        }), (o, v) -> DynamicObjectLibrary.getUncached().put(e(o), CODE, v == null ? PNone.NONE : v));
        for (PyType nameHolder : new PyType[]{PyTypes.ATTRIBUTE_ERROR, PyTypes.NAME_ERROR}) {
            boolean attr = nameHolder == PyTypes.ATTRIBUTE_ERROR;
            method(nameHolder, "__init__", attr ? "self, *args, name=None, obj=None" : "self, *args, name=None", a -> {
                e(a[0]).setArgs((PTuple) a[1]);
                DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
                lib.put(e(a[0]), PyErrors.NAME, a[2]);
                if (attr) {
                    lib.put(e(a[0]), PyErrors.OBJ, a[3]);
                }
                return PNone.NONE;
            });
            getset(nameHolder, "name", o -> hidden(o, PyErrors.NAME, () -> PNone.NONE), (o, v) -> DynamicObjectLibrary.getUncached().put(e(o), PyErrors.NAME, v == null ? PNone.NONE : v));
            if (attr) {
                getset(nameHolder, "obj", o -> hidden(o, PyErrors.OBJ, () -> PNone.NONE), (o, v) -> DynamicObjectLibrary.getUncached().put(e(o), PyErrors.OBJ, v == null ? PNone.NONE : v));
            }
        }
        installSyntaxError();
    }

    private static Object hidden(Object o, HiddenKey key, java.util.function.Supplier<Object> dflt) {
        Object v = DynamicObjectLibrary.getUncached().getOrDefault((PyObject) o, key, null);
        return v == null ? dflt.get() : v;
    }

    private static void checkExceptionOrNone(Object v, String what) {
        if (v != null && v != PNone.NONE && !(v instanceof PBaseException)) {
            throw PyErrors.typeError("%s must be None or derive from BaseException", what);
        }
    }

    /** The traceback chain, outermost frame first (as {@code tb.tb_next} walks inward). */
    static Object tracebackOf(PBaseException exc) {
        List<TracebackEntry> entries = exc.getTraceback();
        Object next = PNone.NONE;
        for (TracebackEntry entry : entries) {
            next = new PTraceback(entry, next);
        }
        return next;
    }

    private static List<TracebackEntry> entriesOf(Object tb) {
        List<TracebackEntry> outerFirst = new ArrayList<>();
        Object cur = tb;
        while (cur instanceof PTraceback t) {
            outerFirst.add(t.getEntry());
            cur = t.getNext();
        }
        if (cur != PNone.NONE && cur != null) {
            throw PyErrors.typeError("__traceback__ must be a traceback or None");
        }
        List<TracebackEntry> innerFirst = new ArrayList<>();
        for (int i = outerFirst.size() - 1; i >= 0; i--) {
            innerFirst.add(outerFirst.get(i));
        }
        return innerFirst;
    }

    static void installTraceback() {
        PyType t = PyTypes.TRACEBACK;
        getter(t, "tb_next", o -> ((PTraceback) o).getNext());
        getter(t, "tb_lineno", o -> {
            SourceSection s = ((PTraceback) o).getEntry().node().getEncapsulatingSourceSection();
            return s == null ? 0L : (long) s.getStartLine();
        });
    }

    private static void installSyntaxError() {
        PyType t = PyTypes.SYNTAX_ERROR;
        String[] fields = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        method(t, "__init__", "self, *args", a -> {
            PTuple args = (PTuple) a[1];
            e(a[0]).setArgs(args);
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (String f : fields) {
                lib.put(e(a[0]), f, PNone.NONE);
            }
            lib.put(e(a[0]), "print_file_and_line", PNone.NONE);
            if (args.size() >= 1) {
                lib.put(e(a[0]), "msg", args.get(0));
            }
            if (args.size() == 2) {
                Object[] info = PyIter.toArray(args.get(1));
                if (info.length < 4 || info.length > 6) {
                    throw PyErrors.indexError("tuple index out of range");
                }
                for (int i = 0; i < info.length; i++) {
                    lib.put(e(a[0]), fields[i + 1], info[i]);
                }
            }
            return PNone.NONE;
        });
        method(t, "__str__", "self, /", a -> {
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            Object msg = lib.getOrDefault(e(a[0]), "msg", PNone.NONE);
            Object file = lib.getOrDefault(e(a[0]), "filename", PNone.NONE);
            Object line = lib.getOrDefault(e(a[0]), "lineno", PNone.NONE);
            String m = msg == PNone.NONE && e(a[0]).getArgs().size() == 0 ? "" : PyStr.str(msg);
            if (file instanceof String f && line instanceof Long l) {
                return m + " (" + baseName(f) + ", line " + l + ")";
            }
            if (file instanceof String f) {
                return m + " (" + baseName(f) + ")";
            }
            if (line instanceof Long l) {
                return m + " (line " + l + ")";
            }
            return m;
        });
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }

}
