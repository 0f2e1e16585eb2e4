package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PrivateName;

/**
 * Private elements (§7.3.27-31): {@code obj.#x} reads, writes and {@code #x in obj}.
 * Private names are keys of the object's own storage that no reflection lists; an
 * object without the name was not made by the class, which is a TypeError.
 */
public final class PrivateAccess {
    private PrivateAccess() {
    }

    @TruffleBoundary
    public static Object get(Object target, PrivateName name) {
        if (!(target instanceof JSObject o) || !o.getShape().hasProperty(name)) {
            if (name.isMethod()) {
                throw brandError(name);
            }
            throw Errors.typeError("Cannot read private member " + name + " from an object whose class did not declare it");
        }
        Object v = DynamicObjectLibrary.getUncached().getOrDefault(o, name, null);
        if (name.isAccessor()) {
            Accessor a = (Accessor) v;
            if (!a.hasGetter()) {
                throw Errors.typeError("'" + name + "' was defined without a getter");
            }
            return JSRuntime.call(a.getGetter(), target);
        }
        return v;
    }

    @TruffleBoundary
    public static void set(Object target, PrivateName name, Object value) {
        if (!(target instanceof JSObject o) || !o.getShape().hasProperty(name)) {
            if (name.isMethod()) {
                throw brandError(name);
            }
            throw Errors.typeError("Cannot write private member " + name + " to an object whose class did not declare it");
        }
        if (name.isAccessor()) {
            Accessor a = (Accessor) DynamicObjectLibrary.getUncached().getOrDefault(o, name, null);
            if (!a.hasSetter()) {
                throw Errors.typeError("'" + name + "' was defined without a setter");
            }
            JSRuntime.call(a.getSetter(), target, value);
            return;
        }
        if (name.isMethod()) {
            throw Errors.typeError("Private method '" + name + "' is not writable");
        }
        DynamicObjectLibrary.getUncached().put(o, name, value);
    }

    /** Private methods and accessors are checked by the class's brand (§7.3.31 PrivateBrandCheck). */
    private static RuntimeException brandError(PrivateName name) {
        String cls = name.getClassName();
        return Errors.typeError("Receiver must be an instance of class " + (cls == null || cls.isEmpty() ? "anonymous" : cls));
    }

    @TruffleBoundary
    public static boolean has(Object target, PrivateName name) {
        if (!(target instanceof JSObject o)) {
            throw Errors.typeError("Cannot use 'in' operator to search for '" + name + "' in " + JSRuntime.toDisplayString(target));
        }
        return o.getShape().hasProperty(name);
    }

    /** PrivateFieldAdd / PrivateMethodOrAccessorAdd: a second initialization on one object is an error. */
    @TruffleBoundary
    public static void add(JSObject target, PrivateName name, Object value) {
        if (target.getShape().hasProperty(name)) {
            if (name.isMethod()) {
                throw Errors.typeError("Cannot initialize private methods of class " + name + " twice on the same object");
            }
            throw Errors.typeError("Cannot initialize " + name + " twice on the same object");
        }
        DynamicObjectLibrary.getUncached().put(target, name, value);
    }
}
