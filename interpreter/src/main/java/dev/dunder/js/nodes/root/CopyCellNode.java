package dev.dunder.js.nodes.vars;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.common.Cell;

/**
 * CreatePerIterationEnvironment for one captured {@code let} of a {@code for} head:
 * the next iteration gets a new Cell holding the current value, so closures made in
 * earlier iterations keep their own.
 */
public final class CopyCellNode extends StatementNode {
    private final int slot;

    public CopyCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(slot, new Cell(((Cell) frame.getObject(slot)).get()));
    }
}
