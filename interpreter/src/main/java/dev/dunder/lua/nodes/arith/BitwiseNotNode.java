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

/** {@code ~a}: on integers (and floats with an integer value); {@code __bnot} otherwise. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class BitwiseNotNode extends LuaExpressionNode {
    private final String operandName;

    protected BitwiseNotNode(String operandName) {
        this.operandName = operandName;
    }

    @Specialization
    protected long integer(long a) {
        return ~a;
    }

    @Fallback
    protected Object generic(Object a) {
        try {
            return SlowPaths.run(this, () -> LuaOperators.bitwiseNot(a));
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, operandName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
