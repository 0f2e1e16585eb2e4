package dev.dunder.js.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * The {@code delete} operator: [[Delete]] on a property (a TypeError in strict code
 * when it refuses), false for declared variables, true for anything else.
 */
public final class DeleteNode extends ExpressionNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode key;
    private final Object literalKey;
    private final boolean strict;
    private final int pos;
    /** A name: a global is deleted from the global object; a declared variable cannot be deleted. */
    private final String globalName;
    private final boolean constant;
    private boolean optional;

    private DeleteNode(ExpressionNode object, ExpressionNode key, Object literalKey, boolean strict, int pos, String globalName, boolean constant) {
        this.object = object;
        this.key = key;
        this.literalKey = literalKey;
        this.strict = strict;
        this.pos = pos;
        this.globalName = globalName;
        this.constant = constant;
    }

    public static DeleteNode property(ExpressionNode object, Object literalKey, ExpressionNode key, boolean strict, int pos, boolean optional) {
        DeleteNode d = new DeleteNode(object, key, literalKey, strict, pos, null, false);
        d.optional = optional;
        return d;
    }

    public static DeleteNode global(String name) {
        return new DeleteNode(null, null, null, false, 0, name, false);
    }

    /** {@code delete x} for a declared x (false) or {@code delete expr} (evaluates, true). */
    public static DeleteNode other(ExpressionNode evaluated, boolean result) {
        return new DeleteNode(evaluated, null, null, false, 0, null, result);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (globalName != null) {
            return deleteGlobal(JsLanguage.realm(this), globalName);
        }
        if (key == null && literalKey == null) {
            if (object != null) {
                object.executeVoid(frame);
            }
            return constant;
        }
        Object o = object.executeGeneric(frame);
        if (optional && (o == Undefined.INSTANCE || o == Null.INSTANCE)) {
            throw OptionalChainNode.SHORT_CIRCUIT;
        }
        Object k = literalKey != null ? literalKey : key.executeGeneric(frame);
        try {
            return delete(o, k, strict);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    @TruffleBoundary
    private static boolean deleteGlobal(JSRealm realm, String name) {
        return realm.globalObject.delete(name);
    }

    @TruffleBoundary
    private static boolean delete(Object o, Object k, boolean strict) {
        if (o == Undefined.INSTANCE || o == Null.INSTANCE) {
            throw Errors.typeError("Cannot convert undefined or null to object");
        }
        Object key = Conversions.toPropertyKey(k);
        JSObject obj = JSRuntime.toObject(o);
        boolean ok = obj.delete(key);
        if (!ok && strict) {
            if (obj instanceof dev.dunder.runtime.js.objects.JSProxy) {
                throw Errors.typeError("'deleteProperty' on proxy: trap returned falsish for property '" + JSRuntime.keyToDisplay(key) + "'");
            }
            throw Errors.typeError("Cannot delete property '" + JSRuntime.keyToDisplay(key) + "' of " + JSRuntime.toDisplayString(obj));
        }
        return ok;
    }
}
