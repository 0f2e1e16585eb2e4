package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;

/**
 * {@code t[k] = v} for an evaluated table and key: a table without a metatable, or an
 * integer key already present, is written raw; everything else takes the reference path.
 */
public abstract class IndexStoreNode extends Node {
    /** {@code --dunder-lua.VerifyLookups}, read once when the node is made. */
    protected final boolean verify = LookupVerifier.enabled();

    public abstract void execute(Object receiver, Object key, Object value);

    @Specialization
    protected void integerKey(LuaTable table, long key, Object value) {
        if (table.getMetatable() == null || table.rawGetInt(key) != LuaNil.NIL) {
            if (verify) {
                LookupVerifier.checkRawStore(table, key);
            }
            table.rawSetInt(key, value);
            return;
        }
        SlowPaths.setIndex(this, table, key, value);
    }

    @Specialization(replaces = "integerKey")
    protected void generic(Object receiver, Object key, Object value) {
        SlowPaths.setIndex(this, receiver, key, value);
    }
}
