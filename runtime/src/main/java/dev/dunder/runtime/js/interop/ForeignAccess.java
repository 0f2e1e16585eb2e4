package dev.dunder.runtime.js.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * JavaScript code using a foreign object (a Python object, a Lua table, a Java host
 * object): each JS operation becomes the interop message that means the same, so the
 * object keeps its own language's rules — {@code x.name} is readMember (a Python
 * property's getter runs), {@code x.name = v} writeMember, {@code x(a)} execute,
 * {@code new X(a)} instantiate, {@code x[i]}/{@code x.length} the array messages,
 * {@code String(x)} toDisplayString. A missing member reads as undefined, as in JS.
 */
public final class ForeignAccess {
    private ForeignAccess() {
    }

    private static InteropLibrary lib(Object o) {
        return InteropLibrary.getUncached(o);
    }

    /** {@code foreign[key]}. */
    @TruffleBoundary
    public static Object get(Object obj, Object key) {
        InteropLibrary lib = lib(obj);
        try {
            if (key instanceof String name) {
                if (lib.hasArrayElements(obj)) {
                    if ("length".equals(name)) {
                        return (double) lib.getArraySize(obj);
                    }
                    long index = ArrayIndex.of(name);
                    if (index >= 0) {
                        return lib.isArrayElementReadable(obj, index) ? JSInterop.toJS(lib.readArrayElement(obj, index)) : Undefined.INSTANCE;
                    }
                }
                if (lib.isMemberReadable(obj, name)) {
                    return JSInterop.toJS(lib.readMember(obj, name));
                }
                if (lib.isString(obj) && "length".equals(name)) {
                    return (double) lib.asString(obj).length();
                }
            }
            return Undefined.INSTANCE;
        } catch (UnknownIdentifierException e) {
            return Undefined.INSTANCE;
        } catch (InteropException e) {
            throw Errors.typeError("Cannot read property '" + key + "' of a foreign object: " + e.getMessage());
        }
    }

    /** {@code foreign[key] = value}. */
    @TruffleBoundary
    public static void set(Object obj, Object key, Object value) {
        InteropLibrary lib = lib(obj);
        try {
            if (key instanceof String name) {
                long index = ArrayIndex.of(name);
                if (index >= 0 && lib.hasArrayElements(obj)) {
                    lib.writeArrayElement(obj, index, value);
                    return;
                }
                lib.writeMember(obj, name, value);
                return;
            }
            throw Errors.typeError("Cannot assign a symbol-keyed property of a foreign object");
        } catch (InteropException e) {
            throw Errors.typeError("Cannot assign to property '" + key + "' of " + display(obj));
        }
    }

    /** {@code foreign(...args)}: execute. */
    @TruffleBoundary
    public static Object call(Object fn, Object[] args, String calleeText) {
        InteropLibrary lib = lib(fn);
        if (!lib.isExecutable(fn)) {
            throw Errors.typeError(calleeText + " is not a function");
        }
        try {
            return JSInterop.toJS(lib.execute(fn, args));
        } catch (ArityException e) {
            throw Errors.typeError(calleeText + " expects " + e.getExpectedMinArity() + " argument(s), got " + e.getActualArity());
        } catch (UnsupportedTypeException | UnsupportedMessageException e) {
            throw Errors.typeError(calleeText + " cannot be called with these arguments: " + e.getMessage());
        }
    }

    /** {@code new Foreign(...args)}: instantiate. */
    @TruffleBoundary
    public static Object construct(Object fn, Object[] args, String calleeText) {
        InteropLibrary lib = lib(fn);
        if (!lib.isInstantiable(fn)) {
            throw Errors.typeError(calleeText + " is not a constructor");
        }
        try {
            return JSInterop.toJS(lib.instantiate(fn, args));
        } catch (InteropException e) {
            throw Errors.typeError(calleeText + " cannot be constructed with these arguments: " + e.getMessage());
        }
    }

    public static boolean isCallable(Object v) {
        return JSInterop.isForeign(v) && lib(v).isExecutable(v);
    }

    public static boolean isConstructor(Object v) {
        return JSInterop.isForeign(v) && lib(v).isInstantiable(v);
    }

    /** typeof: "function" for what can be called or instantiated, "object" otherwise. */
    @TruffleBoundary
    public static String typeof(Object v) {
        InteropLibrary lib = lib(v);
        return lib.isExecutable(v) || lib.isInstantiable(v) ? "function" : "object";
    }

    /** The foreign object's own language's text for it (toDisplayString). */
    @TruffleBoundary
    public static String display(Object v) {
        try {
            Object text = lib(v).toDisplayString(v, true);
            return InteropLibrary.getUncached().asString(text);
        } catch (UnsupportedMessageException e) {
            return "[foreign object]";
        }
    }

    /** The elements for-of visits: an array's elements by index, or what its iterator yields. Null if neither. */
    @TruffleBoundary
    public static List<Object> elements(Object v) {
        InteropLibrary lib = lib(v);
        List<Object> out = new ArrayList<>();
        try {
            if (lib.hasArrayElements(v)) {
                long n = lib.getArraySize(v);
                for (long i = 0; i < n; i++) {
                    out.add(JSInterop.toJS(lib.readArrayElement(v, i)));
                }
                return out;
            }
            if (lib.hasIterator(v)) {
                Object it = lib.getIterator(v);
                InteropLibrary itLib = lib(it);
                while (itLib.hasIteratorNextElement(it)) {
                    try {
                        out.add(JSInterop.toJS(itLib.getIteratorNextElement(it)));
                    } catch (StopIterationException e) {
                        break;
                    }
                }
                return out;
            }
        } catch (InteropException e) {
            throw Errors.typeError("Cannot iterate over " + display(v) + ": " + e.getMessage());
        }
        return null;
    }
}
