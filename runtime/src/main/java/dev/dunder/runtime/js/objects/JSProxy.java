package dev.dunder.runtime.js.objects;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.model.PropertyDescriptors;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Equality;

/**
 * A Proxy exotic object (ECMA-262 §10.5): every internal method asks the handler's
 * trap first and falls back to the target; results are checked against the
 * invariants the target imposes (non-configurable and non-extensible facts cannot be
 * hidden). This is the essay's "wrapper object that supports interception".
 */
public final class JSProxy extends JSObject {
    private JSObject target;
    private JSObject handler;
    private final boolean callable;
    private final boolean constructor;

    public JSProxy(Shape shape, JSObject target, JSObject handler) {
        super(shape);
        this.target = target;
        this.handler = handler;
        this.callable = target.isCallable();
        this.constructor = target.isConstructor();
    }

    public JSObject getTarget() {
        return target;
    }

    public JSObject getHandler() {
        return handler;
    }

    public boolean isRevoked() {
        return handler == null;
    }

    public void revoke() {
        target = null;
        handler = null;
    }

    @Override
    public boolean isCallable() {
        return callable;
    }

    @Override
    public boolean isConstructor() {
        return constructor;
    }

    @Override
    public boolean hasExoticProperties() {
        return true;
    }

    @Override
    public String getBuiltinTag() {
        return callable ? "Function" : target == null ? "Object" : (target instanceof JSArray ? "Array" : "Object");
    }

    /** The handler's trap {@code name}, or null to fall back to the target; TypeError if revoked. */
    private Object trap(String name) {
        if (handler == null) {
            throw Errors.typeError("Cannot perform '" + name + "' on a proxy that has been revoked");
        }
        return JSRuntime.getMethod(handler, name);
    }

    @Override
    @TruffleBoundary
    public JSObject getPrototypeOf() {
        Object trap = trap("getPrototypeOf");
        if (trap == null) {
            return target.getPrototypeOf();
        }
        Object result = JSRuntime.call(trap, handler, target);
        if (!(result instanceof JSObject) && result != Null.INSTANCE) {
            throw Errors.typeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
        }
        JSObject proto = result == Null.INSTANCE ? null : (JSObject) result;
        if (!target.isExtensible() && proto != target.getPrototypeOf()) {
            throw Errors.typeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
        }
        return proto;
    }

    @Override
    @TruffleBoundary
    public boolean setPrototypeOf(JSObject proto) {
        Object trap = trap("setPrototypeOf");
        if (trap == null) {
            return target.setPrototypeOf(proto);
        }
        boolean ok = Conversions.toBoolean(JSRuntime.call(trap, handler, target, proto == null ? Null.INSTANCE : proto));
        if (ok && !target.isExtensible() && proto != target.getPrototypeOf()) {
            throw Errors.typeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
        }
        return ok;
    }

    @Override
    @TruffleBoundary
    public boolean isExtensible() {
        if (handler == null && target == null) {
            throw Errors.typeError("Cannot perform 'isExtensible' on a proxy that has been revoked");
        }
        Object trap = trap("isExtensible");
        if (trap == null) {
            return target.isExtensible();
        }
        boolean result = Conversions.toBoolean(JSRuntime.call(trap, handler, target));
        if (result != target.isExtensible()) {
            throw Errors.typeError("'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '" + target.isExtensible() + "')");
        }
        return result;
    }

    @Override
    @TruffleBoundary
    public boolean preventExtensions() {
        Object trap = trap("preventExtensions");
        if (trap == null) {
            return target.preventExtensions();
        }
        boolean result = Conversions.toBoolean(JSRuntime.call(trap, handler, target));
        if (result && target.isExtensible()) {
            throw Errors.typeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
        }
        return result;
    }

