package dev.dunder.js.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.vars.Tdz;
import dev.dunder.js.nodes.vars.WriteVariableNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * {@code super(args)} in a derived constructor (§13.3.7.1): constructs the parent
 * class — the constructor's own [[Prototype]] — with the same {@code new.target},
 * binds the result as {@code this}, then gives it this class's fields.
 */
public final class SuperCallNode extends ExpressionNode {
    @Child private ExpressionNode activeFunction;
    @Child private ExpressionNode newTarget;
    @Child private ExpressionNode currentThis;
    private final WriteVariableNode thisWrite;
    @Child private ArgumentListNode arguments;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();
    @Child private dev.dunder.js.nodes.functions.InitializeInstanceNode initializeInstance = dev.dunder.js.nodes.functions.InitializeInstanceNode.create();
    private final int pos;

    public SuperCallNode(ExpressionNode activeFunction, ExpressionNode newTarget, ExpressionNode currentThis, WriteVariableNode thisWrite,
                    ArgumentListNode arguments, int pos) {
        this.activeFunction = activeFunction;
        this.newTarget = newTarget;
        this.currentThis = currentThis;
        this.thisWrite = thisWrite;
        this.arguments = arguments;
        this.pos = pos;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        JSFunction func = (JSFunction) activeFunction.executeGeneric(frame);
        JSObject parent = func.getPrototypeOf();
        Object[] args = arguments.execute(frame);
        if (parent == null || !parent.isConstructor()) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(this, pos, "Super constructor " + describe(parent) + " of " + className(func) + " is not a constructor");
        }
        Object result;
        try {
            result = dispatch.execute(parent, dev.dunder.runtime.js.objects.Undefined.INSTANCE, newTarget.executeGeneric(frame), args);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, pos);
        }
        if (currentThis.executeGeneric(frame) != Tdz.INSTANCE) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.referenceError(this, pos, "Super constructor may only be called once");
        }
        thisWrite.write(frame, result, this, pos);
        try {
            initializeInstance.execute((JSObject) result, func);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, pos);
        }
        return result;
    }

    /** V8 calls the prototype of a class that extends null "null". */
    @TruffleBoundary
    private String describe(JSObject parent) {
        if (parent == null || parent == dev.dunder.js.JsLanguage.realm(this).functionPrototype) {
            return "null";
        }
        return JSRuntime.toDisplayString(parent);
    }

    @TruffleBoundary
    private static String className(JSFunction func) {
        Object name = func.get("name");
        return name instanceof String s && !s.isEmpty() ? s : "anonymous class";
    }
}
