package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;

/**
 * {@code obj.name = value} for an evaluated receiver: a shape-keyed inline cache of
 * {@link StorePlan}s, so a field write to a table of a known layout is a shape check and
 * a store (or a cached shape transition for a new field). Writes to watched tables
 * (metatables, {@code __index} tables) invalidate their stability assumption.
 */
public abstract class FieldStoreNode extends Node {
    protected static final int SHAPE_CACHE = 4;

    protected final String name;
    /** {@code --dunder-lua.VerifyLookups}, read once when the node is made. */
    protected final boolean verify;

    protected FieldStoreNode(String name) {
        this.name = name;
        this.verify = LookupVerifier.enabled();
    }

    public static FieldStoreNode create(String name) {
        return FieldStoreNodeGen.create(name);
    }

    public abstract void execute(Object receiver, Object value);

    @Specialization(guards = {"table.getShape() == cachedShape", "plan.kind() == EXISTING"}, limit = "SHAPE_CACHE")
    protected void existing(LuaTable table, Object value,
                    @Cached("table.getShape()") Shape cachedShape,
                    @Cached("planFor(cachedShape)") StorePlan plan,
                    @CachedLibrary(limit = "2") DynamicObjectLibrary lib) {
        Object old = lib.getOrDefault(table, name, LuaNil.NIL);
        if (old == LuaNil.NIL) {
            SlowPaths.setIndex(this, table, name, value);
            return;
        }
        if (verify) {
            LookupVerifier.checkRawStore(table, name);
        }
        if (plan.watched()) {
            table.invalidateIfWatched();
        }
        lib.put(table, name, value);
    }

    @Specialization(guards = {"table.getShape() == cachedShape", "plan.kind() == ADD"}, assumptions = "planAssumptions", limit = "SHAPE_CACHE")
    protected void add(LuaTable table, Object value,
                    @Cached("table.getShape()") Shape cachedShape,
                    @Cached("planFor(cachedShape)") StorePlan plan,
                    @Cached(value = "plan.assumptions()", dimensions = 1) Assumption[] planAssumptions,
                    @CachedLibrary(limit = "2") DynamicObjectLibrary lib) {
        if (verify) {
            LookupVerifier.checkRawStore(table, name);
        }
        if (value == LuaNil.NIL) {
            return;                             // assigning nil to an absent key changes nothing
        }
        if (plan.watched()) {
            table.invalidateIfWatched();
        }
        lib.put(table, name, value);
        int count = cachedShape.getPropertyCount() + 1;
        if (count >= 16) {
            afterAdd(table, count);
        }
    }

    @TruffleBoundary
    private static void afterAdd(LuaTable table, int count) {
        table.afterNewStringKey(count);
    }

    @Specialization(replaces = {"existing", "add"})
    protected void generic(Object receiver, Object value) {
        SlowPaths.setIndex(this, receiver, name, value);
    }

    protected StorePlan planFor(Shape shape) {
        return StorePlan.forShape(shape, name);
    }

    protected static final StorePlan.Kind EXISTING = StorePlan.Kind.EXISTING;
    protected static final StorePlan.Kind ADD = StorePlan.Kind.ADD;
}