    @Override
    @TruffleBoundary
    public PropertyDescriptor getOwnProperty(Object key) {
        Object trap = trap("getOwnPropertyDescriptor");
        if (trap == null) {
            return target.getOwnProperty(key);
        }
        Object result = JSRuntime.call(trap, handler, target, JSRuntime.keyToValue(key));
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (result == Undefined.INSTANCE) {
            if (targetDesc != null && !targetDesc.configurable) {
                throw Errors.typeError("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '" + JSRuntime.keyToDisplay(key)
                                + "' which is non-configurable in the proxy target");
            }
            if (targetDesc != null && !target.isExtensible()) {
                throw Errors.typeError("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '" + JSRuntime.keyToDisplay(key)
                                + "' which exists in the non-extensible proxy target");
            }
            return null;
        }
        if (!(result instanceof JSObject)) {
            throw Errors.typeError("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '" + JSRuntime.keyToDisplay(key) + "'");
        }
        PropertyDescriptor desc = PropertyDescriptors.toPropertyDescriptor(result);
        PropertyDescriptors.complete(desc);
        if (!desc.configurable && (targetDesc == null || targetDesc.configurable)) {
            throw Errors.typeError("'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '" + JSRuntime.keyToDisplay(key)
                            + "' which is either non-existent or configurable in the proxy target");
        }
        return desc;
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        Object trap = trap("defineProperty");
        if (trap == null) {
            return target.defineOwnProperty(key, desc);
        }
        boolean ok = Conversions.toBoolean(JSRuntime.call(trap, handler, target, JSRuntime.keyToValue(key), PropertyDescriptors.fromPropertyDescriptor(desc)));
        if (!ok) {
            return false;
        }
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        boolean settingConfigFalse = desc.hasConfigurable && !desc.configurable;
        if (targetDesc == null) {
            if (!target.isExtensible()) {
                throw Errors.typeError("'defineProperty' on proxy: trap returned truish for adding property '" + JSRuntime.keyToDisplay(key)
                                + "'  to the non-extensible proxy target");
            }
            if (settingConfigFalse) {
                throw Errors.typeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + JSRuntime.keyToDisplay(key)
                                + "' which is either non-existent or configurable in the proxy target");
            }
        } else if (settingConfigFalse && targetDesc.configurable) {
            throw Errors.typeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + JSRuntime.keyToDisplay(key)
                            + "' which is either non-existent or configurable in the proxy target");
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public boolean hasProperty(Object key) {
        Object trap = trap("has");
        if (trap == null) {
            return target.hasProperty(key);
        }
        boolean result = Conversions.toBoolean(JSRuntime.call(trap, handler, target, JSRuntime.keyToValue(key)));
        if (!result) {
            PropertyDescriptor targetDesc = target.getOwnProperty(key);
            if (targetDesc != null) {
                if (!targetDesc.configurable) {
                    throw Errors.typeError("'has' on proxy: trap returned falsish for property '" + JSRuntime.keyToDisplay(key)
                                    + "' which exists in the proxy target as non-configurable");
                }
                if (!target.isExtensible()) {
                    throw Errors.typeError("'has' on proxy: trap returned falsish for property '" + JSRuntime.keyToDisplay(key)
                                    + "' but the proxy target is not extensible");
                }
            }
        }
        return result;
    }

    @Override
    public boolean hasOwnProperty(Object key) {
        return getOwnProperty(key) != null;
    }

    @Override
    @TruffleBoundary
    public Object get(Object key, Object receiver) {
        Object trap = trap("get");
        if (trap == null) {
            return target.get(key, receiver);
        }
        Object result = JSRuntime.call(trap, handler, target, JSRuntime.keyToValue(key), receiver);
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (targetDesc != null && !targetDesc.configurable) {
            if (targetDesc.isDataDescriptor() && !targetDesc.writable && !Equality.sameValue(result, targetDesc.value)) {
                throw Errors.typeError("'get' on proxy: property '" + JSRuntime.keyToDisplay(key)
                                + "' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '"
                                + JSRuntime.toDisplayString(targetDesc.value) + "' but got '" + JSRuntime.toDisplayString(result) + "')");
            }
            if (targetDesc.isAccessorDescriptor() && targetDesc.get == Undefined.INSTANCE && result != Undefined.INSTANCE) {
                throw Errors.typeError("'get' on proxy: property '" + JSRuntime.keyToDisplay(key)
                                + "' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '"
                                + JSRuntime.toDisplayString(result) + "')");
            }
        }
        return result;
    }

