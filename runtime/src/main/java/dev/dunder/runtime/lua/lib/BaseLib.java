package dev.dunder.runtime.lua.lib;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumberParser;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaMetatables;
import dev.dunder.runtime.lua.model.LuaOperationError;

/** The basic functions (reference manual 6.1): print, type, pairs, pcall, error, load, ... */
public final class BaseLib {
    private BaseLib() {
    }

    public static void install(LuaContext ctx, LuaTable g) {
        Library lib = new Library(ctx, g, "");
        lib.set("_G", g);
        lib.set("_VERSION", "Lua 5.4");
        lib.add("print", args -> print(ctx, args));
        lib.add("type", args -> LuaValues.typeName(Args.checkAny(args, 1)));
        lib.add("tostring", args -> LuaMetatables.tostring(Args.checkAny(args, 1)));
        lib.add("tonumber", BaseLib::tonumber);
        lib.add("rawequal", args -> LuaValues.rawEquals(Args.checkAny(args, 1), Args.checkAny(args, 2)));
        lib.add("rawlen", BaseLib::rawlen);
        lib.add("rawget", args -> LuaIndex.rawGet(Args.checkTable(args, 1), Args.checkAny(args, 2)));
        lib.add("rawset", BaseLib::rawset);
        lib.add("getmetatable", args -> LuaMetatables.getmetatable(Args.checkAny(args, 1)));
        lib.add("setmetatable", BaseLib::setmetatable);
        lib.add("assert", args -> assertion(ctx, args));
        lib.add("error", args -> error(ctx, args));
        lib.add("pcall", args -> pcall(ctx, args));
        lib.add("xpcall", args -> xpcall(ctx, args));
        lib.add("select", BaseLib::select);
        LuaBuiltin next = lib.add("next", BaseLib::next);
        lib.add("pairs", args -> pairs(ctx, args, next));
        LuaBuiltin ipairsIterator = new LuaBuiltin(ctx.getLanguage(), "ipairs_iterator", BaseLib::ipairsStep);
        lib.add("ipairs", args -> new Object[]{ipairsIterator, Args.checkAny(args, 1), 0L});
        CollectorState gc = new CollectorState();
        lib.add("collectgarbage", args -> collectgarbage(gc, args));
        lib.add("load", args -> load(ctx, args));
        lib.add("dofile", args -> dofile(ctx, args));
        boolean[] warningsOn = {false};
        lib.add("warn", args -> warn(ctx, args, warningsOn));
    }

