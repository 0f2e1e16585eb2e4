package dev.dunder.js.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code tag`a${x}b`}: calls the tag with the template object — a frozen array of the
 * cooked strings with a frozen {@code raw} array, the same object every time this
 * site runs (§13.2.8.4 GetTemplateObject) — then the substitutions.
 */
public final class TaggedTemplateNode extends ExpressionNode {
    @Child private ExpressionNode receiver;
    @Child private CalleeNode callee;
    @Child private ExpressionNode function;
    @Children private final ExpressionNode[] substitutions;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();
    private final String[] cooked;
    private final String[] raw;
    private final String calleeText;
    private final int pos;
    @CompilationFinal private JSArray templateObject;

    public TaggedTemplateNode(ExpressionNode receiver, CalleeNode callee, ExpressionNode function, String[] cooked, String[] raw, ExpressionNode[] substitutions,
                    String calleeText, int pos) {
        this.receiver = receiver;
        this.callee = callee;
        this.function = function;
        this.cooked = cooked;
        this.raw = raw;
        this.substitutions = substitutions;
        this.calleeText = calleeText;
        this.pos = pos;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object thisValue;
        Object fn;
        if (receiver != null) {
            thisValue = receiver.executeGeneric(frame);
            fn = callee.execute(frame, thisValue);
            thisValue = callee.thisFor(frame, thisValue);
        } else {
            thisValue = Undefined.INSTANCE;
            fn = function.executeGeneric(frame);
        }
        if (templateObject == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            templateObject = makeTemplateObject(JsLanguage.realm(this), cooked, raw);
        }
        Object[] args = new Object[substitutions.length + 1];
        args[0] = templateObject;
        for (int i = 0; i < substitutions.length; i++) {
            args[i + 1] = substitutions[i].executeGeneric(frame);
        }
        if (!(fn instanceof JSFunction) && !(fn instanceof JSObject f && f.isCallable()) && !dev.dunder.runtime.js.interop.ForeignAccess.isCallable(fn)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(this, pos, calleeText + " is not a function");
        }
        try {
            return dispatch.execute(fn, thisValue, Undefined.INSTANCE, args);
        } catch (JSException e) {
            throw e.setPositionIfAbsent(this, pos);
        }
    }

    @TruffleBoundary
    private static JSArray makeTemplateObject(JSRealm realm, String[] cooked, String[] raw) {
        Object[] c = new Object[cooked.length];
        for (int i = 0; i < cooked.length; i++) {
            c[i] = cooked[i] == null ? Undefined.INSTANCE : cooked[i];
        }
        JSArray strings = realm.newArray(c);
        JSArray rawArray = realm.newArray(raw.clone());
        rawArray.restrictElements(true);
        rawArray.preventExtensions();
        strings.defineDirect("raw", rawArray, PropertyFlags.FROZEN);
        strings.restrictElements(true);
        strings.preventExtensions();
        return strings;
    }
}
