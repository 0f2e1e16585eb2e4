package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaTable;

/**
 * {@code obj.name} (and {@code obj:name(...)}'s lookup, and global variables, which are
 * {@code _ENV.name}) for an evaluated receiver: an inline cache keyed on the receiver's
 * Shape holding the {@link IndexPlan} for it; strings share one plan through their
 * metatable; past the cache limit, the reference lookup.
 */
public abstract class FieldLookupNode extends Node {
    /** Receiver shapes one site keeps specialised code for: tables of a few "classes" and layouts. */
    protected static final int SHAPE_CACHE = 4;

    protected final String name;
    /** {@code --dunder-lua.VerifyLookups}, read once when the node is made. */
    protected final boolean verify;

    protected FieldLookupNode(String name) {
        this.name = name;
        this.verify = LookupVerifier.enabled();
    }

    public static FieldLookupNode create(String name) {
        return FieldLookupNodeGen.create(name);
    }

    public String getName() {
        return name;
    }

    public abstract Object execute(Object receiver);

    @Specialization(guards = "table.getShape() == cachedShape", assumptions = "planAssumptions", limit = "SHAPE_CACHE")
    protected Object cachedTable(LuaTable table,
                    @Cached("table.getShape()") Shape cachedShape,
                    @Cached("planFor(cachedShape)") IndexPlan plan,
                    @Cached(value = "plan.getAssumptions()", dimensions = 1) Assumption[] planAssumptions,
                    @CachedLibrary(limit = "1") DynamicObjectLibrary lib) {
        if (verify) {
            LookupVerifier.checkPlan(plan, table, name);
        }
        return plan.execute(table, name, lib);
    }

    @Specialization(assumptions = "planAssumptions")
    protected Object cachedString(String string,
                    @Cached("stringPlan()") IndexPlan plan,
                    @Cached(value = "plan.getAssumptions()", dimensions = 1) Assumption[] planAssumptions,
                    @CachedLibrary(limit = "1") DynamicObjectLibrary lib) {
        if (verify) {
            LookupVerifier.checkPlan(plan, string, name);
        }
        return plan.execute(string, name, lib);
    }

    @Specialization(replaces = {"cachedTable", "cachedString"})
    protected Object generic(Object receiver) {
        if (verify) {
            dev.dunder.runtime.lua.model.IndexResolution predicted = LookupVerifier.predict(receiver, name);
            Object v = SlowPaths.index(this, receiver, name);
            LookupVerifier.checkResult(predicted, receiver, name, v);
            return v;
        }
        return SlowPaths.index(this, receiver, name);
    }

    protected IndexPlan planFor(Shape shape) {
        return IndexPlan.forShape(shape, name);
    }

    protected IndexPlan stringPlan() {
        return IndexPlan.throughMetatable(LuaContext.get().getStringMetatable(), name, true);
    }
}
