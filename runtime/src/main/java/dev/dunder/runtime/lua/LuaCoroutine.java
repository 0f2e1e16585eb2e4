package dev.dunder.runtime.lua;

import java.util.concurrent.SynchronousQueue;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * A Lua coroutine ({@code type(co) == "thread"}). Truffle has no continuations for
 * tree interpreters, so each coroutine runs its function on a thread of its own, and
 * control passes strictly back and forth: {@code resume} hands the arguments to the
 * coroutine's thread and waits; {@code yield} hands its values back and waits for the
 * next resume. Only one thread runs Lua code at any time, which is what lets the
 * context be shared. The main program is represented by a coroutine without a thread.
 */
public final class LuaCoroutine implements TruffleObject {
    /** coroutine.status's answers. */
    public enum Status {
        SUSPENDED("suspended"),
        RUNNING("running"),
        NORMAL("normal"),
        DEAD("dead");

        public final String luaName;

        Status(String luaName) {
            this.luaName = luaName;
        }
    }

    /** What passes between a coroutine and its resumer. */
    private record Transfer(Kind kind, Object[] values, Object error) {
    }

    private enum Kind {
        RESUME,
        KILL,
        YIELD,
        RETURN,
        ERROR
    }

    /** Unwinds a suspended coroutine that is being closed (running its pending {@code __close} handlers). */
    public static final class Closing extends ControlFlowException {
        private static final long serialVersionUID = 1L;
    }

    private final Object function;
    private final boolean main;
    private Status status;
    private Thread thread;
    private final SynchronousQueue<Transfer> inbox = new SynchronousQueue<>();
    private final SynchronousQueue<Transfer> outbox = new SynchronousQueue<>();
    /** The error a dead coroutine died of (for coroutine.close), or null. */
    private Object deathError;
    /** This coroutine's Lua stack depth counters while another one runs. */
    int savedLuaDepth;
    int savedJavaCalls;
    int savedProtectedCalls;

    private LuaCoroutine(Object function, boolean main) {
        this.function = function;
        this.main = main;
        this.status = main ? Status.RUNNING : Status.SUSPENDED;
    }

    public static LuaCoroutine mainCoroutine() {
        return new LuaCoroutine(null, true);
    }

    public static LuaCoroutine create(Object function) {
        return new LuaCoroutine(function, false);
    }

    public boolean isMain() {
        return main;
    }

    public Status getStatus() {
        return status;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    public Object getDeathError() {
        return deathError;
    }

    /**
     * Resumes this (suspended) coroutine with {@code args} from {@code ctx}'s running
     * coroutine; returns its yielded or returned values, or throws the LuaError it died of.
     */
    @TruffleBoundary
    public Object[] resume(LuaContext ctx, Object[] args) {
        LuaCoroutine resumer = ctx.getCurrentCoroutine();
        if (!ctx.canNestJavaCall()) {
            // lua_resume counts as a call from C: nesting resumes too deep is "C stack overflow"
            throw new LuaError("C stack overflow", null);
        }
        if (thread == null) {
            thread = ctx.getInterpreter().startThread(this::body);
        }
        resumer.status = Status.NORMAL;
        ctx.enterCoroutine(resumer, this);
        status = Status.RUNNING;
        Transfer t;
        try {
            put(inbox, new Transfer(Kind.RESUME, args, null));
            t = take(outbox);
        } finally {
            ctx.leaveCoroutine(this, resumer);
            resumer.status = Status.RUNNING;
        }
        switch (t.kind()) {
            case YIELD -> {
                status = Status.SUSPENDED;
                return t.values();
            }
            case RETURN -> {
                status = Status.DEAD;
                return t.values();
            }
            default -> {
                status = Status.DEAD;
                deathError = t.error();
                throw new LuaError(t.error(), null);
            }
        }
    }

    /** Called on this coroutine's thread: hands {@code values} to the resumer and waits to be resumed. */
    @TruffleBoundary
    public Object[] yield(Object[] values) {
        put(outbox, new Transfer(Kind.YIELD, values, null));
        Transfer t = take(inbox);
        if (t.kind() == Kind.KILL) {
            throw new Closing();
        }
        return t.values();
    }

    /**
     * coroutine.close of a suspended coroutine: unwinds it on its thread (running its
     * pending {@code __close} handlers); returns the error a handler raised, or null.
     */
    @TruffleBoundary
    public Object close(LuaContext ctx) {
        if (thread == null) {
            status = Status.DEAD;
            return null;
        }
        LuaCoroutine resumer = ctx.getCurrentCoroutine();
        ctx.enterCoroutine(resumer, this);
        Transfer t;
        try {
            put(inbox, new Transfer(Kind.KILL, null, null));
            t = take(outbox);
        } finally {
            ctx.leaveCoroutine(this, resumer);
        }
        status = Status.DEAD;
        return t.kind() == Kind.ERROR ? t.error() : null;
    }

    /** The coroutine's thread: waits for the first resume, runs the function, reports how it ended. */
    private void body() {
        Transfer first = take(inbox);
        if (first.kind() == Kind.KILL) {
            put(outbox, new Transfer(Kind.RETURN, new Object[0], null));
            return;
        }
        Transfer end;
        try {
            Object[] frameArgs = new Object[first.values().length + 1];
            System.arraycopy(first.values(), 0, frameArgs, 1, first.values().length);
            frameArgs[0] = function;
            // the resume already counted as the one call from Java this coroutine's body takes
            Object r = dev.dunder.runtime.lua.model.LuaCalls.resolveTailCalls(((LuaFunction) function).getCallTarget().call(frameArgs));
            end = new Transfer(Kind.RETURN, dev.dunder.runtime.lua.model.LuaCalls.all(r), null);
        } catch (Closing c) {
            end = new Transfer(Kind.RETURN, new Object[0], null);
        } catch (LuaError e) {
            end = new Transfer(Kind.ERROR, null, e.getValue());
        } catch (dev.dunder.runtime.lua.model.LuaOperationError e) {
            end = new Transfer(Kind.ERROR, null, e.getMessage());
        } catch (dev.dunder.runtime.lua.model.LuaTypeError e) {
            end = new Transfer(Kind.ERROR, null, e.message(null));
        }
        put(outbox, end);
    }

    private static Transfer take(SynchronousQueue<Transfer> q) {
        return TruffleSafepoint.setBlockedThreadInterruptibleFunction(null, SynchronousQueue::take, q);
    }

    private static void put(SynchronousQueue<Transfer> q, Transfer t) {
        TruffleSafepoint.setBlockedThreadInterruptible(null, x -> x.put(t), q);
    }

    /** At the end of the program: unwinds a coroutine left suspended, and waits until its thread has ended. */
    @TruffleBoundary
    public void abandon(LuaContext ctx) {
        if (thread != null && status == Status.SUSPENDED) {
            close(ctx);
        }
        if (thread != null) {
            Thread t = thread;
            TruffleSafepoint.setBlockedThreadInterruptible(null, Thread::join, t);
        }
    }

    @Override
    public String toString() {
        return "thread: " + LuaValues.addressOf(this);
    }
}
