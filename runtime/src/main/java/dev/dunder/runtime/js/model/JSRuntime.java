package dev.dunder.runtime.js.model;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.interop.ForeignAccess;
import dev.dunder.runtime.js.interop.JSInterop;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.NumberToString;

/**
 * The abstract operations of ECMA-262 that work on any value (§7.3, §7.4): property
 * access on primitives through their prototypes, Call and Construct, GetMethod,
 * instanceof, the iterator protocol. This is the reference path; nodes cache it.
 */
public final class JSRuntime {
    private JSRuntime() {
    }

    // ---- types -----------------------------------------------------------------------------

    public static boolean isNullish(Object v) {
        return v == Undefined.INSTANCE || v == Null.INSTANCE;
    }

    public static boolean isCallable(Object v) {
        return v instanceof JSObject o && o.isCallable();
    }

    public static boolean isConstructor(Object v) {
        return v instanceof JSObject o && o.isConstructor();
    }

    /** The typeof operator (§13.5.3). */
    public static String typeof(Object v) {
        if (v instanceof String) {
            return "string";
        } else if (v instanceof Double || v instanceof Integer) {
            return "number";
        } else if (v instanceof Boolean) {
            return "boolean";
        } else if (v == Undefined.INSTANCE) {
            return "undefined";
        } else if (v == Null.INSTANCE) {
            return "object";
        } else if (v instanceof JSSymbol) {
            return "symbol";
        } else if (v instanceof JSObject o) {
            return o.isCallable() ? "function" : "object";
        } else if (JSInterop.isForeign(v)) {
            return ForeignAccess.typeof(v);
        }
        return "object";
    }

    // ---- objects for primitives ----------------------------------------------------------------

    /** ToObject (§7.1.18). */
    @TruffleBoundary
    public static JSObject toObject(Object v) {
        if (v instanceof JSObject o) {
            return o;
        }
        if (isNullish(v)) {
            throw Errors.typeError("Cannot convert undefined or null to object");
        }
        JSRealm realm = JSRealm.get();
        if (JSInterop.isForeign(v)) {
            return ForeignAccess.toObject(realm, v);
        }
        return new JSPrimitiveObject(JSObject.shapeFor(JSPrimitiveObject.class, prototypeOfPrimitive(realm, v)), v);
    }

    /** The prototype whose methods a primitive gets ("abc".toUpperCase). */
    public static JSObject prototypeOfPrimitive(JSRealm realm, Object v) {
        if (v instanceof String) {
            return realm.stringPrototype;
        } else if (v instanceof Double || v instanceof Integer) {
            return realm.numberPrototype;
        } else if (v instanceof Boolean) {
            return realm.booleanPrototype;
        } else if (v instanceof JSSymbol) {
            return realm.symbolPrototype;
        }
        return realm.objectPrototype;
    }

    // ---- property access -------------------------------------------------------------------------

    /** GetV (§7.3.3): {@code v[key]} for any value; TypeError for undefined and null. */
    @TruffleBoundary
    public static Object getV(Object v, Object key) {
        if (v instanceof JSObject o) {
            return o.get(key, o);
        }
        if (v instanceof String s) {
            if ("length".equals(key)) {
                return (double) s.length();
            }
            long index = ArrayIndex.of(key);
            if (index >= 0) {
                return index < s.length() ? String.valueOf(s.charAt((int) index)) : Undefined.INSTANCE;
            }
        }
        if (isNullish(v)) {
            throw Errors.cannotRead(v, key);
        }
        if (JSInterop.isForeign(v)) {
            return ForeignAccess.get(v, key);
        }
        return prototypeOfPrimitive(JSRealm.get(), v).get(key, v);
    }

    /** {@code target[key] = value}; a refused [[Set]] throws in strict code. */
    @TruffleBoundary
    public static void setV(Object target, Object key, Object value, boolean strict) {
        if (target instanceof JSObject o) {
            if (!o.set(key, value, o) && strict) {
                throw Errors.cannotAssign(o, key);
            }
            return;
        }
        if (isNullish(target)) {
            throw Errors.cannotSet(target, key);
        }
        if (JSInterop.isForeign(target)) {
            ForeignAccess.set(target, key, value);
            return;
        }
        boolean ok = prototypeOfPrimitive(JSRealm.get(), target).set(key, value, target);
        if (!ok && strict) {
            throw Errors.cannotAssign(target, key);
        }
    }