    @Override
    @TruffleBoundary
    public boolean set(Object key, Object value, Object receiver) {
        Object trap = trap("set");
        if (trap == null) {
            return target.set(key, value, receiver);
        }
        boolean ok = Conversions.toBoolean(JSRuntime.call(trap, handler, target, JSRuntime.keyToValue(key), value, receiver));
        if (!ok) {
            return false;
        }
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (targetDesc != null && !targetDesc.configurable) {
            if (targetDesc.isDataDescriptor() && !targetDesc.writable && !Equality.sameValue(value, targetDesc.value)) {
                throw Errors.typeError("'set' on proxy: trap returned truish for property '" + JSRuntime.keyToDisplay(key)
                                + "' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
            }
            if (targetDesc.isAccessorDescriptor() && targetDesc.set == Undefined.INSTANCE) {
                throw Errors.typeError("'set' on proxy: trap returned truish for property '" + JSRuntime.keyToDisplay(key)
                                + "' which exists in the proxy target as a non-configurable and writable accessor property without a setter");
            }
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        Object trap = trap("deleteProperty");
        if (trap == null) {
            return target.delete(key);
        }
        boolean ok = Conversions.toBoolean(JSRuntime.call(trap, handler, target, JSRuntime.keyToValue(key)));
        if (!ok) {
            return false;
        }
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (targetDesc != null && !targetDesc.configurable) {
            throw Errors.typeError("'deleteProperty' on proxy: trap returned truish for property '" + JSRuntime.keyToDisplay(key)
                            + "' which is non-configurable in the proxy target");
        }
        if (targetDesc != null && !target.isExtensible()) {
            throw Errors.typeError("'deleteProperty' on proxy: trap returned truish for property '" + JSRuntime.keyToDisplay(key)
                            + "' but the proxy target is non-extensible");
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        Object trap = trap("ownKeys");
        if (trap == null) {
            return target.ownPropertyKeys();
        }
        Object result = JSRuntime.call(trap, handler, target);
        if (!(result instanceof JSObject arrayLike)) {
            throw Errors.typeError("CreateListFromArrayLike called on non-object");
        }
        List<Object> keys = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        long n = Conversions.toLength(arrayLike.get("length"));
        for (long i = 0; i < n; i++) {
            Object k = arrayLike.get(Long.toString(i));
            if (!(k instanceof String) && !(k instanceof JSSymbol)) {
                throw Errors.typeError(JSRuntime.toDisplayString(k) + " is not a valid property name");
            }
            if (!seen.add(k)) {
                throw Errors.typeError("'ownKeys' on proxy: trap returned duplicate entries");
            }
            keys.add(k);
        }
        boolean extensible = target.isExtensible();
        for (Object k : target.ownPropertyKeys()) {
            PropertyDescriptor d = target.getOwnProperty(k);
            if (d != null && (!d.configurable || !extensible) && !seen.contains(k)) {
                throw Errors.typeError("'ownKeys' on proxy: trap result did not include '" + JSRuntime.keyToDisplay(k) + "'");
            }
        }
        if (!extensible && keys.size() != target.ownPropertyKeys().size()) {
            throw Errors.typeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
        }
        return keys;
    }

    /** [[Call]] (§10.5.12). */
    @TruffleBoundary
    public Object call(Object thisArg, Object[] args) {
        Object trap = trap("apply");
        if (trap == null) {
            return JSRuntime.call(target, thisArg, args);
        }
        return JSRuntime.call(trap, handler, target, thisArg, JSRuntime.createArray(args));
    }

    /** [[Construct]] (§10.5.13). */
    @TruffleBoundary
    public Object construct(Object[] args, Object newTarget) {
        Object trap = trap("construct");
        if (trap == null) {
            return JSRuntime.construct(target, args, newTarget);
        }
        Object result = JSRuntime.call(trap, handler, target, JSRuntime.createArray(args), newTarget);
        if (!(result instanceof JSObject)) {
            throw Errors.typeError("'construct' on proxy: trap returned non-object ('" + JSRuntime.toDisplayString(result) + "')");
        }
        return result;
    }
}
