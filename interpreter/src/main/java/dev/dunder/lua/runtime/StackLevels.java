package dev.dunder.lua.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dunder.lua.nodes.root.LuaFunctionRootNode;

/**
 * Stack levels as {@code error} and {@code luaL_where} count them: level 1 is the
 * function that called the running builtin, level 2 its caller, and so on.
 */
final class StackLevels {
    private StackLevels() {
    }

    /** {@code "chunk:line: "} for the function at {@code level}, or "" if it is not a Lua function. */
    @TruffleBoundary
    static String where(int level) {
        int[] seen = {0};
        String result = Truffle.getRuntime().iterateFrames((FrameInstance frame) -> {
            int current = seen[0]++;
            if (current < level) {
                return null;
            }
            RootNode root = ((com.oracle.truffle.api.RootCallTarget) frame.getCallTarget()).getRootNode();
            if (root instanceof LuaFunctionRootNode f) {
                int line = CallSites.line(frame.getCallNode());
                return line > 0 ? f.getChunkId() + ":" + line + ": " : "";
            }
            return "";
        });
        return result == null ? "" : result;
    }
}