    /** The descriptor {@code key} has on {@code o} or its prototype chain, or null. */
    @TruffleBoundary
    public static PropertyDescriptor findProperty(JSObject o, Object key) {
        JSObject holder = findHolder(o, key);
        return holder == null ? null : holder.getOwnProperty(key);
    }

    /** The object on {@code o}'s prototype chain (o included) that has {@code key} as an own property, or null. */
    @TruffleBoundary
    public static JSObject findHolder(JSObject o, Object key) {
        for (JSObject p = o; p != null; p = p.getPrototypeOf()) {
            if (p.getOwnProperty(key) != null) {
                return p;
            }
        }
        return null;
    }

    /** GetMethod (§7.3.11): null when undefined or null, TypeError when not callable. */
    @TruffleBoundary
    public static Object getMethod(Object v, Object key) {
        Object f = getV(v, key);
        if (isNullish(f)) {
            return null;
        }
        if (!isCallable(f)) {
            throw Errors.typeError(typeAndValue(f) + " is not a function");
        }
        return f;
    }

    /** How V8 names a value by its type in runtime messages: "number 5", "object null", "object", "undefined". */
    @TruffleBoundary
    public static String typeAndValue(Object v) {
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (v == Null.INSTANCE) {
            return "object null";
        }
        if (v instanceof String s) {
            return "string \"" + s + "\"";
        }
        if (v instanceof JSObject) {
            return typeof(v);
        }
        return typeof(v) + " " + toDisplayString(v);
    }

    /** HasProperty for the {@code in} operator. */
    @TruffleBoundary
    public static boolean hasProperty(Object obj, Object key) {
        if (JSInterop.isForeign(obj)) {
            return ForeignAccess.has(obj, Conversions.toPropertyKey(key));
        }
        if (!(obj instanceof JSObject o)) {
            throw Errors.typeError("Cannot use 'in' operator to search for '" + (key instanceof JSSymbol ? key.toString() : Conversions.toString(key))
                            + "' in " + toDisplayString(obj));
        }
        return o.hasProperty(Conversions.toPropertyKey(key));
    }

    public static long lengthOfArrayLike(JSObject o) {
        if (o instanceof JSArray a) {
            return a.getLength();
        }
        return Conversions.toLength(o.get("length", o));
    }

    // ---- calls --------------------------------------------------------------------------------

    /** Call (§7.3.14). */
    @TruffleBoundary
    public static Object call(Object fn, Object thisArg, Object... args) {
        if (fn instanceof JSFunction f) {
            return f.getCallTarget().call(f.packArguments(thisArg, Undefined.INSTANCE, args));
        }
        if (fn instanceof JSProxy p && p.isCallable()) {
            return p.call(thisArg, args);
        }
        if (ForeignAccess.isCallable(fn)) {
            return ForeignAccess.call(fn, args, toDisplayString(fn));
        }
        throw Errors.typeError(toDisplayString(fn) + " is not a function");
    }

    /** Construct (§7.3.15) with {@code new.target} the constructor itself. */
    public static Object construct(Object fn, Object... args) {
        return construct(fn, args, fn);
    }

    @TruffleBoundary
    public static Object construct(Object fn, Object[] args, Object newTarget) {
        if (fn instanceof JSFunction f && f.isConstructor()) {
            return f.getCallTarget().call(f.packArguments(Undefined.INSTANCE, newTarget, args));
        }
        if (fn instanceof JSProxy p && p.isConstructor()) {
            return p.construct(args, newTarget);
        }
        if (ForeignAccess.isConstructor(fn)) {
            return ForeignAccess.construct(fn, args, toDisplayString(fn));
        }
        throw Errors.typeError(toDisplayString(fn) + " is not a constructor");
    }

    /** {@code O instanceof C} (§13.10.2): Symbol.hasInstance, else the prototype chain walk. */
    @TruffleBoundary
    public static boolean instanceOf(Object o, Object c) {
        if (!(c instanceof JSObject cObj)) {
            throw Errors.typeError("Right-hand side of 'instanceof' is not an object");
        }
        Object handler = getMethod(c, JSSymbol.HAS_INSTANCE);
        if (handler != null) {
            return Conversions.toBoolean(call(handler, c, o));
        }
        if (!cObj.isCallable()) {
            throw Errors.typeError("Right-hand side of 'instanceof' is not callable");
        }
        return ordinaryHasInstance(c, o);
    }

