package dev.dunder.lua.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.lua.LuaLanguage;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.lua.LuaClosure;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.TailCall;
import dev.dunder.runtime.lua.model.LuaCalls;

/**
 * What {@code context.eval(source)} runs, as lua.c runs a script: the main chunk as a
 * closure over the global table, called with the script's arguments as {@code ...}. An
 * error that escapes gets lua.c's report (message and stack traceback) for the
 * {@code dunder} command to print; standard output is flushed in any case.
 */
public final class MainRootNode extends RootNode {
    @Child private DirectCallNode chunk;
    private final CallTarget chunkTarget;
    /** An interactive line that was an expression list: its values are printed, as lua.c's REPL does. */
    private final boolean printResults;

    public MainRootNode(LuaLanguage language, CallTarget chunkTarget, boolean printResults) {
        super(language);
        this.chunkTarget = chunkTarget;
        this.chunk = DirectCallNode.create(chunkTarget);
        this.printResults = printResults;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        LuaContext ctx = LuaLanguage.context(this);
        try {
            Object[] args = arguments(ctx, frame.getArguments());
            Object r = chunk.call(args);
            if (r instanceof TailCall) {
                r = LuaCalls.resolveTailCalls(r);
            }
            if (printResults) {
                printValues(ctx, LuaCalls.all(r));
            }
            return dev.dunder.runtime.lua.model.LuaInterop.toForeign(LuaCalls.first(r));
        } catch (LuaError e) {
            attachReport(e);
            throw e;
        } finally {
            ctx.flush();
        }
    }

    @TruffleBoundary
    private Object[] arguments(LuaContext ctx, Object[] evalArgs) {
        LuaClosure main = new LuaClosure((com.oracle.truffle.api.RootCallTarget) chunkTarget, new Cell[]{new Cell(ctx.getGlobals())});
        Object[] scriptArgs = LuaContextSetup.scriptArguments(ctx);
        Object[] args = new Object[1 + scriptArgs.length];
        args[0] = main;
        System.arraycopy(scriptArgs, 0, args, 1, scriptArgs.length);
        return args;
    }

    /** lua.c's l_print: the values through the global {@code print}, if there are any. */
    @TruffleBoundary
    private static void printValues(LuaContext ctx, Object[] values) {
        if (values.length > 0) {
            Object print = ctx.getGlobals().rawGetStr("print");
            try {
                LuaCalls.call(print, values);
            } catch (LuaError e) {
                throw new LuaError("error calling 'print' (" + e.getValue() + ")", null);
            }
        }
    }

    @TruffleBoundary
    private static void attachReport(LuaError e) {
        if (e.getReport() == null) {
            try {
                e.setReport(Tracebacks.report(e));
            } catch (LuaError again) {
                e.setReport("lua: " + LuaStrings.fromJava(e.getMessage()) + "\n");
            }
        }
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
