package dev.dunder.runtime.lua;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * The frame of a {@link LuaBuiltin}: runs its Java body. Errors the body raises about
 * its own arguments learn here which builtin raised them (for "bad argument #1 to
 * 'string.rep'" when the caller gives no name), and a Java stack overflow inside a
 * builtin (a metamethod recursing through it) becomes Lua's "stack overflow".
 */
public final class BuiltinRootNode extends RootNode {
    private final LuaBuiltin builtin;

    BuiltinRootNode(TruffleLanguage<?> language, LuaBuiltin builtin) {
        super(language);
        this.builtin = builtin;
    }

    public LuaBuiltin getBuiltin() {
        return builtin;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return run(builtin.getBody(), frame.getArguments());
        } catch (LuaError e) {
            e.raisedBy(builtin);
            throw e;
        } catch (LuaTypeError e) {
            // raised inside a builtin: Lua gives errors in C functions no position or variable name
            throw new LuaError(e.message(null), this);
        } catch (LuaOperationError e) {
            throw new LuaError(e.getMessage(), this);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw LuaError.withWhere("stack overflow");
        }
    }

    @TruffleBoundary
    private static Object run(LuaBuiltin.Body body, Object[] args) {
        return body.call(args);
    }

    @Override
    public String getName() {
        return builtin.getName();
    }

    @Override
    public boolean isCaptureFramesForTrace(boolean compiled) {
        return false;
    }

    @Override
    public String toString() {
        return "<lua builtin " + builtin.getName() + ">";
    }
}
