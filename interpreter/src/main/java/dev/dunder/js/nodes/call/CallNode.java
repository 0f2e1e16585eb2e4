package dev.dunder.js.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.ops.OptionalChainNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.interop.ForeignAccess;
import dev.dunder.runtime.js.interop.JSInterop;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * A call {@code f(args)} or {@code obj.m(args)}. For a method call the callee is read
 * from the receiver (a cached property read) and the receiver becomes {@code this}:
 * "this is decided at the call site". Errors raised by builtins the call reaches are
 * reported at this call, as V8 does.
 */
public final class CallNode extends ExpressionNode {
    @Child private ExpressionNode receiver;
    @Child private CalleeNode callee;
    @Child private ExpressionNode function;
    @Child private ArgumentListNode arguments;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();
    /** The callee as V8 names it in "x is not a function". */
    private final String calleeText;
    private final int pos;
    private final boolean optional;
    /** Set once this site calls something other than a JavaScript function: compiled code checks for it only then. */
    @CompilationFinal private boolean seenOther;

    /** A method call: {@code receiver.callee(args)}. */
    public CallNode(ExpressionNode receiver, CalleeNode callee, ArgumentListNode arguments, String calleeText, int pos, boolean optional) {
        this.receiver = receiver;
        this.callee = callee;
        this.arguments = arguments;
        this.calleeText = calleeText;
        this.pos = pos;
        this.optional = optional;
    }

    /** A plain call: {@code function(args)} with {@code this} undefined. */
    public CallNode(ExpressionNode function, ArgumentListNode arguments, String calleeText, int pos, boolean optional) {
        this.function = function;
        this.arguments = arguments;
        this.calleeText = calleeText;
        this.pos = pos;
        this.optional = optional;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object thisValue;
        Object fn;
        if (receiver != null) {
            thisValue = receiver.executeGeneric(frame);
            if (callee instanceof CalleeNode.Named named && !(thisValue instanceof JSObject) && JSInterop.isForeign(thisValue) && named.getKey() instanceof String name
                            && ForeignAccess.hasMethod(thisValue, name)) {
                // another language's object: its own method call, which binds the receiver its own way (Lua's self)
                return ForeignAccess.invoke(thisValue, name, arguments.execute(frame), calleeText);
            }
            fn = callee.execute(frame, thisValue);
            thisValue = callee.thisFor(frame, thisValue);
        } else {
            thisValue = Undefined.INSTANCE;
            fn = function.executeGeneric(frame);
        }
        if (optional && (fn == Undefined.INSTANCE || fn == Null.INSTANCE)) {
            throw OptionalChainNode.SHORT_CIRCUIT;
        }
        Object[] args = arguments.execute(frame);
        if (!(fn instanceof JSFunction)) {
            if (!seenOther) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seenOther = true;
            }
            if (!(fn instanceof JSObject f && f.isCallable()) && !dev.dunder.runtime.js.interop.ForeignAccess.isCallable(fn)) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.typeError(this, pos, calleeText + " is not a function");
            }
        }
        try {
            return dispatch.execute(fn, thisValue, Undefined.INSTANCE, args);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, pos);
        }
    }
}
