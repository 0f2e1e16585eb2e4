package dev.dunder.js.nodes.patterns;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.access.PropertyGetNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code {a, b: [c], [k]: d = 1, ...rest} = value}: reads each property (through the
 * prototype chain, like any [[Get]]) and stores it into its sub-target; the rest
 * element gets a new object with the remaining own enumerable properties.
 */
public final class ObjectPatternNode extends BindingTargetNode {
    /** Literal keys use cached reads; computed keys have a key expression instead. */
    @Children private final PropertyGetNode[] reads;
    @Children private final ExpressionNode[] computedKeys;
    @Children private final BindingTargetNode[] targets;
    @Child private BindingTargetNode rest;
    private final Object[] literalKeys;
    /** V8 reports a destructured undefined at the first property name. */
    private final int firstKeyPos;
    private final String sourceText;
    /** V8 words the error as a failed read when the first property has a default ({x = 0} = null). */
    private final boolean firstHasDefault;

    public ObjectPatternNode(Object[] literalKeys, ExpressionNode[] computedKeys, BindingTargetNode[] targets, BindingTargetNode rest, int firstKeyPos,
                    String sourceText, boolean firstHasDefault) {
        this.firstHasDefault = firstHasDefault;
        this.literalKeys = literalKeys;
        this.computedKeys = computedKeys;
        this.targets = targets;
        this.rest = rest;
        this.firstKeyPos = firstKeyPos;
        this.sourceText = sourceText;
        this.reads = new PropertyGetNode[literalKeys.length];
        for (int i = 0; i < literalKeys.length; i++) {
            if (literalKeys[i] != null) {
                reads[i] = PropertyGetNode.create(literalKeys[i], firstKeyPos);
            }
        }
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Object value) {
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
            throw destructureError(value);
        }
        Object[] used = rest == null ? null : new Object[targets.length];
        for (int i = 0; i < targets.length; i++) {
            Object v;
            if (reads[i] != null) {
                v = reads[i].execute(value);
                if (used != null) {
                    used[i] = literalKeys[i];
                }
            } else {
                Object key = Conversions.toPropertyKey(computedKeys[i].executeGeneric(frame));
                v = JSRuntime.getV(value, key);
                if (used != null) {
                    used[i] = key;
                }
            }
            targets[i].execute(frame, v);
        }
        if (rest != null) {
            rest.execute(frame, copyRest(JsLanguage.realm(this), value, used));
        }
    }

    @TruffleBoundary
    private JSException destructureError(Object value) {
        String first = literalKeys.length > 0 && literalKeys[0] != null ? JSRuntime.keyToDisplay(literalKeys[0]) : null;
        if (firstHasDefault && first != null) {
            return Errors.typeError(this, firstKeyPos, "Cannot read properties of " + value + " (reading '" + first + "')");
        }
        String text = sourceText != null ? sourceText : JSRuntime.typeAndValue(value);
        String message = first != null ? "Cannot destructure property '" + first + "' of '" + text + "' as it is " + value + "."
                        : "Cannot destructure '" + text + "' as it is " + value + ".";
        return Errors.typeError(this, firstKeyPos, message);
    }

    /** CopyDataProperties (§7.3.25) excluding the keys already taken. */
    @TruffleBoundary
    static JSObject copyRest(JSRealm realm, Object value, Object[] excluded) {
        JSObject out = realm.newObject();
        JSObject from = Conversions.toObject(value);
        List<Object> skip = new ArrayList<>();
        if (excluded != null) {
            for (Object k : excluded) {
                skip.add(k);
            }
        }
        for (Object key : from.ownPropertyKeys()) {
            if (skip.contains(key)) {
                continue;
            }
            PropertyDescriptor d = from.getOwnProperty(key);
            if (d != null && d.enumerable && (key instanceof String || key instanceof JSSymbol)) {
                out.createDataProperty(key, from.get(key, from));
            }
        }
        return out;
    }
}
