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
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaOperators;

/**
 * {@code <} and {@code <=}, and {@code >} and {@code >=} as the same with the operands
 * swapped after both are evaluated (as Lua compiles them, so {@code a > b} calls
 * {@code __lt(b, a)}): numbers by value, strings byte by byte, else {@code __lt}/{@code __le}.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class CompareNode extends LuaExpressionNode {
    protected final boolean orEqual;
    protected final boolean swapped;

    protected CompareNode(boolean orEqual, boolean swapped) {
        this.orEqual = orEqual;
        this.swapped = swapped;
    }

    /** The metamethod event this comparison calls ("lt" or "le"), for tracebacks. */
    public String eventName() {
        return orEqual ? "le" : "lt";
    }

    private boolean ints(long a, long b) {
        return orEqual ? a <= b : a < b;
    }

    @Specialization
    protected boolean integers(long left, long right) {
        return swapped ? ints(right, left) : ints(left, right);
    }

    private boolean floats(double a, double b) {
        return orEqual ? a <= b : a < b;
    }

    @Specialization
    protected boolean doubles(double left, double right) {
        return swapped ? floats(right, left) : floats(left, right);
    }

    @Specialization
    protected boolean integerFloat(long left, double right) {
        return mixed(left, right);
    }

    @Specialization
    protected boolean floatInteger(double left, long right) {
        return mixed(left, right);
    }

    private boolean mixed(Object left, Object right) {
        Object a = swapped ? right : left;
        Object b = swapped ? left : right;
        return orEqual ? LuaNumbers.lessEqual(a, b) : LuaNumbers.lessThan(a, b);
    }

    @Specialization
    protected boolean strings(String left, String right) {
        int c = swapped ? right.compareTo(left) : left.compareTo(right);
        return orEqual ? c <= 0 : c < 0;
    }

    @Fallback
    protected boolean generic(Object left, Object right) {
        Object a = swapped ? right : left;
        Object b = swapped ? left : right;
        try {
            return (Boolean) SlowPaths.run(this, () -> orEqual ? LuaOperators.lessEqual(a, b) : LuaOperators.lessThan(a, b));
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
