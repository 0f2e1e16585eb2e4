package dev.dunder.lua.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.dunder.common.nodes.BreakException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.lua.nodes.LuaErrors;
import dev.dunder.lua.nodes.LuaStatementNode;
import dev.dunder.lua.nodes.call.DispatchNode;
import dev.dunder.lua.nodes.call.DispatchNodeGen;
import dev.dunder.lua.nodes.call.LuaCallSite;
import dev.dunder.lua.nodes.call.TailCallLoopNode;
import dev.dunder.lua.nodes.local.DeclareLocalNode;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.TailCall;
import dev.dunder.runtime.lua.model.LuaCalls;
import dev.dunder.runtime.lua.model.LuaOperationError;
import dev.dunder.runtime.lua.model.LuaTypeError;

/**
 * {@code for k, v in explist do body end}: the iterator function, state and control
 * value come from the expression list; each iteration calls {@code f(s, control)} and
 * stops when its first result is nil. The iterator is called through a cached dispatch,
 * so {@code pairs}/{@code ipairs} loops and closures as iterators are direct calls.
 */
public final class GenericForNode extends LuaStatementNode implements LuaCallSite {
    static final String ITERATOR = "for iterator 'for iterator'";

    @Child private ExplistNode explist;
    @Child private LoopNode loop;
    private final int functionSlot;
    private final int stateSlot;
    private final int controlSlot;

    public GenericForNode(ExplistNode explist, DeclareLocalNode[] variables, StatementNode body, int functionSlot, int stateSlot, int controlSlot) {
        this.explist = explist;
        this.functionSlot = functionSlot;
        this.stateSlot = stateSlot;
        this.controlSlot = controlSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(variables, body, functionSlot, stateSlot, controlSlot));
    }

    @Override
    public int getCallLine() {
        return getLine();
    }

    @Override
    public String calleeDescription() {
        return ITERATOR;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object[] init = explist.evaluate(frame, 4);
        frame.setObject(functionSlot, init[0]);
        frame.setObject(stateSlot, init[1]);
        frame.setObject(controlSlot, init[2]);
        Object closing = init[3];
        if (closing == LuaNil.NIL) {
            try {
                loop.execute(frame);
            } catch (BreakException b) {
                // leave the loop
            }
            return;
        }
        runClosing(frame, closing);
    }

    /** Lua 5.4: a fourth value is a to-be-closed variable, closed however the loop ends. */
    private void runClosing(VirtualFrame frame, Object closing) {
        boolean active = dev.dunder.runtime.lua.LuaValues.isTruthy(closing);
        if (active && dev.dunder.runtime.lua.model.LuaMetatables.metamethod(closing, "__close") == LuaNil.NIL) {
            throw LuaErrors.error(this, getLine(), "variable '(for state)' got a non-closable value");
        }
        try {
            loop.execute(frame);
        } catch (BreakException b) {
            // leave the loop
        } catch (com.oracle.truffle.api.nodes.ControlFlowException e) {
            close(closing, active, LuaNil.NIL);
            throw e;
        } catch (LuaError e) {
            close(closing, active, CloseScopeNode.errorValue(e));
            throw e;
        }
        close(closing, active, LuaNil.NIL);
    }

    private void close(Object value, boolean active, Object error) {
        if (active) {
            dev.dunder.lua.nodes.SlowPaths.call(this, dev.dunder.runtime.lua.model.LuaMetatables.metamethod(value, "__close"), value, error);
        }
    }

    private static final class Body extends Node implements RepeatingNode {
        @Children private final DeclareLocalNode[] variables;
        @Child private StatementNode body;
        @Child private DispatchNode dispatch = DispatchNodeGen.create();
        @Child private TailCallLoopNode tailCalls = new TailCallLoopNode();
        private final int functionSlot;
        private final int stateSlot;
        private final int controlSlot;

        Body(DeclareLocalNode[] variables, StatementNode body, int functionSlot, int stateSlot, int controlSlot) {
            this.variables = variables;
            this.body = body;
            this.functionSlot = functionSlot;
            this.stateSlot = stateSlot;
            this.controlSlot = controlSlot;
        }

        @Override
        @ExplodeLoop
        public boolean executeRepeating(VirtualFrame frame) {
            Object r = callIterator(frame);
            Object first = LuaCalls.first(r);
            if (first == LuaNil.NIL) {
                return false;
            }
            frame.setObject(controlSlot, first);
            if (r instanceof Object[] values) {
                for (int i = 0; i < variables.length; i++) {
                    variables[i].declare(frame, i < values.length ? values[i] : LuaNil.NIL);
                }
            } else {
                variables[0].declare(frame, r);
                for (int i = 1; i < variables.length; i++) {
                    variables[i].declare(frame, LuaNil.NIL);
                }
            }
            body.executeVoid(frame);
            return true;
        }

        private Object callIterator(VirtualFrame frame) {
            try {
                Object r = dispatch.execute(frame.getObject(functionSlot), new Object[]{null, frame.getObject(stateSlot), frame.getObject(controlSlot)});
                if (r instanceof TailCall) {
                    r = tailCalls.resolve(r);
                }
                return r;
            } catch (LuaTypeError e) {
                throw LuaErrors.typeError(site(), site().getLine(), e, ITERATOR);
            } catch (LuaOperationError e) {
                throw LuaErrors.operationError(site(), site().getLine(), e);
            } catch (LuaError e) {
                throw LuaErrors.completeAtCallSite(site(), site().getLine(), e, "for iterator", false);
            }
        }

        private GenericForNode site() {
            Node n = getParent();
            while (!(n instanceof GenericForNode)) {
                n = n.getParent();
            }
            return (GenericForNode) n;
        }
    }
}