    /** OrdinaryHasInstance (§7.3.21): is C.prototype on O's prototype chain? */
    @TruffleBoundary
    public static boolean ordinaryHasInstance(Object c, Object o) {
        if (!isCallable(c)) {
            return false;
        }
        if (c instanceof JSFunction f && f.getData().getKind() == dev.dunder.runtime.js.objects.FunctionData.Kind.BOUND) {
            return instanceOf(o, f.getCaptures()[0]);
        }
        if (!(o instanceof JSObject obj)) {
            return false;
        }
        Object proto = ((JSObject) c).get("prototype", c);
        if (!(proto instanceof JSObject p)) {
            throw Errors.typeError("Function has non-object prototype '" + toDisplayString(proto) + "' in instanceof check");
        }
        for (JSObject x = obj.getPrototypeOf(); x != null; x = x.getPrototypeOf()) {
            if (x == p) {
                return true;
            }
        }
        return false;
    }

    // ---- arrays and iteration -------------------------------------------------------------------

    public static JSArray createArray(Object[] elements) {
        return JSRealm.get().newArray(elements);
    }

    @TruffleBoundary
    public static JSArray createArray(List<Object> elements) {
        return JSRealm.get().newArray(elements.toArray());
    }

    /** An iterator and its {@code next} method (§7.4.1 Iterator Record). */
    public record IteratorRecord(Object iterator, Object next) {
    }

    /**
     * for-of over a foreign array or iterable: its elements (read through interop when the
     * loop starts) through an array iterator.
     */
    private static IteratorRecord foreignIterator(Object v, String description) {
        List<Object> elements = ForeignAccess.elements(v);
        if (elements == null) {
            throw Errors.typeError(description + " is not iterable");
        }
        return getIterator(createArray(elements), description);
    }

    /** GetIterator (§7.4.2) with V8's message for non-iterables built from {@code description}. */
    @TruffleBoundary
    public static IteratorRecord getIterator(Object v, String description) {
        if (JSInterop.isForeign(v)) {
            return foreignIterator(v, description);
        }
        Object method = isNullish(v) ? null : getV(v, JSSymbol.ITERATOR);
        if (!isCallable(method)) {
            throw Errors.typeError(description + " is not iterable");
        }
        Object it = call(method, v);
        if (!(it instanceof JSObject)) {
            throw Errors.typeError("Result of the Symbol.iterator method is not an object");
        }
        return new IteratorRecord(it, getV(it, "next"));
    }

