package dev.dunder.lua.nodes.arith;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;

import dev.dunder.common.nodes.ExpressionNode;
import com.oracle.truffle.api.dsl.Specialization;

import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.lua.nodes.SlowPaths;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaOperators;
import dev.dunder.runtime.lua.model.LuaTypeError;

/** {@code -a}: integers wrap around ({@code -math.mininteger} is itself); {@code __unm} otherwise. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class UnaryMinusNode extends LuaExpressionNode {
    private final String operandName;

    protected UnaryMinusNode(String operandName) {
        this.operandName = operandName;
    }

    @Specialization
    protected long integer(long a) {
        return -a;
    }

    @Specialization
    protected double floating(double a) {
        return -a;
    }

    @Fallback
    protected Object generic(Object a) {
        try {
            return SlowPaths.run(this, () -> LuaOperators.negate(a));
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, operandName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
