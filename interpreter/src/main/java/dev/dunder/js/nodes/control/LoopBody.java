package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ContinueException;
import dev.dunder.common.nodes.StatementNode;

/**
 * One execution of a loop body, translating the jumps aimed at this loop: returns
 * true to go on, false to leave the loop ({@code break}); jumps aimed elsewhere pass.
 */
public final class LoopBody extends Node {
    @Child private StatementNode body;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final String[] labels;

    public LoopBody(StatementNode body, String[] labels) {
        this.body = body;
        this.labels = labels;
    }

    public boolean execute(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
            return true;
        } catch (ContinueException e) {
            return true;
        } catch (BreakException e) {
            return false;
        } catch (LabeledJump j) {
            if (!isMine(j.getLabel())) {
                throw j;
            }
            return j.isContinue();
        }
    }

    @ExplodeLoop
    private boolean isMine(String label) {
        for (String l : labels) {
            if (l.equals(label)) {
                return true;
            }
        }
        return false;
    }
}
