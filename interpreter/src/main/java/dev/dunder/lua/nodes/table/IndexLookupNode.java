package dev.dunder.lua.nodes.table;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaTable;

/**
 * {@code t[k]} for an evaluated table and key: integer keys read the array part directly
 * (a present value needs no metatable); everything else takes the reference lookup.
 */
public abstract class IndexLookupNode extends Node {
    /** {@code --dunder-lua.VerifyLookups}, read once when the node is made. */
    protected final boolean verify = LookupVerifier.enabled();

    public abstract Object execute(Object receiver, Object key);

    @Specialization
    protected Object integerKey(LuaTable table, long key) {
        Object v = table.rawGetInt(key);
        if (v != LuaNil.NIL || table.getMetatable() == null) {
            if (verify) {
                LookupVerifier.checkRaw(table, key, v);
            }
            return v;
        }
        return SlowPaths.index(this, table, key);
    }

    @Specialization
    protected Object stringKey(LuaTable table, String key) {
        Object v = table.rawGetStr(key);
        if (v != LuaNil.NIL || table.getMetatable() == null) {
            if (verify) {
                LookupVerifier.checkRaw(table, key, v);
            }
            return v;
        }
        return SlowPaths.index(this, table, key);
    }

    @Specialization(replaces = {"integerKey", "stringKey"})
    protected Object generic(Object receiver, Object key) {
        if (verify) {
            dev.dunder.runtime.lua.model.IndexResolution predicted = LookupVerifier.predict(receiver, key);
            Object v = SlowPaths.index(this, receiver, key);
            LookupVerifier.checkResult(predicted, receiver, key, v);
            return v;
        }
        return SlowPaths.index(this, receiver, key);
    }
}
