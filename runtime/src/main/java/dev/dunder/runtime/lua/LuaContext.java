package dev.dunder.runtime.lua;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;

/**
 * The state of one Lua interpreter (one polyglot context): the global table, the
 * metatable all strings share, {@code package.loaded}, the standard streams, and the
 * services only the interpreter can give the library ({@code load}, {@code require}).
 */
public final class LuaContext {
    private static Supplier<LuaContext> accessor;

    /** What the library asks of the interpreter: compiling chunks, reading files, exiting. */
    public interface Interpreter {
        /**
         * Compiles {@code source} (a byte string) into a function of no parameters whose
         * {@code _ENV} is {@code env}; throws a LuaError with Lua's syntax message.
         */
        LuaClosure load(String source, String chunkName, LuaTable env);

        /** The contents of a file (a byte string), or null if it cannot be read; {@code path} is a byte string. */
        String readFile(String path);

        /**
         * An environment variable, or null: the embedder's view of the environment
         * (Truffle's Env honours Context.Builder.allowEnvironmentAccess), never the host's directly.
         */
        String getenv(String name);

        /** Ends the program with an exit code ({@code os.exit}). */
        void exit(int code);

        /** {@code "chunk:line: "} of the function at a stack level (1: the caller of the running builtin), or "". */
        String where(int level);

        /** "stack traceback:" and the active functions from a stack level on ({@code debug.traceback}). */
        String traceback(int level);

        /** lua.c's message handler for an error that will not be caught: the message with a stack traceback. */
        Object messageHandler(LuaError error);

        /** Starts a thread that runs {@code body} in this context (a coroutine's), or raises Lua's error if threads are not allowed. */
        Thread startThread(Runnable body);
    }

    private final TruffleLanguage<?> language;
    private final OutputStream out;
    private final OutputStream err;
    private final InputStream in;
    private final Interpreter interpreter;
    private LuaTable globals;
    private LuaTable stringMetatable;
    private LuaTable loaded;
    private LuaTable fileMetatable;
    private final long startNanos = System.nanoTime();

    /** How many Lua functions are active (Lua's stack limit: "stack overflow"). */
    private int luaDepth;
    /** How many calls into Lua from Java are active, metamethods included (Lua's C stack: "C stack overflow"). */
    private int javaCalls = INITIAL_JAVA_CALLS;

    /** Active Lua functions before "stack overflow": Lua's stack holds a million slots, a few per call. */
    public static final int MAX_LUA_DEPTH = 200_000;
    /** luaconf.h's LUAI_MAXCCALLS: nested calls from C (metamethods, pcall, sort comparators, ...). */
    public static final int MAX_JAVA_CALLS = 200;
    /** lua.c's own C calls (pmain, docall) below the main chunk. */
    private static final int INITIAL_JAVA_CALLS = 2;

    public LuaContext(TruffleLanguage<?> language, OutputStream out, OutputStream err, InputStream in, Interpreter interpreter) {
        this.language = language;
        this.out = new BufferedOutputStream(out, 1 << 14);
        this.err = err;
        this.in = in;
        this.interpreter = interpreter;
    }

    public static void setAccessor(Supplier<LuaContext> supplier) {
        accessor = supplier;
    }

    public static LuaContext get() {
        return accessor.get();
    }

    /** {@code --dunder-lua.VerifyLookups}: the index nodes check their plans against the reference lookup. */
    private boolean verifyLookups;

    public boolean isVerifyLookups() {
        return verifyLookups;
    }

    public void setVerifyLookups(boolean on) {
        this.verifyLookups = on;
    }

    public TruffleLanguage<?> getLanguage() {
        return language;
    }

    public Interpreter getInterpreter() {
        return interpreter;
    }

    public LuaTable getGlobals() {
        return globals;
    }

    public void setGlobals(LuaTable globals) {
        this.globals = globals;
    }

    public LuaTable getStringMetatable() {
        return stringMetatable;
    }

    public void setStringMetatable(LuaTable stringMetatable) {
        this.stringMetatable = stringMetatable;
    }

    /** {@code package.loaded}. */
    public LuaTable getLoaded() {
        return loaded;
    }

    public void setLoaded(LuaTable loaded) {
        this.loaded = loaded;
    }

    public LuaTable getFileMetatable() {
        return fileMetatable;
    }

    public void setFileMetatable(LuaTable fileMetatable) {
        this.fileMetatable = fileMetatable;
    }

    private LuaCoroutine currentCoroutine = LuaCoroutine.mainCoroutine();
    /** Active pcall/xpcall calls of the running coroutine. */
    private int protectedCalls;

