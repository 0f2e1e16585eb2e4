package dev.dunder.lua.nodes.arith;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;

import dev.dunder.common.nodes.ExpressionNode;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaOperators;

/** {@code a == b} (and {@code a ~= b} when {@code negated}): raw equality, or {@code __eq} for two tables. */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class EqualNode extends LuaExpressionNode {
    protected final boolean negated;

    protected EqualNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    protected boolean integers(long a, long b) {
        return (a == b) != negated;
    }

    @Specialization
    protected boolean floats(double a, double b) {
        return (a == b) != negated;
    }

    @Specialization
    protected boolean integerFloat(long a, double b) {
        return LuaNumbers.eqIntFloat(a, b) != negated;
    }

    @Specialization
    protected boolean floatInteger(double a, long b) {
        return LuaNumbers.eqIntFloat(b, a) != negated;
    }

    @Specialization
    protected boolean strings(String a, String b) {
        return a.equals(b) != negated;
    }

    @Specialization(guards = {"a.getMetatable() == null", "b.getMetatable() == null"})
    protected boolean plainTables(LuaTable a, LuaTable b) {
        return (a == b) != negated;
    }

    @Fallback
    protected boolean generic(Object a, Object b) {
        try {
            return ((Boolean) SlowPaths.run(this, () -> LuaOperators.equal(a, b))) != negated;
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