    private static Object print(LuaContext ctx, Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            if (i > 1) {
                sb.append('\t');
            }
            sb.append(LuaMetatables.tostring(args[i]));
        }
        sb.append('\n');
        ctx.write(sb.toString());
        return LuaCalls.none();
    }

    private static Object tonumber(Object[] args) {
        if (Args.isNoneOrNil(args, 2)) {
            Object v = Args.checkAny(args, 1);
            if (v instanceof Long || v instanceof Double) {
                return v;
            }
            if (v instanceof String s) {
                Object n = LuaNumberParser.parse(s);
                return n == null ? LuaNil.NIL : n;
            }
            return LuaNil.NIL;
        }
        long base = Args.checkInteger(args, 2);
        Object v = Args.get(args, 1);
        if (!(v instanceof String s)) {
            throw Args.typeError(args, 1, "string");
        }
        if (base < 2 || base > 36) {
            throw LuaError.badArgument(2, "base out of range");
        }
        Long n = LuaNumberParser.parseInBase(s, (int) base);
        return n == null ? LuaNil.NIL : n;
    }

    private static Object rawlen(Object[] args) {
        Object v = Args.get(args, 1);
        if (v instanceof LuaTable t) {
            return t.rawLength();
        }
        if (v instanceof String s) {
            return (long) s.length();
        }
        throw Args.typeError(args, 1, "table or string");
    }

    private static Object rawset(Object[] args) {
        LuaTable t = Args.checkTable(args, 1);
        Args.checkAny(args, 2);
        Args.checkAny(args, 3);
        try {
            LuaIndex.rawSet(t, args[2], args[3]);
        } catch (LuaOperationError e) {
            throw new LuaError(e.getMessage(), null);
        }
        return t;
    }

    private static Object setmetatable(Object[] args) {
        LuaTable t = Args.checkTable(args, 1);
        Object mt = Args.get(args, 2);
        if (!(mt instanceof LuaTable) && mt != LuaNil.NIL || Args.isNone(args, 2)) {
            throw Args.typeError(args, 2, "nil or table");
        }
        LuaTable current = t.getMetatable();
        if (current != null && current.rawGetStr("__metatable") != LuaNil.NIL) {
            throw LuaError.withWhere("cannot change a protected metatable");
        }
        t.setMetatable(mt == LuaNil.NIL ? null : (LuaTable) mt);
        return t;
    }

    private static Object assertion(LuaContext ctx, Object[] args) {
        Object v = Args.checkAny(args, 1);
        if (LuaValues.isTruthy(v)) {
            Object[] all = new Object[args.length - 1];
            System.arraycopy(args, 1, all, 0, all.length);
            return LuaCalls.results(all);
        }
        Object message = args.length > 2 ? args[2] : "assertion failed!";
        if (message instanceof String s) {
            throw new LuaError(ctx.getInterpreter().where(1) + s, null);
        }
        throw new LuaError(message, null);
    }

    private static Object error(LuaContext ctx, Object[] args) {
        Object value = Args.get(args, 1);
        long level = Args.optInteger(args, 2, 1);
        if (value instanceof String s && level > 0) {
            value = ctx.getInterpreter().where((int) level) + s;
        }
        throw new LuaError(value, null);
    }

    private static Object pcall(LuaContext ctx, Object[] args) {
        Object f = Args.checkAny(args, 1);
        Object[] callArgs = new Object[args.length - 1];
        System.arraycopy(args, 1, callArgs, 0, callArgs.length);
        ctx.enterProtectedCall();
        try {
            Object[] r = LuaCalls.all(LuaCalls.callWithFrameArgs(f, callArgs));
            Object[] out = new Object[r.length + 1];
            out[0] = Boolean.TRUE;
            System.arraycopy(r, 0, out, 1, r.length);
            return out;
        } catch (LuaError e) {
            return new Object[]{Boolean.FALSE, e.getValue()};
        } catch (dev.dunder.runtime.lua.model.LuaTypeError e) {
            return new Object[]{Boolean.FALSE, e.message(null)};
        } catch (LuaOperationError e) {
            // raised by the call itself ("C stack overflow"): caught by this pcall, as in Lua
            return new Object[]{Boolean.FALSE, e.getMessage()};
        } catch (com.oracle.truffle.api.exception.AbstractTruffleException e) {
            // another language's or the host's exception: its error value is the exception object (a userdata)
            if (!dev.dunder.runtime.lua.model.ForeignValues.isForeignError(e)) {
                throw e;
            }
            return new Object[]{Boolean.FALSE, e};
        } finally {
            ctx.leaveProtectedCall();
        }
    }

    private static Object xpcall(LuaContext ctx, Object[] args) {
        Object f = Args.get(args, 1);
        Object handler = Args.checkFunction(args, 2);
        Object[] callArgs = new Object[Math.max(1, args.length - 2)];
        System.arraycopy(args, 3, callArgs, 1, Math.max(0, args.length - 3));
        Object error;
        LuaError raised = null;
        LuaError outerHandling = ctx.setHandlingError(null);
        ctx.enterProtectedCall();
        try {
            Object[] r = LuaCalls.all(LuaCalls.callWithFrameArgs(f, callArgs));
            Object[] out = new Object[r.length + 1];
            out[0] = Boolean.TRUE;
            System.arraycopy(r, 0, out, 1, r.length);
            return out;
        } catch (LuaError e) {
            error = e.getValue();
            raised = e;
            // its frames now, before the handler runs on top of xpcall (tracebacks there show them)
            com.oracle.truffle.api.TruffleStackTrace.fillIn(e);
        } catch (LuaOperationError e) {
            error = e.getMessage();
        } catch (com.oracle.truffle.api.exception.AbstractTruffleException e) {
            if (!dev.dunder.runtime.lua.model.ForeignValues.isForeignError(e)) {
                throw e;
            }
            error = e;
        } finally {
            ctx.leaveProtectedCall();
            ctx.setHandlingError(outerHandling);
        }
        Object[] h;
        ctx.setHandlingError(raised);
        ctx.enterProtectedCall();
        try {
            h = LuaCalls.all(LuaCalls.call(handler, error));
        } catch (LuaError | LuaOperationError again) {
            // Lua calls the handler again for its own error until the C stack gives out
            return new Object[]{Boolean.FALSE, "error in error handling"};
        } finally {
            ctx.leaveProtectedCall();
            ctx.setHandlingError(outerHandling);
        }
        Object[] out = new Object[h.length + 1];
        out[0] = Boolean.FALSE;
        System.arraycopy(h, 0, out, 1, h.length);
        return out;
    }

    private static Object select(Object[] args) {
        int n = args.length - 2;
        Object first = Args.get(args, 1);
        if (first instanceof String s && s.startsWith("#")) {
            return (long) Math.max(n, 0);
        }
        long i = Args.checkInteger(args, 1);
        if (i < 0) {
            i = n + i;
        } else if (i > n) {
            i = n;
        } else {
            i--;
        }
        if (i < 0) {
            throw LuaError.badArgument(1, "index out of range");
        }
        Object[] out = new Object[(int) (n - i)];
        System.arraycopy(args, (int) (2 + i), out, 0, out.length);
        return LuaCalls.results(out);
    }

    private static Object next(Object[] args) {
        LuaTable t = Args.checkTable(args, 1);
        Object key = LuaValues.normalizeKey(Args.get(args, 2));
        try {
            Object[] e = t.next(key);
            return e == null ? LuaNil.NIL : e;
        } catch (IllegalArgumentException e) {
            throw new LuaError(e.getMessage(), null);
        }
    }

    private static Object pairs(LuaContext ctx, Object[] args, LuaBuiltin next) {
        Object t = Args.checkAny(args, 1);
        if (LuaValues.isForeign(t)) {
            return dev.dunder.runtime.lua.model.ForeignValues.pairs(ctx, t);
        }
        Object handler = LuaMetatables.metamethod(t, "__pairs");
        if (handler != LuaNil.NIL) {
            Object[] r = LuaCalls.all(LuaCalls.call(handler, t));
            return new Object[]{get(r, 0), get(r, 1), get(r, 2)};
        }
        return new Object[]{next, t, LuaNil.NIL};
    }

    private static Object get(Object[] values, int i) {
        return i < values.length ? values[i] : LuaNil.NIL;
    }

    private static Object ipairsStep(Object[] args) {
        long i = (Long) args[2] + 1;
        Object v = LuaIndex.index(args[1], i);
        return v == LuaNil.NIL ? LuaNil.NIL : new Object[]{i, v};
    }

    /**
     * What collectgarbage reports about a collector the JVM really runs: the mode (lua.c
     * starts Lua in generational mode) and whether the program "stopped" it.
     */
    private static final class CollectorState {
        String mode = "generational";
        boolean running = true;
    }

    private static Object collectgarbage(CollectorState gc, Object[] args) {
        int option = Args.checkOption(args, 1, "collect", "stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "isrunning",
                        "generational", "incremental");
        return switch (option) {
            case 0 -> {
                gc.running = false;
                yield 0L;
            }
            case 1 -> {
                gc.running = true;
                yield 0L;
            }
            case 3 -> {
                Runtime rt = Runtime.getRuntime();
                yield (double) (rt.totalMemory() - rt.freeMemory()) / 1024.0;
            }
            // lua5.4 with a small heap: an incremental step finishes a cycle, a generational one does not report one
            case 4 -> gc.mode.equals("incremental");
            case 5, 6 -> 0L;
            case 2 -> {
                // a full collection: weak tables lose the entries whose objects are gone
                System.gc();
                yield 0L;
            }
            case 7 -> gc.running;
            case 8, 9 -> {
                String previous = gc.mode;
                gc.mode = option == 8 ? "generational" : "incremental";
                yield previous;
            }
            default -> 0L;
        };
    }

    /** {@code load(chunk [, chunkname [, mode [, env]]])}: a function, or nil and the error message. */
    private static Object load(LuaContext ctx, Object[] args) {
        Object chunk = Args.get(args, 1);
        String text;
        String defaultName;
        if (chunk instanceof String || chunk instanceof Long || chunk instanceof Double) {
            text = LuaMetatables.rawToString(chunk);
            defaultName = text;
        } else if (chunk instanceof LuaFunction reader) {
            StringBuilder sb = new StringBuilder();
            while (true) {
                Object piece = LuaCalls.first(LuaCalls.call(reader));
                if (piece == LuaNil.NIL || (piece instanceof String p && p.isEmpty())) {
                    break;
                }
                if (!(piece instanceof String p)) {
                    return new Object[]{LuaNil.NIL, "reader function must return a string"};
                }
                sb.append(p);
            }
            text = sb.toString();
            defaultName = "=(load)";
        } else {
            // lbaselib.c: anything but a string must be a reader function
            throw Args.typeError(args, 1, "function");
        }
        String name = Args.optString(args, 2, defaultName);
        String mode = Args.optString(args, 3, "bt");
        Object env = Args.isNone(args, 4) ? ctx.getGlobals() : args[4];
        if (text.startsWith("\u001bLua")) {
            String message = mode.indexOf('b') < 0 ? "attempt to load a binary chunk (mode is '" + mode + "')"
                            : "binary chunks are not supported by Dunder (precompiled with luac)";
            return new Object[]{LuaNil.NIL, message};
        }
        if (mode.indexOf('t') < 0) {
            return new Object[]{LuaNil.NIL, "attempt to load a text chunk (mode is '" + mode + "')"};
        }
        try {
            LuaClosure f = ctx.getInterpreter().load(text, name, null);
            f.getUpvalues()[0].set(env);
            return f;
        } catch (LuaError e) {
            return new Object[]{LuaNil.NIL, e.getValue()};
        }
    }

    private static Object dofile(LuaContext ctx, Object[] args) {
        String file = Args.optString(args, 1, null);
        if (file == null) {
            throw new LuaError("dofile from standard input is not supported by Dunder", null);
        }
        String text = ctx.getInterpreter().readFile(file);
        if (text == null) {
            throw new LuaError("cannot open " + file + ": No such file or directory", null);
        }
        LuaClosure f = ctx.getInterpreter().load(text, "@" + file, ctx.getGlobals());
        return LuaCalls.call(f);
    }

    /** {@code warn(...)}: off until "@on", as in the lua program without -W. */
    private static Object warn(LuaContext ctx, Object[] args, boolean[] on) {
        StringBuilder sb = new StringBuilder();
        Args.checkString(args, 1);
        for (int i = 1; i < args.length; i++) {
            sb.append(Args.checkString(args, i));
        }
        String msg = sb.toString();
        if (args.length == 2 && msg.equals("@on")) {
            on[0] = true;
        } else if (args.length == 2 && msg.equals("@off")) {
            on[0] = false;
        } else if (on[0] && !(args.length == 2 && msg.startsWith("@"))) {
            ctx.writeErr("Lua warning: " + msg + "\n");
        }
        return LuaCalls.none();
    }
}