    /**
     * The error whose xpcall message handler is running, or null. Lua runs the handler on
     * top of the frames that raised the error; here they have unwound by then, so a
     * traceback taken in the handler puts this error's frames back below the handler.
     */
    private LuaError handlingError;

    public LuaError getHandlingError() {
        return handlingError;
    }

    /** Sets the error being handled and returns the previous one (handlers nest). */
    public LuaError setHandlingError(LuaError error) {
        LuaError previous = handlingError;
        handlingError = error;
        return previous;
    }

    public void enterProtectedCall() {
        protectedCalls++;
    }

    public void leaveProtectedCall() {
        protectedCalls--;
    }

    /**
     * Whether an error raised now will reach the top: no pcall is active, and the main program
     * is running (a coroutine's errors go to its resumer). lua.c's message handler then runs
     * where the error is raised, before to-be-closed variables are closed.
     */
    public boolean isUnprotected() {
        return protectedCalls == 0 && currentCoroutine.isMain();
    }
    private final java.util.List<java.lang.ref.WeakReference<LuaCoroutine>> coroutines = new java.util.ArrayList<>();

    public LuaCoroutine getCurrentCoroutine() {
        return currentCoroutine;
    }

    /**
     * {@code resumer} resumes {@code co}: the coroutine has its own Lua stack, and (as in
     * lua_resume) continues the resumer's count of nested calls from Java.
     */
    void enterCoroutine(LuaCoroutine resumer, LuaCoroutine co) {
        resumer.savedLuaDepth = luaDepth;
        resumer.savedJavaCalls = javaCalls;
        resumer.savedProtectedCalls = protectedCalls;
        protectedCalls = co.savedProtectedCalls;
        luaDepth = co.savedLuaDepth;
        javaCalls = javaCalls + 1;
        currentCoroutine = co;
    }

    /** {@code co} yields or ends: the resumer's counts come back. */
    void leaveCoroutine(LuaCoroutine co, LuaCoroutine resumer) {
        co.savedLuaDepth = luaDepth;
        co.savedProtectedCalls = protectedCalls;
        protectedCalls = resumer.savedProtectedCalls;
        luaDepth = resumer.savedLuaDepth;
        javaCalls = resumer.savedJavaCalls;
        currentCoroutine = resumer;
    }

    /** Remembers a coroutine so that a suspended one's thread can be ended with the program. */
    public void registerCoroutine(LuaCoroutine co) {
        coroutines.add(new java.lang.ref.WeakReference<>(co));
    }

    /** Ends the threads of coroutines left suspended (before the context closes). */
    @TruffleBoundary
    public void abandonCoroutines() {
        for (java.lang.ref.WeakReference<LuaCoroutine> ref : coroutines) {
            LuaCoroutine co = ref.get();
            if (co != null) {
                co.abandon(this);
            }
        }
        coroutines.clear();
    }

    /** Enters a Lua function; false if that would exceed Lua's stack limit. */
    public boolean enterLuaFunction() {
        if (luaDepth >= MAX_LUA_DEPTH) {
            return false;
        }
        luaDepth++;
        return true;
    }

    public void leaveLuaFunction() {
        luaDepth--;
    }

    /** Enters a call made from Java code; false if that would reach Lua's C stack limit (ldo.c's ccall checks after counting). */
    public boolean enterJavaCall() {
        if (javaCalls + 1 >= MAX_JAVA_CALLS) {
            return false;
        }
        javaCalls++;
        return true;
    }

    /** Whether a coroutine may be resumed within Lua's C stack limit (lua_resume counts as a call from C). */
    public boolean canNestJavaCall() {
        return javaCalls + 1 < MAX_JAVA_CALLS;
    }

    public void leaveJavaCall() {
        javaCalls--;
    }

    public InputStream getIn() {
        return in;
    }

    public long getStartNanos() {
        return startNanos;
    }

    /** Writes a byte string to standard output (buffered until {@link #flush}). */
    @TruffleBoundary
    public void write(String luaString) {
        try {
            for (int i = 0; i < luaString.length(); i++) {
                out.write(luaString.charAt(i));
            }
        } catch (IOException e) {
            // standard output closed: Lua ignores write errors on it as well
        }
    }

    /** Writes a byte string to standard error (unbuffered, after flushing standard output). */
    @TruffleBoundary
    public void writeErr(String luaString) {
        flush();
        try {
            err.write(LuaStrings.toBytes(luaString));
            err.flush();
        } catch (IOException e) {
            // nowhere left to report it
        }
    }

    @TruffleBoundary
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            // standard output closed
        }
    }
}
