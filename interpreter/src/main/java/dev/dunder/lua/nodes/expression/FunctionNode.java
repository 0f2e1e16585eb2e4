package dev.dunder.lua.nodes.expression;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.lua.nodes.LuaExpressionNode;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.lua.LuaClosure;

/**
 * {@code function ... end}: makes a closure of the compiled function and the Cells of
 * the variables it captures, each either a captured local of this frame (a slot holding
 * its Cell) or one of the running function's own upvalues.
 */
public final class FunctionNode extends LuaExpressionNode {
    private final RootCallTarget target;
    /** For each upvalue: a frame slot (>= 0), or -(index + 1) for an upvalue of the running closure. */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] sources;

    public FunctionNode(RootCallTarget target, int[] sources) {
        this.target = target;
        this.sources = sources;
    }

    public RootCallTarget getTarget() {
        return target;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Cell[] cells = new Cell[sources.length];
        for (int i = 0; i < sources.length; i++) {
            int s = sources[i];
            if (s >= 0) {
                cells[i] = (Cell) frame.getObject(s);
            } else {
                cells[i] = ((LuaClosure) frame.getArguments()[0]).getUpvalues()[-s - 1];
            }
        }
        return new LuaClosure(target, cells);
    }
}
