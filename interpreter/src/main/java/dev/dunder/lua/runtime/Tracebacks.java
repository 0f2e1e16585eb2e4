package dev.dunder.lua.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.lua.nodes.root.LuaFunctionRootNode;
import dev.dunder.runtime.lua.BuiltinRootNode;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * What the {@code lua} program prints for an error that reaches the top (lua.c's
 * msghandler and lauxlib's luaL_traceback): "lua: message", then "stack traceback:"
 * and one line per active function, innermost first, from the frames the error passed
 * through. A function is named as its caller named it, or by its name in a loaded
 * library first ("function 'string.rep'"); the list ends with lua.c's own C frame.
 */
public final class Tracebacks {
    private static final int LEVELS1 = 10;
    private static final int LEVELS2 = 11;

    private Tracebacks() {
    }

    /** The whole report for an uncaught error (a byte string, lines ending in "\n"). */
    @TruffleBoundary
    public static String report(LuaError e) {
        if (e.getHandled() != null) {
            return "lua: " + LuaMetatables.rawToString(e.getHandled()) + "\n";
        }
        return "lua: " + handlerValue(e) + "\n";
    }

    /**
     * lua.c's msghandler: a string or number error gets a stack traceback appended; an
     * error object with {@code __tostring} becomes that string; any other value a note of
     * its type, with the traceback.
     */
    @TruffleBoundary
    public static String handlerValue(LuaError e) {
        Object value = e.getValue();
        String message;
        if (value instanceof String s) {
            message = s;
        } else if (value instanceof Long || value instanceof Double) {
            message = LuaMetatables.rawToString(value);
        } else if (LuaMetatables.metamethod(value, "__tostring") != LuaNil.NIL) {
            // lua.c: an error object with __tostring is shown as such, without a traceback
            return LuaMetatables.tostring(value);
        } else {
            message = "(error object is a " + dev.dunder.runtime.lua.LuaValues.typeName(value) + " value)";
        }
        return message + "\n" + traceback(e);
    }

    /** The message handler run where an uncaught error passes a to-be-closed variable: the frames still active count too. */
    @TruffleBoundary
    public static String handleNow(LuaError e) {
        TruffleStackTrace.fillIn(e);
        return handlerValue(e);
    }

    /** An active function: its call target, and the node being executed in it (null if unknown). */
    record Frame(RootCallTarget target, Node location) {
    }

    /** "stack traceback:" and the frames of {@code e}. */
    public static String traceback(LuaError e) {
        List<Frame> frames = new ArrayList<>();
        List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(e);
        if (trace != null) {
            for (TruffleStackTraceElement el : trace) {
                frames.add(new Frame(el.getTarget(), el.getLocation()));
            }
        }
        return traceback(luaFrames(frames));
    }

    /** debug.traceback: the active functions from stack level {@code level} (1: the caller of the builtin). */
    @TruffleBoundary
    public static String current(int level) {
        List<Frame> frames = new ArrayList<>();
        com.oracle.truffle.api.Truffle.getRuntime().iterateFrames(f -> {
            frames.add(new Frame((RootCallTarget) f.getCallTarget(), f.getCallNode()));
            return null;
        });
        LuaContext ctx = LuaContext.get();
        LuaError handling = ctx == null ? null : ctx.getHandlingError();
        if (handling != null) {
            insertFaultingFrames(frames, handling);
        }
        return traceback(luaFrames(frames.subList(Math.min(level, frames.size()), frames.size())));
    }

    /**
     * In an xpcall message handler: puts the frames that raised {@code error} (unwound by
     * now) back between the handler and xpcall, where Lua, which runs the handler before
     * unwinding, still has them.
     */
    private static void insertFaultingFrames(List<Frame> frames, LuaError error) {
        int xpcall = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (isXpcall(frames.get(i))) {
                xpcall = i;
                break;
            }
        }
        List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(error);
        if (xpcall < 0 || trace == null) {
            return;
        }
        List<Frame> faulting = new ArrayList<>();
        for (TruffleStackTraceElement el : trace) {
            Frame frame = new Frame(el.getTarget(), el.getLocation());
            if (isXpcall(frame)) {
                break;
            }
            faulting.add(frame);
        }
        frames.addAll(xpcall, faulting);
    }

    private static boolean isXpcall(Frame frame) {
        return frame.target().getRootNode() instanceof BuiltinRootNode b && b.getBuiltin().getName().equals("xpcall");
    }

    private static String traceback(List<Frame> frames) {
        // the levels are the Lua and builtin frames, then lua.c's own C frame
        int last = frames.size() + 1;
        StringBuilder sb = new StringBuilder("stack traceback:");
        if (last - 1 > LEVELS1 + LEVELS2) {
            for (int i = 0; i < LEVELS1; i++) {
                sb.append(level(frames, i));
            }
            sb.append("\n\t...\t(skipping ").append(last - LEVELS1 - LEVELS2 - 1).append(" levels)");
            for (int i = last - LEVELS2; i < last; i++) {
                sb.append(level(frames, i));
            }
        } else {
            for (int i = 0; i < last; i++) {
                sb.append(level(frames, i));
            }
        }
        return sb.toString();
    }

    /** The frames of Lua functions and builtins, innermost first, up to the main chunk. */
    private static List<Frame> luaFrames(List<Frame> trace) {
        List<Frame> out = new ArrayList<>();
        for (Frame el : trace) {
            RootNode root = el.target().getRootNode();
            if (root instanceof BuiltinRootNode || root instanceof LuaFunctionRootNode) {
                out.add(el);
                if (root instanceof LuaFunctionRootNode f && f.isMainChunk()) {
                    break;
                }
            }
        }
        return out;
    }

    /** One traceback line: where the function is, and what it is called. */
    private static String level(List<Frame> frames, int i) {
        if (i >= frames.size()) {
            return "\n\t[C]: in ?";
        }
        Frame el = frames.get(i);
        RootNode root = el.target().getRootNode();
        Node callerLocation = i + 1 < frames.size() ? frames.get(i + 1).location() : null;
        if (root instanceof BuiltinRootNode b) {
            return "\n\t[C]: in " + name(b.getBuiltin(), callerLocation, "?");
        }
        LuaFunctionRootNode f = (LuaFunctionRootNode) root;
        int line = CallSites.line(el.location());
        String where = line > 0 ? f.getChunkId() + ":" + line : f.getChunkId();
        String fallback = f.isMainChunk() ? "main chunk" : "function <" + f.getChunkId() + ":" + f.getLineDefined() + ">";
        boolean tail = callerLocation != null && CallSites.isTailCall(callerLocation);
        String described = tail ? fallback : name(closureOf(el.target()), callerLocation, fallback);
        return "\n\t" + where + ": in " + described + (tail ? "\n\t(...tail calls...)" : "");
    }

    private static String name(LuaFunction function, Node callerLocation, String fallback) {
        if (function != null) {
            String global = LuaMetatables.globalFunctionName(function);
            if (global != null) {
                return "function '" + global + "'";
            }
        }
        String fromCode = callerLocation == null ? null : CallSites.calleeName(callerLocation);
        return fromCode != null ? fromCode : fallback;
    }

    /** A closure of {@code target} stored in a loaded library (the only ones a global name can find). */
    private static LuaFunction closureOf(RootCallTarget target) {
        LuaContext ctx = LuaContext.get();
        LuaTable loaded = ctx == null ? null : ctx.getLoaded();
        if (loaded == null) {
            return null;
        }
        for (Object[] e = loaded.next(LuaNil.NIL); e != null; e = loaded.next(e[0])) {
            if (e[1] instanceof LuaTable lib) {
                for (Object[] f = lib.next(LuaNil.NIL); f != null; f = lib.next(f[0])) {
                    if (f[1] instanceof LuaClosure c && c.getCallTarget() == target) {
                        return c;
                    }
                }
            }
        }
        return null;
    }
}
