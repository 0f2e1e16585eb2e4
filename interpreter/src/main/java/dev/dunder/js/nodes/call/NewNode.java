package dev.dunder.js.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;

/** {@code new F(args)}: [[Construct]] with {@code new.target} F; V8 reports failures at {@code new}. */
public final class NewNode extends ExpressionNode {
    @Child private ExpressionNode constructor;
    @Child private ArgumentListNode arguments;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();
    private final String calleeText;
    private final int pos;
    /**
     * Set once this site meets a constructor that is not a JavaScript function (a proxy, a
     * foreign object). Until then compiled code has no such path, so the foreign result never
     * merges with the new object and escape analysis can remove the object and the arguments.
     */
    @CompilationFinal private boolean seenOther;

    public NewNode(ExpressionNode constructor, ArgumentListNode arguments, String calleeText, int pos) {
        this.constructor = constructor;
        this.arguments = arguments;
        this.calleeText = calleeText;
        this.pos = pos;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object f = constructor.executeGeneric(frame);
        Object[] args = arguments.execute(frame);
        // a bound function (not a constructor kind itself) asks its target on the slow path
        if (!(f instanceof JSFunction fn && fn.getData().isConstructorKind())) {
            if (!seenOther) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                seenOther = true;
            }
            if (dev.dunder.runtime.js.interop.JSInterop.isForeign(f)) {
                return dev.dunder.runtime.js.interop.ForeignAccess.construct(f, args, calleeText);
            }
            if (!(f instanceof JSObject o) || !o.isConstructor()) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.typeError(this, pos, calleeText + " is not a constructor");
            }
        }
        try {
            return dispatch.execute(f, Undefined.INSTANCE, f, args);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, pos);
        }
    }
}
