package dev.dunder.lua.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaIndex;
import dev.dunder.runtime.lua.model.LuaOp;
import dev.dunder.runtime.lua.model.LuaOperators;

/**
 * Calls from nodes into the reference operations of the runtime, behind a Truffle
 * boundary and with the calling node recorded as the location of any function they
 * call (a metamethod): tracebacks then show the node's line in this frame, and error
 * levels count this frame, as in Lua.
 */
public final class SlowPaths {
    private SlowPaths() {
    }

    @TruffleBoundary
    public static Object index(Node node, Object obj, Object key) {
        Node prev = EncapsulatingNodeReference.getCurrent().set(node);
        try {
            return LuaIndex.index(obj, key);
        } finally {
            EncapsulatingNodeReference.getCurrent().set(prev);
        }
    }

    @TruffleBoundary
    public static void setIndex(Node node, Object obj, Object key, Object value) {
        Node prev = EncapsulatingNodeReference.getCurrent().set(node);
        try {
            LuaIndex.setIndex(obj, key, value);
        } finally {
            EncapsulatingNodeReference.getCurrent().set(prev);
        }
    }

    @TruffleBoundary
    public static Object arith(Node node, LuaOp op, Object a, Object b) {
        Node prev = EncapsulatingNodeReference.getCurrent().set(node);
        try {
            return LuaOperators.arith(op, a, b);
        } finally {
            EncapsulatingNodeReference.getCurrent().set(prev);
        }
    }

    /** Calls a Lua value from a node that is not a call site (a metamethod, an iterator). */
    @TruffleBoundary
    public static Object call(Node node, Object fn, Object... args) {
        Node prev = EncapsulatingNodeReference.getCurrent().set(node);
        try {
            return LuaCalls.call(fn, args);
        } finally {
            EncapsulatingNodeReference.getCurrent().set(prev);
        }
    }

    /** Any other reference operation that may call metamethods. */
    @TruffleBoundary
    public static Object run(Node node, java.util.function.Supplier<Object> operation) {
        Node prev = EncapsulatingNodeReference.getCurrent().set(node);
        try {
            return operation.get();
        } finally {
            EncapsulatingNodeReference.getCurrent().set(prev);
        }
    }
}
