package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.runtime.js.ops.Equality;

/**
 * {@code switch}: the first case whose value is {@code ===} to the discriminant (else
 * {@code default}), falling through the following cases until {@code break}.
 */
public final class SwitchNode extends StatementNode {
    @Child private ExpressionNode discriminant;
    @Child private StatementNode scopeInit;
    @Children private final ExpressionNode[] tests;
    @Children private final StatementNode[] bodies;
    private final int defaultIndex;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final String[] labels;

    public SwitchNode(ExpressionNode discriminant, StatementNode scopeInit, ExpressionNode[] tests, StatementNode[] bodies, int defaultIndex, String[] labels) {
        this.discriminant = discriminant;
        this.scopeInit = scopeInit;
        this.tests = tests;
        this.bodies = bodies;
        this.defaultIndex = defaultIndex;
        this.labels = labels;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = discriminant.executeGeneric(frame);
        if (scopeInit != null) {
            scopeInit.executeVoid(frame);
        }
        int start = choose(frame, value);
        if (start < 0) {
            return;
        }
        try {
            runBodies(frame, start);
        } catch (BreakException e) {
            // break leaves the switch
        } catch (LabeledJump j) {
            if (j.isContinue() || !isMine(j.getLabel())) {
                throw j;
            }
        }
    }

    /** The case bodies from {@code start} on (falling through). */
    @ExplodeLoop
    private void runBodies(VirtualFrame frame, int start) {
        for (int i = 0; i < bodies.length; i++) {
            if (i >= start) {
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
