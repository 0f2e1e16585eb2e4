package dev.dunder.lua.runtime;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.source.Source;

import dev.dunder.lua.LuaLanguage;
import dev.dunder.lua.nodes.root.LuaFunctionRootNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;

/** The services the library needs from the interpreter: compiling chunks, files, exit, stack levels. */
final class LuaInterpreterServices implements LuaContext.Interpreter {
    private final LuaLanguage language;
    private final Env env;
    private LuaContext context;

    LuaInterpreterServices(LuaLanguage language, Env env) {
        this.language = language;
        this.env = env;
    }

    void setContext(LuaContext context) {
        this.context = context;
    }

    Env getEnv() {
        return env;
    }

    @Override
    @TruffleBoundary
    public LuaClosure load(String text, String chunkName, LuaTable envTable) {
        Source source = Source.newBuilder(LuaLanguage.ID, LuaStrings.toJava(text), LuaStrings.toJava(chunkDisplayName(chunkName))).build();
        LuaFunctionRootNode root = LuaSources.compile(language, source, text, chunkName);
        Object env0 = envTable == null ? context.getGlobals() : envTable;
        return new LuaClosure(root.getCallTarget(), new Cell[]{new Cell(env0)});
    }

    private static String chunkDisplayName(String chunkName) {
        if (chunkName.startsWith("@") || chunkName.startsWith("=")) {
            return chunkName.substring(1);
        }
        return "load";
    }

    @Override
    @TruffleBoundary
    public String readFile(String path) {
        try {
            TruffleFile file = env.getPublicTruffleFile(LuaStrings.toJava(path));
            if (!file.isRegularFile()) {
                return null;
            }
            return LuaStrings.fromBytes(file.readAllBytes());
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    @TruffleBoundary
    public String getenv(String name) {
        return env.getEnvironment().get(name);
    }

    @Override
    @TruffleBoundary
    public void exit(int code) {
        context.flush();
        env.getContext().closeExited(null, code);
    }

    @Override
    public String where(int level) {
        return StackLevels.where(level);
    }

    /** Coroutine threads get Lua-sized stacks too (their own stack, as each Lua coroutine has). */
    private static final long COROUTINE_STACK = 256L << 20;

    @Override
    @TruffleBoundary
    public Thread startThread(Runnable body) {
        if (!env.isCreateThreadAllowed()) {
            throw new dev.dunder.runtime.lua.LuaError("coroutines need a context that may create threads (Context.Builder.allowCreateThread)", null);
        }
        Thread t = env.createThread(body, null, null, COROUTINE_STACK);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public Object messageHandler(dev.dunder.runtime.lua.LuaError error) {
        return Tracebacks.handleNow(error);
    }

    @Override
    public String traceback(int level) {
        return Tracebacks.current(level);
    }
}
