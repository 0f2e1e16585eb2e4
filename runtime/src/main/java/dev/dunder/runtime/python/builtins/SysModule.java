package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.function;
import static dev.dunder.runtime.python.builtins.Def.getter;
import static dev.dunder.runtime.python.builtins.Def.method;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.HashDictStorage;
import dev.dunder.runtime.python.objects.Layout;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTextIO;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyStr;

/** The {@code sys} module of one context. */
public final class SysModule {
    /** The class of sys.stdout and friends. */
    static final PyType TEXT_IO;

    static {
        TEXT_IO = new PyType(PyTypes.TYPE, "TextIOWrapper", new PyType[]{PyTypes.OBJECT}, Layout.OTHER, true, new PDict(new HashDictStorage()));
        TEXT_IO.setMro(new PyType[]{TEXT_IO, PyTypes.OBJECT});
        TEXT_IO.define("__module__", "_io");
    }

    private SysModule() {
    }

    static void installTypes() {
        method(TEXT_IO, "write", "self, s, /", a -> {
            String s = Convert.str(a[1], "write() argument");
            write(PythonContext.current(), a[0], s);
            return (long) s.codePointCount(0, s.length());
        });
        method(TEXT_IO, "flush", "self, /", a -> {
            PythonContext.current().flush();
            return PNone.NONE;
        });
        method(TEXT_IO, "readline", "self, /", a -> {
            String line = PythonContext.current().readLine();
            return line == null ? "" : line + "\n";
        });
        method(TEXT_IO, "isatty", "self, /", a -> false);
        method(TEXT_IO, "writable", "self, /", a -> ((PTextIO) a[0]).getStream() != PTextIO.Stream.STDIN);
        method(TEXT_IO, "__repr__", "self, /", a -> "<_io.TextIOWrapper name='<" + ((PTextIO) a[0]).getStream().name().toLowerCase() + ">' mode='"
                        + (((PTextIO) a[0]).getStream() == PTextIO.Stream.STDIN ? "r" : "w") + "' encoding='utf-8'>");
        getter(TEXT_IO, "name", o -> "<" + ((PTextIO) o).getStream().name().toLowerCase() + ">");
        getter(TEXT_IO, "encoding", o -> "utf-8");
    }

    public static PModule create(PythonContext ctx) {
        PModule sys = new PModule("sys");
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(sys, "__name__", "sys");
        PList argv = new PList();
        for (String a : ctx.getArgv()) {
            argv.append(a);
        }
        lib.put(sys, "argv", argv);
        PTextIO out = new PTextIO(TEXT_IO, PTextIO.Stream.STDOUT);
        PTextIO err = new PTextIO(TEXT_IO, PTextIO.Stream.STDERR);
        PTextIO in = new PTextIO(TEXT_IO, PTextIO.Stream.STDIN);
        lib.put(sys, "stdout", out);
        lib.put(sys, "stderr", err);
        lib.put(sys, "stdin", in);
        lib.put(sys, "__stdout__", out);
        lib.put(sys, "__stderr__", err);
        lib.put(sys, "__stdin__", in);
        lib.put(sys, "modules", ctx.getModules());
        lib.put(sys, "path", new PList(new Object[]{ctx.getMainDirectory() == null ? "" : ctx.getMainDirectory()}));
        lib.put(sys, "version", "3.11.7 (Dunder on GraalVM Truffle)");
        lib.put(sys, "version_info", PTuple.of(3L, 11L, 7L, "final", 0L));
        lib.put(sys, "hexversion", 0x030b07f0L);
        lib.put(sys, "implementation_name", "dunder");
        lib.put(sys, "platform", "linux");
        lib.put(sys, "byteorder", "little");
        lib.put(sys, "maxsize", Long.MAX_VALUE);
        lib.put(sys, "executable", "dunder");
        function(sys, "exit", "status=None, /", a -> {
            Object[] args = a[0] == PNone.NONE ? new Object[0] : a[0] instanceof PTuple t ? t.getItems() : new Object[]{a[0]};
            throw PyErrors.toThrow(PyErrors.newException(PyTypes.SYSTEM_EXIT, args));
        });
        function(sys, "getrecursionlimit", "", a -> (long) ctx.getRecursionLimit());
        function(sys, "setrecursionlimit", "limit, /", a -> {
            long limit = Convert.longValue(a[0]);
            if (limit < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            if (limit <= ctx.getDepth()) {
                throw PyErrors.raise(PyTypes.RECURSION_ERROR, "cannot set the recursion limit to " + limit + " at the recursion depth " + ctx.getDepth() + ": the limit is too low");
            }
            ctx.setRecursionLimit((int) Math.min(limit, 1_000_000));
            return PNone.NONE;
        });
        function(sys, "exc_info", "", a -> {
            PBaseException e = ctx.currentHandled();
            if (e == null) {
                return PTuple.of(PNone.NONE, PNone.NONE, PNone.NONE);
            }
            return PTuple.of(e.getPyClass(), e, ExceptionTypes.tracebackOf(e));
        });
        function(sys, "exception", "", a -> {
            PBaseException e = ctx.currentHandled();
            return e == null ? PNone.NONE : e;
        });
        function(sys, "intern", "string, /", a -> Convert.str(a[0], "intern() argument").intern());
        function(sys, "getsizeof", "object, default=?, /", a -> 64L);
        Object hook = function(sys, "excepthook", "type, value, traceback, /", a -> {
            if (a[1] instanceof PBaseException e) {
                ctx.writeErr(TracebackPrinter.format(e));
            } else if (a[1] instanceof dev.dunder.runtime.python.PythonException pe) {
                ctx.writeErr(TracebackPrinter.format(pe.getException()));
            } else {
                ctx.writeErr(PyStr.str(a[1]) + "\n");
            }
            return PNone.NONE;
        });
        lib.put(sys, "__excepthook__", hook);
        // the REPL's echo of expression statements: repr to sys.stdout, the value kept in builtins._
        Object display = function(sys, "displayhook", "object, /", a -> {
            if (a[0] == PNone.NONE) {
                return PNone.NONE;
            }
            DynamicObjectLibrary.getUncached().put(ctx.getBuiltins(), "_", PNone.NONE);
            write(ctx, stdout(ctx), PyStr.repr(a[0]) + "\n");
            DynamicObjectLibrary.getUncached().put(ctx.getBuiltins(), "_", a[0]);
            return PNone.NONE;
        });
        lib.put(sys, "__displayhook__", display);
        return sys;
    }

    /** sys.stdout as the program currently sees it (it may have been replaced). */
    static Object stdout(PythonContext ctx) {
        Object v = DynamicObjectLibrary.getUncached().getOrDefault(ctx.getSys(), "stdout", PNone.NONE);
        return v;
    }

    /** Writes to a stream object: ours directly, anything else through its write(). */
    static void write(PythonContext ctx, Object target, String s) {
        if (target instanceof PTextIO io) {
            if (io.getStream() == PTextIO.Stream.STDERR) {
                ctx.writeErr(s);
            } else {
                ctx.writeOut(s);
            }
            return;
        }
        if (target == PNone.NONE) {
            return;
        }
        Object write = dev.dunder.runtime.python.model.AttributeLookup.getAttribute(target, "write");
        PyCall.call(write, s);
    }
}
