package dev.dunder.lua.nodes.root;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.LuaLanguage;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.control.ReturnNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * The frame of a Lua function (or a chunk, which is a vararg function): binds the
 * arguments {@code [closure, a1, a2, ...]} to the parameters (missing ones are nil, extra
 * ones go to {@code ...} if the function is vararg), runs the body, and returns one value
 * or an {@code Object[]}. A Java stack overflow becomes Lua's "stack overflow" error.
 */
public final class LuaFunctionRootNode extends RootNode {
    private static final Object[] NO_VALUES = new Object[0];

    private final String name;
    private final String chunkId;
    private final int lineDefined;
    private final boolean mainChunk;
    @CompilationFinal(dimensions = 1) private final int[] paramSlots;
    @CompilationFinal(dimensions = 1) private final boolean[] paramCaptured;
    private final int varargSlot;
    @Child private StatementNode body;
    /** Counts the final return as a statement for instruments (the return itself is evaluated, not executed). */
    @Child private StatementNode returnMarker;
    @Child private ReturnNode finalReturn;
    private final SourceSection section;

    public LuaFunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, String chunkId, int lineDefined, boolean mainChunk,
                    int[] paramSlots, boolean[] paramCaptured, int varargSlot, StatementNode body, StatementNode returnMarker, ReturnNode finalReturn,
                    SourceSection section) {
        super(language, descriptor);
        this.name = name;
        this.chunkId = chunkId;
        this.lineDefined = lineDefined;
        this.mainChunk = mainChunk;
        this.paramSlots = paramSlots;
        this.paramCaptured = paramCaptured;
        this.varargSlot = varargSlot;
        this.body = body;
        this.returnMarker = returnMarker;
        this.finalReturn = finalReturn;
        this.section = section;
    }

    public String getChunkId() {
        return chunkId;
    }

    public int getLineDefined() {
        return lineDefined;
    }

    public boolean isMainChunk() {
        return mainChunk;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public boolean isCaptureFramesForTrace(boolean compiled) {
        return false;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        LuaContext ctx = LuaLanguage.context(this);
        if (!ctx.enterLuaFunction()) {
            throw stackOverflow();
        }
        try {
            return run(frame);
        } finally {
            ctx.leaveLuaFunction();
        }
    }

    /** Lua's "stack overflow", positioned at the call that could not be made (the caller's line). */
    private LuaError stackOverflow() {
        CompilerDirectives.transferToInterpreter();
        return new LuaError(LuaLanguage.where(1) + "stack overflow", this);
    }

    private Object run(VirtualFrame frame) {
        bindArguments(frame);
        try {
            if (body != null) {
                body.executeVoid(frame);
            }
            if (finalReturn == null) {
                return NO_VALUES;
            }
            if (returnMarker != null) {
                returnMarker.executeVoid(frame);
            }
            return finalReturn.evaluate(frame);
        } catch (ReturnException r) {
            return r.getValue();
        } catch (StackOverflowError e) {
            // the Java stack ran out before Lua's limit (deep metamethod or builtin recursion)
            CompilerDirectives.transferToInterpreter();
            throw LuaErrors.error(this, lineDefined, "stack overflow");
        } catch (LuaTypeError e) {
            // the message is built by string concatenation: keep it out of compiled code
            CompilerDirectives.transferToInterpreter();
            throw new LuaError(e.message(null), this);
        } catch (LuaOperationError e) {
            CompilerDirectives.transferToInterpreter();
            throw new LuaError(e.getMessage(), this);
        }
    }

    @ExplodeLoop
    private void bindArguments(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < paramSlots.length; i++) {
            Object v = i + 1 < args.length ? args[i + 1] : LuaNil.NIL;
            frame.setObject(paramSlots[i], paramCaptured[i] ? new Cell(v) : v);
        }
        if (varargSlot >= 0) {
            int extra = args.length - 1 - paramSlots.length;
            if (extra <= 0) {
                frame.setObject(varargSlot, NO_VALUES);
            } else {
                Object[] rest = new Object[extra];
                System.arraycopy(args, 1 + paramSlots.length, rest, 0, extra);
                frame.setObject(varargSlot, rest);
            }
        }
    }

    @Override
    public String toString() {
        return "<lua " + name + " " + chunkId + ":" + lineDefined + ">";
    }
}
