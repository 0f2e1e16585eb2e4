package dev.dunder.runtime.lua.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.TailCall;

/**
 * Calling Lua values from Java (the library, metamethods on slow paths, interop):
 * the reference version of what the call nodes do. A function's result is one value,
 * an {@code Object[]} of several (or none), or a {@link TailCall} that the caller
 * must make; a value that is not a function is called through its {@code __call}
 * metamethod, with itself as the first argument.
 */
public final class LuaCalls {
    private static final Object[] NO_VALUES = new Object[0];
    /** Lua's MAXTAGLOOP also bounds {@code __call} chains. */
    private static final int MAX_CALL_CHAIN = 2000;

    private LuaCalls() {
    }

    /** Calls {@code fn(args...)} as a builtin does; returns all results (one value or an Object[]). */
    @TruffleBoundary
    public static Object call(Object fn, Object... args) {
        Object[] frameArgs = new Object[args.length + 1];
        System.arraycopy(args, 0, frameArgs, 1, args.length);
        return callWithFrameArgs(fn, frameArgs);
    }

    /** Calls {@code fn} with {@code frameArgs[1..]} as arguments ({@code frameArgs[0]} is overwritten). */
    @TruffleBoundary
    public static Object callWithFrameArgs(Object fn, Object[] frameArgs) {
        Object callee = fn;
        Object[] a = frameArgs;
        for (int depth = 0; !(callee instanceof LuaFunction); depth++) {
            if (dev.dunder.runtime.lua.LuaValues.isForeign(callee) && ForeignValues.isExecutable(callee)) {
                Object[] b = a.clone();
                return ForeignValues.execute(callee, b);
            }
            Object handler = LuaMetatables.metamethod(callee, "__call");
            if (handler == LuaNil.NIL || depth >= MAX_CALL_CHAIN) {
                throw new LuaTypeError("call", callee, 0);
            }
            Object[] b = new Object[a.length + 1];
            b[1] = callee;
            System.arraycopy(a, 1, b, 2, a.length - 1);
            a = b;
            callee = handler;
        }
        a[0] = callee;
        LuaContext ctx = LuaContext.get();
        if (!ctx.enterJavaCall()) {
            throw new LuaOperationError("C stack overflow");
        }
        try {
            return resolveTailCalls(((LuaFunction) callee).getCallTarget().call(a));
        } finally {
            ctx.leaveJavaCall();
        }
    }

    /** Makes the tail calls a result asks for until a real result comes back. */
    public static Object resolveTailCalls(Object result) {
        Object r = result;
        while (r instanceof TailCall tc) {
            r = tc.getFunction().getCallTarget().call(tc.getArguments());
        }
        return r;
    }

    /** Interop {@code execute}: all results, the first one only if there is exactly one. */
    @TruffleBoundary
    public static Object interopCall(Object f, Object[] arguments) {
        Object[] a = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            a[i + 1] = LuaInterop.fromForeign(arguments[i]);
        }
        Object r = callWithFrameArgs(f, a);
        if (r instanceof Object[] values) {
            if (values.length == 0) {
                return LuaNil.NIL;
            }
            if (values.length == 1) {
                return LuaInterop.toForeign(values[0]);
            }
            Object[] out = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = LuaInterop.toForeign(values[i]);
            }
            return new dev.dunder.runtime.common.interop.InteropArray(out);
        }
        return LuaInterop.toForeign(r);
    }

    // ---- results -----------------------------------------------------------------------

    /** The first value of a result (nil if there is none). */
    public static Object first(Object result) {
        if (result instanceof Object[] values) {
            return values.length == 0 ? LuaNil.NIL : values[0];
        }
        return result;
    }

    /** All values of a result as an array (shared: do not modify). */
    public static Object[] all(Object result) {
        if (result instanceof Object[] values) {
            return values;
        }
        return new Object[]{result};
    }

    public static Object[] none() {
        return NO_VALUES;
    }

    /** The result of returning {@code values}: one value as itself, others as an array. */
    public static Object results(Object... values) {
        return values.length == 1 ? values[0] : values;
    }

    /** Whether a value is callable (a function, or a value with {@code __call}). */
    public static boolean isCallable(Object v) {
        return v instanceof LuaFunction || LuaMetatables.metamethod(v, "__call") != LuaNil.NIL;
    }
}
