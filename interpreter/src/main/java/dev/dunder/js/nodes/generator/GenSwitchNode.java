package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.control.LabeledJump;
import dev.dunder.runtime.js.ops.Equality;

/**
 * {@code switch} in a generator: remembers whether the case is still being chosen and
 * then which case body is running, so a resumed generator continues in it (and falls
 * through the following ones).
 */
public final class GenSwitchNode extends StatementNode {
    private static final int CHOOSING = -1;

    @Child private ExpressionNode discriminant;
    @Child private StatementNode scopeInit;
    @Children private final ExpressionNode[] tests;
    @Children private final StatementNode[] bodies;
    private final int defaultIndex;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final String[] labels;
    private final GeneratorSlots slots;
    private final int stateSlot;

    public GenSwitchNode(ExpressionNode discriminant, StatementNode scopeInit, ExpressionNode[] tests, StatementNode[] bodies, int defaultIndex, String[] labels,
                    GeneratorSlots slots, int stateSlot) {
        this.discriminant = discriminant;
        this.scopeInit = scopeInit;
        this.tests = tests;
        this.bodies = bodies;
        this.defaultIndex = defaultIndex;
        this.labels = labels;
        this.slots = slots;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int current = slots.isResuming(frame) ? (Integer) frame.getObject(stateSlot) : CHOOSING;
        try {
            if (current == CHOOSING) {
                frame.setObject(stateSlot, CHOOSING);
                Object value = discriminant.executeGeneric(frame);
                if (scopeInit != null && !slots.isResuming(frame)) {
                    scopeInit.executeVoid(frame);
                }
                current = choose(frame, value);
                if (current < 0) {
                    return;
                }
            }
            runBodies(frame, current);
        } catch (BreakException e) {
            // break leaves the switch
        } catch (LabeledJump j) {
            if (j.isContinue() || !isMine(j.getLabel())) {
                throw j;
            }
        }
    }

    /** The case bodies from {@code start} on (falling through), remembering which one runs. */
    @ExplodeLoop
    private void runBodies(VirtualFrame frame, int start) {
        for (int i = 0; i < bodies.length; i++) {
            if (i >= start) {
                frame.setObject(stateSlot, i);
                bodies[i].executeVoid(frame);
            }
        }
    }

    @ExplodeLoop
    private int choose(VirtualFrame frame, Object value) {
        for (int i = 0; i < tests.length; i++) {
            if (tests[i] != null && Equality.strictEquals(value, tests[i].executeGeneric(frame))) {
                return i;
            }
        }
        return defaultIndex;
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
