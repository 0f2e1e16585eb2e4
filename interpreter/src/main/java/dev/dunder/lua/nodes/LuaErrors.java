package dev.dunder.lua.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.lua.nodes.root.LuaFunctionRootNode;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * Runtime errors raised by nodes, positioned as Lua positions them:
 * {@code chunk:line: message}, where the chunk is the node's function's chunk.
 */
public final class LuaErrors {
    private LuaErrors() {
    }

    /** {@code "chunk:line: "} for a node. */
    @TruffleBoundary
    public static String where(Node node, int line) {
        RootNode root = node.getRootNode();
        if (root instanceof LuaFunctionRootNode f) {
            return f.getChunkId() + ":" + line + ": ";
        }
        return "";
    }

    public static LuaError error(Node node, int line, String message) {
        CompilerDirectives.transferToInterpreter();
        return LuaError.positioned(where(node, line) + message, node);
    }

    /**
     * A type error of one of the node's operands, named as Lua names it ("(local 't')"):
     * {@code names[i]} describes operand i, or is null when Lua gives it no name.
     */
    public static LuaError typeError(Node node, int line, LuaTypeError e, String... names) {
        CompilerDirectives.transferToInterpreter();
        int operand = e.getOperand();
        String name = operand >= 0 && operand < names.length ? names[operand] : null;
        return LuaError.positioned(where(node, line) + e.message(name), node);
    }

    public static LuaError operationError(Node node, int line, LuaOperationError e) {
        return error(node, line, e.getMessage());
    }

    /** Completes an error a builtin raised about its caller (this call site). */
    @TruffleBoundary
    public static LuaError completeAtCallSite(Node node, int line, LuaError e, String calledName, boolean method) {
        if (e.isPending()) {
            e.complete(where(node, line), calledName, method);
        }
        return e;
    }
}
