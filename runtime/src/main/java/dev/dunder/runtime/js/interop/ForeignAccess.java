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

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.builtins.Builtins;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSObject;
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
                if (lib.hasHashEntries(obj) && lib.isHashEntryReadable(obj, name)) {
                    return JSInterop.toJS(lib.readHashValue(obj, name));
                }
                if (lib.isString(obj) && "length".equals(name)) {
                    return (double) lib.asString(obj).length();
                }
            }
            if (key == JSSymbol.ITERATOR && (lib.hasArrayElements(obj) || lib.hasIterator(obj))) {
                return iteratorMethod();
            }
            if (lib.hasArrayElements(obj)) {
                // a foreign array has Array.prototype's methods, called with the foreign array as this
                return JSRealm.get().arrayPrototype.get(key, obj);
            }
            return Undefined.INSTANCE;
        } catch (UnknownIdentifierException e) {
            return Undefined.INSTANCE;
        } catch (InteropException e) {
            throw Errors.typeError("Cannot read property '" + key + "' of a foreign object: " + e.getMessage());
        }
    }

    /**
     * {@code foreign[Symbol.iterator]} of a foreign array or iterable: a function giving an
     * iterator over its elements, so spread, destructuring and Array.from see them as for-of does.
     */
    private static Object iteratorMethod() {
        JSRealm realm = JSRealm.get();
        if (realm.foreignIteratorMethod == null) {
            realm.foreignIteratorMethod = Builtins.function(realm, "[Symbol.iterator]", 0, (thisValue, args) -> {
                List<Object> elements = elements(thisValue);
                if (elements == null) {
                    throw Errors.typeError(display(thisValue) + " is not iterable");
                }
                return JSRuntime.getIterator(JSRuntime.createArray(elements)).iterator();
            });
        }
        return realm.foreignIteratorMethod;
    }

    /** ToObject of a foreign value: its members (or elements) as an exotic object's own properties. */
    @TruffleBoundary
    public static JSForeignObject toObject(JSRealm realm, Object v) {
        JSObject proto = lib(v).hasArrayElements(v) ? realm.arrayPrototype : realm.objectPrototype;
        return new JSForeignObject(JSObject.shapeFor(JSForeignObject.class, proto), v);
    }

    /** {@code key in foreign}: the member (or array index, or hash key) exists. */
    @TruffleBoundary
    public static boolean has(Object obj, Object key) {
        InteropLibrary lib = lib(obj);
        if (!(key instanceof String name)) {
            return key == JSSymbol.ITERATOR && (lib.hasArrayElements(obj) || lib.hasIterator(obj));
        }
        long index = ArrayIndex.of(name);
        if (index >= 0 && lib.hasArrayElements(obj)) {
            return lib.isArrayElementExisting(obj, index);
        }
        return lib.isMemberExisting(obj, name) || lib.hasHashEntries(obj) && lib.isHashEntryExisting(obj, name);
    }

    /** ToPrimitive of a foreign value: a boxed string, number or boolean it stands for, else its display string. */
    @TruffleBoundary
    public static Object toPrimitive(Object v) {
        Object js = JSInterop.toJS(v);
        return JSInterop.isForeign(js) ? display(v) : js;
    }

    /** {@code foreign[key] = value}. */
    @TruffleBoundary
    public static void set(Object obj, Object key, Object value) {
        InteropLibrary lib = lib(obj);
        try {
            if (key instanceof String name) {
                long index = ArrayIndex.of(name);
                if (index >= 0 && lib.hasArrayElements(obj)) {
                    lib.writeArrayElement(obj, index, JSInterop.toInterop(value));
                    return;
                }
                if (lib.hasHashEntries(obj) && !lib.isMemberExisting(obj, name)) {
                    lib.writeHashEntry(obj, name, JSInterop.toInterop(value));
                    return;
                }
                lib.writeMember(obj, name, JSInterop.toInterop(value));
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
            return JSInterop.toJS(lib.execute(fn, JSInterop.toInterop(args)));
        } catch (ArityException e) {
            throw Errors.typeError(calleeText + " expects " + e.getExpectedMinArity() + " argument(s), got " + e.getActualArity());
        } catch (UnsupportedTypeException | UnsupportedMessageException e) {
            throw Errors.typeError(calleeText + " cannot be called with these arguments: " + e.getMessage());
        }
    }

    /**
     * Is {@code foreign.name(...)} the foreign object's own method call? Then JS passes it
     * on as invokeMember, so the object's language binds the receiver its own way (a Lua
     * method gets the table as self, a Python method is bound); reading the member and
     * calling it would lose the receiver for Lua.
     */
    @TruffleBoundary
    public static boolean hasMethod(Object obj, String name) {
        return lib(obj).isMemberInvocable(obj, name);
    }

    /** {@code foreign.name(...args)} as invokeMember (see {@link #hasMethod}). */
    @TruffleBoundary
    public static Object invoke(Object obj, String name, Object[] args, String calleeText) {
        try {
            return JSInterop.toJS(lib(obj).invokeMember(obj, name, JSInterop.toInterop(args)));
        } catch (UnknownIdentifierException e) {
            throw Errors.typeError(calleeText + " is not a function");
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
            return JSInterop.toJS(lib.instantiate(fn, JSInterop.toInterop(args)));
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
