package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.local.DeclareLocalNode;
import dev.dunder.runtime.lua.LuaNumberParser;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaValues;

/**
 * {@code for v = start, limit, step do body end} with Lua 5.4's rules (lvm.c's forprep):
 * with integer start and step the loop runs a precomputed number of times, so it never
 * overflows; otherwise everything is a float. The control value lives in hidden frame
 * slots, and each iteration declares a fresh {@code v}.
 */
public final class NumericForNode extends LuaStatementNode {
    @Child private ExpressionNode start;
    @Child private ExpressionNode limit;
    @Child private ExpressionNode step;
    @Child private LoopNode loop;
    private final int valueSlot;
    private final int countSlot;
    private final int stepSlot;

    public NumericForNode(ExpressionNode start, ExpressionNode limit, ExpressionNode step, DeclareLocalNode variable, StatementNode body,
                    int valueSlot, int countSlot, int stepSlot) {
        this.start = start;
        this.limit = limit;
        this.step = step;
        this.valueSlot = valueSlot;
        this.countSlot = countSlot;
        this.stepSlot = stepSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(variable, body, valueSlot, countSlot, stepSlot));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object init = start.executeGeneric(frame);
        Object lim = limit.executeGeneric(frame);
        Object st = step == null ? (Object) 1L : step.executeGeneric(frame);
        try {
            if (init instanceof Long i && st instanceof Long s) {
                if (prepareInteger(frame, i, lim, s)) {
                    loop.execute(frame);
                }
            } else if (prepareFloat(frame, init, lim, st)) {
                loop.execute(frame);
            }
        } catch (BreakException b) {
            // leave the loop
        }
    }

    private boolean prepareInteger(VirtualFrame frame, long init, Object lim, long st) {
        if (st == 0) {
            throw LuaErrors.error(this, getLine(), "'for' step is zero");
        }
        long limitValue;
        Object l = lim instanceof String s ? LuaNumberParser.parse(s) : lim;
        if (l instanceof Long x) {
            limitValue = x;
        } else if (l instanceof Double d) {
            double f = st < 0 ? Math.ceil(d) : Math.floor(d);
            Long exact = Double.isNaN(d) ? null : LuaNumbers.floatToInteger(f);
            if (exact != null) {
                limitValue = exact;
            } else if (Double.isNaN(d)) {
                return false;
            } else if (d > 0) {
                if (st < 0) {
                    return false;
                }
                limitValue = Long.MAX_VALUE;
            } else {
                if (st > 0) {
                    return false;
                }
                limitValue = Long.MIN_VALUE;
            }
        } else {
            throw forError("limit", lim);
        }
        if (st > 0 ? init > limitValue : init < limitValue) {
            return false;
        }
        long count;
        if (st > 0) {
            count = limitValue - init;
            if (st != 1) {
                count = Long.divideUnsigned(count, st);
            }
        } else {
            count = init - limitValue;
            count = Long.divideUnsigned(count, -(st + 1) + 1L);
        }
        frame.setLong(valueSlot, init);
        frame.setLong(countSlot, count);
        frame.setLong(stepSlot, st);
        return true;
    }

    private boolean prepareFloat(VirtualFrame frame, Object init, Object lim, Object st) {
        double flimit = toFloat(lim, "limit");
        double fstep = toFloat(st, "step");
        double finit = toFloat(init, "initial value");
        if (fstep == 0) {
            throw LuaErrors.error(this, getLine(), "'for' step is zero");
        }
        if (0 < fstep ? flimit < finit : finit < flimit) {
            return false;
        }
        frame.setDouble(valueSlot, finit);
        frame.setDouble(countSlot, flimit);
        frame.setDouble(stepSlot, fstep);
        return true;
    }

    private double toFloat(Object v, String what) {
        Object n = v instanceof String s ? LuaNumberParser.parse(s) : v;
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof Double d) {
            return d;
        }
        throw forError(what, v);
    }

    private RuntimeException forError(String what, Object value) {
        CompilerDirectives.transferToInterpreter();
        return LuaErrors.error(this, getLine(), "bad 'for' " + what + " (number expected, got " + LuaValues.typeName(value) + ")");
    }

    /** One iteration; the control value's slot holds a long for an integer loop, a double for a float loop. */
    private static final class Body extends Node implements RepeatingNode {
        @Child private DeclareLocalNode variable;
        @Child private StatementNode body;
        private final int valueSlot;
        private final int countSlot;
        private final int stepSlot;

        Body(DeclareLocalNode variable, StatementNode body, int valueSlot, int countSlot, int stepSlot) {
            this.variable = variable;
            this.body = body;
            this.valueSlot = valueSlot;
            this.countSlot = countSlot;
            this.stepSlot = stepSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (frame.isLong(valueSlot)) {
                long i = frame.getLong(valueSlot);
                variable.declare(frame, i);
                body.executeVoid(frame);
                long count = frame.getLong(countSlot);
                if (count == 0) {
                    return false;
                }
                frame.setLong(countSlot, count - 1);
                frame.setLong(valueSlot, i + frame.getLong(stepSlot));
                return true;
            }
            double i = frame.getDouble(valueSlot);
            variable.declare(frame, i);
            body.executeVoid(frame);
            double st = frame.getDouble(stepSlot);
            double next = i + st;
            if (st > 0 ? next <= frame.getDouble(countSlot) : next >= frame.getDouble(countSlot)) {
                frame.setDouble(valueSlot, next);
                return true;
            }
            return false;
        }
    }
}
