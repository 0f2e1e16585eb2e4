package dev.dunder.lua.nodes.arith;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

/** {@code a .. b}: strings and numbers (numbers as {@code tostring} writes them), or {@code __concat}. */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class ConcatNode extends LuaExpressionNode {
    private final String leftName;
    private final String rightName;

    protected ConcatNode(String leftName, String rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    @Specialization
    @TruffleBoundary
    protected String strings(String a, String b) {
        return a.concat(b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        try {
            return SlowPaths.run(this, () -> LuaOperators.concat(a, b));
        } catch (LuaTypeError e) {
            throw LuaErrors.typeError(this, getLine(), e, leftName, rightName);
        } catch (LuaOperationError e) {
            throw LuaErrors.operationError(this, getLine(), e);
        } catch (LuaError e) {
            throw LuaErrors.completeAtCallSite(this, getLine(), e, null, false);
        }
    }
}