    /** GetIterator for builtins: "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))". */
    @TruffleBoundary
    public static IteratorRecord getIterator(Object v) {
        if (JSInterop.isForeign(v)) {
            return foreignIterator(v, typeAndValue(v));
        }
        Object method = isNullish(v) ? null : getV(v, JSSymbol.ITERATOR);
        if (!isCallable(method)) {
            throw Errors.typeError(typeAndValue(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
        }
        Object it = call(method, v);
        if (!(it instanceof JSObject)) {
            throw Errors.typeError("Result of the Symbol.iterator method is not an object");
        }
        return new IteratorRecord(it, getV(it, "next"));
    }

    /** IteratorStep + IteratorValue: the next value, or null when done. */
    @TruffleBoundary
    public static Object iteratorStep(IteratorRecord r) {
        Object result = call(r.next(), r.iterator());
        if (!(result instanceof JSObject res)) {
            throw Errors.typeError("Iterator result " + toDisplayString(result) + " is not an object");
        }
        if (Conversions.toBoolean(res.get("done", res))) {
            return null;
        }
        return res.get("value", res);
    }

    /** IteratorClose (§7.4.8) on normal completion: calls {@code return} if present. */
    @TruffleBoundary
    public static void iteratorClose(IteratorRecord r) {
        Object ret = getMethod(r.iterator(), "return");
        if (ret != null) {
            Object result = call(ret, r.iterator());
            if (!(result instanceof JSObject)) {
                throw Errors.typeError("Iterator result " + toDisplayString(result) + " is not an object");
            }
        }
    }

    /** IteratorClose when an exception is already on its way: errors from {@code return} are swallowed. */
    @TruffleBoundary
    public static void iteratorCloseQuietly(IteratorRecord r) {
        try {
            Object ret = getMethod(r.iterator(), "return");
            if (ret != null) {
                call(ret, r.iterator());
            }
        } catch (dev.dunder.runtime.js.JSException ignored) {
            // the original exception wins (§7.4.8 step 5)
        }
    }

    /** IterableToList, for spread and builtins taking iterables. */
    @TruffleBoundary
    public static List<Object> iterableToList(Object iterable) {
        if (iterable instanceof JSArray a && isPlainArrayIteration(a)) {
            List<Object> out = new ArrayList<>((int) a.getLength());
            for (long i = 0; i < a.getLength(); i++) {
                out.add(a.getElement(i, a));
            }
            return out;
        }
        IteratorRecord r = getIterator(iterable);
        List<Object> out = new ArrayList<>();
        Object v;
        while ((v = iteratorStep(r)) != null) {
            out.add(v);
        }
        return out;
    }

    /** Arrays whose iteration nobody changed can be read directly. */
    public static boolean isPlainArrayIteration(JSArray a) {
        JSRealm realm = JSRealm.get();
        return a.getPrototype() == realm.arrayPrototype && !a.getShape().hasProperty(JSSymbol.ITERATOR)
                        && realm.arrayPrototype.get(JSSymbol.ITERATOR) == realm.arrayValuesFunction
                        && realm.arrayIteratorPrototype.get("next") == realm.arrayIteratorNextFunction;
    }

    /** {value, done} objects of the iterator protocol. */
    @TruffleBoundary
    public static JSObject iterResult(Object value, boolean done) {
        JSObject o = JSRealm.get().newObject();
        o.createDataProperty("value", value);
        o.createDataProperty("done", done);
        return o;
    }

    // ---- display ---------------------------------------------------------------------------------

    /** A property key as a value (String or Symbol). */
    public static Object keyToValue(Object key) {
        return key;
    }

    /** A property key as V8 prints it in messages: the string, or Symbol(desc). */
    @TruffleBoundary
    public static String keyToDisplay(Object key) {
        if (key instanceof Double d) {
            return NumberToString.toString(d);
        }
        return String.valueOf(key);
    }

    /** A value as V8 renders it inside error messages. */
    @TruffleBoundary
    public static String toDisplayString(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (JSInterop.isForeign(v)) {
            return ForeignAccess.display(v);
        }
        if (v instanceof Double d) {
            return NumberToString.toString(d);
        }
        if (v instanceof JSObject o) {
            return describeForMessage(o);
        }
        return String.valueOf(v);
    }

    /** "#<Foo>" for objects, "[object Array]" for arrays, the source text for functions. */
    @TruffleBoundary
    public static String describeForMessage(JSObject o) {
        if (o instanceof JSArray) {
            return "[object Array]";
        }
        if (o instanceof JSFunction f) {
            String text = f.getData().getSourceText();
            return text != null ? text : "function " + f.getData().getName() + "() { [native code] }";
        }
        String name = constructorName(o);
        return "#<" + (name == null ? "Object" : name) + ">";
    }

    /** The name of the constructor an object's prototype chain points to, or null. */
    @TruffleBoundary
    public static String constructorName(JSObject o) {
        for (JSObject p = o; p != null; p = p.getPrototype()) {
            PropertyDescriptor d = p instanceof JSProxy ? null : p.getOwnProperty("constructor");
            if (d != null && d.isDataDescriptor() && d.value instanceof JSFunction f) {
                Object n = f.getOwnProperty("name") == null ? null : f.getOwnProperty("name").value;
                if (n instanceof String s && !s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }

    /** How V8's messages name an object's class ("Vector", "Object"). */
    @TruffleBoundary
    public static String constructorNameOr(JSObject o) {
        String n = o instanceof JSProxy ? null : constructorName(o);
        return n == null ? "Object" : n;
    }

    /** What an embedder's Value.toString() shows: Node's util.inspect. */
    @TruffleBoundary
    public static String display(Object v) {
        return Inspect.inspect(v);
    }
}
