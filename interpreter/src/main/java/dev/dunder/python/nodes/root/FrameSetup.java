package dev.dunder.python.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.python.nodes.vars.FrameLayout;
import dev.dunder.runtime.common.Cell;
import dev.dunder.runtime.python.objects.PFunction;

/**
 * Moves a call's bound arguments into the frame: plain parameters into their slots,
 * captured parameters into fresh cells; creates the cells of captured locals and
 * installs the closure cells of free variables.
 */
public final class FrameSetup extends Node {
    @CompilationFinal(dimensions = 1) private final int[] paramSlots;
    @CompilationFinal(dimensions = 1) private final boolean[] paramIsCell;
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;

    public FrameSetup(int[] paramSlots, boolean[] paramIsCell, int[] cellSlots, int[] freeSlots) {
        this.paramSlots = paramSlots;
        this.paramIsCell = paramIsCell;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
    }

    /** {@code arguments[0]} is the function; its bound arguments follow from {@code argOffset}. */
    @ExplodeLoop
    public void execute(VirtualFrame frame, PFunction function, Object[] arguments, int argOffset) {
        frame.setObject(FrameLayout.GLOBALS, function.getGlobals());
        for (int i = 0; i < cellSlots.length; i++) {
            frame.setObject(cellSlots[i], new Cell());
        }
        for (int i = 0; i < paramSlots.length; i++) {
            Object v = arguments[argOffset + i];
            if (paramIsCell[i]) {
                ((Cell) frame.getObject(paramSlots[i])).set(v);
            } else {
                frame.setObject(paramSlots[i], v);
            }
        }
        Cell[] closure = function.getClosure();
        for (int i = 0; i < freeSlots.length; i++) {
            frame.setObject(freeSlots[i], closure[i]);
        }
    }
}
