package dev.dunder.lua.nodes.arith;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;

import dev.dunder.common.nodes.ExpressionNode;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOp;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * The arithmetic and bitwise operators ({@link LuaOp}): specialised for integers (which
 * wrap around) and floats; anything else (strings, tables with metamethods, errors)
 * takes {@code LuaOperators.arith}. Errors name the operand at fault as Lua does.
 */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class ArithNode extends LuaExpressionNode {
    protected final LuaOp op;
    private final String leftName;
    private final String rightName;

    protected ArithNode(LuaOp op, String leftName, String rightName) {
        this.op = op;
        this.leftName = leftName;
        this.rightName = rightName;
    }

    /** The metamethod event this operator calls ("add"), for tracebacks. */
    public String eventName() {
        return op.eventName();
    }

    @Specialization(guards = "op.integerResult()")
    protected long integers(long a, long b) {
        try {
            return op.onIntegers(a, b);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        }
    }

    @Specialization(guards = "!op.integerResult()")
    protected double integersToFloat(long a, long b) {
        return op.onFloats(a, b);
    }

    @Specialization(guards = "!op.isBitwise()")
    protected double floats(double a, double b) {
        return op.onFloats(a, b);
    }

    @Specialization(guards = "!op.isBitwise()")
    protected double integerFloat(long a, double b) {
        return op.onFloats(a, b);
    }

    @Specialization(guards = "!op.isBitwise()")
    protected double floatInteger(double a, long b) {
        return op.onFloats(a, b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        try {
            return SlowPaths.arith(this, op, a, b);
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, leftName, rightName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
