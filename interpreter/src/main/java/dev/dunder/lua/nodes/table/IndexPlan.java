package dev.dunder.lua.nodes.table;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaFunction;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.IndexResolution;
import dev.dunder.runtime.lua.model.LuaCalls;

/**
 * What {@code t.name} does for receivers of one shape, decided once by walking
 * MODELS.md's steps (the same as {@code LuaIndex.index}) and valid while the tables it
 * looked at are unchanged. The receiver's shape fixes whether {@code t} has the key and
 * which metatable it has; every metatable and {@code __index} table on the way is
 * watched, and its stability assumption guards the plan, which covers the absence of
 * the key as well as the values found. So {@code obj:method()} through a two-level
 * class chain compiles to a shape check and a constant.
 */
public abstract class IndexPlan extends Node {
    /** How many {@code __index} tables a plan follows before giving the chain to the generic path. */
    static final int MAX_CHAIN = 16;

    private final Assumption[] assumptions;

    protected IndexPlan(Assumption[] assumptions) {
        this.assumptions = assumptions;
    }

    public Assumption[] getAssumptions() {
        return assumptions;
    }

    /** The value of {@code t[name]} for a receiver the plan was made for. */
    public abstract Object execute(Object receiver, String name, DynamicObjectLibrary lib);

    /** Whether this plan does what the reference path's outcome says (for the lookup verifier). */
    abstract boolean agreesWith(IndexResolution reference, Object receiver, String name);

    /** The plan for tables of {@code shape}. */
    @TruffleBoundary
    static IndexPlan forShape(Shape shape, String name) {
        if ((shape.getFlags() & LuaTable.DICTIONARY) != 0) {
            return new Generic();
        }
        if (shape.hasProperty(name)) {
            return new OwnField();
        }
        Object mt = shape.getDynamicType();
        return throughMetatable(mt == LuaTable.NO_METATABLE ? null : (LuaTable) mt, name, true);
    }

    /**
     * Steps 2 to 4 from a metatable: follows {@code __index} tables while they lack the key.
     * {@code receiverIsSelf}: a function handler found first gets the receiver itself.
     */
    @TruffleBoundary
    static IndexPlan throughMetatable(LuaTable metatable, String name, boolean receiverIsSelf) {
        List<Assumption> deps = new ArrayList<>();
        LuaTable mt = metatable;
        Object handlerTable = null;
        for (int depth = 0; depth < MAX_CHAIN; depth++) {
            if (mt == null) {
                return new Constant(LuaNil.NIL, deps);
            }
            mt.watch();
            deps.add(mt.getStableAssumption());
            Object handler = mt.rawGetStr("__index");
            if (handler == LuaNil.NIL) {
                return new Constant(LuaNil.NIL, deps);
            }
            if (handler instanceof LuaFunction f) {
                return new CallHandler(f, depth == 0 && receiverIsSelf ? null : handlerTable, deps);
            }
            if (!(handler instanceof LuaTable next)) {
                return new Generic();
            }
            next.watch();
            deps.add(next.getStableAssumption());
            Object value = next.rawGetStr(name);
            if (value != LuaNil.NIL) {
                return new Constant(value, deps);
            }
            handlerTable = next;
            mt = next.getMetatable();
        }
        return new Generic();
    }

    /** Step 1: the key is a property of the shape. */
    static final class OwnField extends IndexPlan {
        OwnField() {
            super(new Assumption[0]);
        }

        @Override
        public Object execute(Object receiver, String name, DynamicObjectLibrary lib) {
            Object v = lib.getOrDefault((LuaTable) receiver, name, LuaNil.NIL);
            if (v != LuaNil.NIL) {
                return v;
            }
            return SlowPaths.index(this, receiver, name);     // a cleared field: the metatable decides
        }

        @Override
        boolean agreesWith(IndexResolution reference, Object receiver, String name) {
            Object v = ((LuaTable) receiver).rawGetStr(name);
            return v == LuaNil.NIL || (reference.kind() == IndexResolution.Kind.VALUE && reference.target() == receiver && LookupVerifier.same(reference.value(), v));
        }
    }

    /** The chain ends in a value (or nil) that cannot change while the assumptions hold. */
    static final class Constant extends IndexPlan {
        private final Object value;

        Constant(Object value, List<Assumption> deps) {
            super(deps.toArray(new Assumption[0]));
            this.value = value;
        }

        @Override
        public Object execute(Object receiver, String name, DynamicObjectLibrary lib) {
            return value;
        }

        @Override
        boolean agreesWith(IndexResolution reference, Object receiver, String name) {
            return value == LuaNil.NIL ? reference.kind() == IndexResolution.Kind.NIL
                            : reference.kind() == IndexResolution.Kind.VALUE && LookupVerifier.same(reference.value(), value);
        }
    }

    /** Step 3: a function handler, called directly as {@code h(t, name)}. */
    static final class CallHandler extends IndexPlan {
        private final LuaFunction handler;
        /** The table the handler is called with, or null for the receiver itself. */
        private final Object table;
        @Child private DirectCallNode call;

        CallHandler(LuaFunction handler, Object table, List<Assumption> deps) {
            super(deps.toArray(new Assumption[0]));
            this.handler = handler;
            this.table = table;
            this.call = DirectCallNode.create(handler.getCallTarget());
        }

        @Override
        public Object execute(Object receiver, String name, DynamicObjectLibrary lib) {
            dev.dunder.runtime.lua.LuaContext ctx = dev.dunder.lua.LuaLanguage.context(this);
            if (!ctx.enterJavaCall()) {
                throw new dev.dunder.runtime.lua.model.LuaOperationError("C stack overflow");
            }
            try {
                Object r = call.call(handler, table == null ? receiver : table, name);
                if (r instanceof dev.dunder.runtime.lua.TailCall) {
                    r = LuaCalls.resolveTailCalls(r);
                }
                return LuaCalls.first(r);
            } finally {
                ctx.leaveJavaCall();
            }
        }

        @Override
        boolean agreesWith(IndexResolution reference, Object receiver, String name) {
            return reference.kind() == IndexResolution.Kind.HANDLER && reference.value() == handler && reference.target() == (table == null ? receiver : table);
        }
    }

    /** Anything else: the reference lookup. */
    static final class Generic extends IndexPlan {
        Generic() {
            super(new Assumption[0]);
        }

        @Override
        public Object execute(Object receiver, String name, DynamicObjectLibrary lib) {
            return SlowPaths.index(this, receiver, name);
        }

        /** It runs the reference lookup itself. */
        @Override
        boolean agreesWith(IndexResolution reference, Object receiver, String name) {
            return true;
        }
    }
}
