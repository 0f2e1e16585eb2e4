package dev.dunder.runtime.js.builtins;

import static dev.dunder.runtime.js.builtins.Builtins.arg;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSIteratorObject;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Equality;

/**
 * {@code Array} and {@code Array.prototype} (§23.1). The methods are the generic
 * algorithms (they work on any array-like {@code this}) reading and writing through
 * [[Get]], [[Set]], [[HasProperty]] and [[Delete]], so holes, getters, frozen arrays
 * and subclasses behave as the specification says.
 */
public final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    /** Arrays being joined, to print cycles as "" like V8. */
    private static final Map<Object, Boolean> JOINING = new IdentityHashMap<>();

    public static void install(JSRealm realm) {
        JSObject proto = realm.arrayPrototype;
        JSFunction ctor = Builtins.constructor(realm, "Array", 1, (t, a, nt) -> {
            JSObject p = realm.arrayPrototype;
            if (nt instanceof JSObject target && nt != realm.arrayConstructor) {
                Object pp = target.get("prototype");
                if (pp instanceof JSObject po) {
                    p = po;
                }
            }
            JSArray arr = new JSArray(JSObject.shapeFor(JSArray.class, p), new Object[0], 0);
            if (a.length == 1 && Conversions.isNumber(a[0])) {
                double n = Conversions.numberValue(a[0]);
                if (n < 0 || n != Math.floor(n) || n > 4294967295.0) {
                    throw Errors.rangeError("Invalid array length");
                }
                arr.setLength((long) n);
            } else {
                for (Object v : a) {
                    arr.push(v);
                }
            }
            return arr;
        });
        realm.arrayConstructor = ctor;
        Builtins.link(ctor, proto);
        realm.globalObject.defineDirect("Array", ctor, PropertyFlags.METHOD);

        Builtins.method(realm, ctor, "isArray", 1, (t, a) -> isArray(arg(a, 0)));
        Builtins.method(realm, ctor, "of", 0, (t, a) -> realm.newArray(a.clone()));
        Builtins.method(realm, ctor, "from", 1, (t, a) -> from(realm, t, a));

        Builtins.method(realm, proto, "at", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.at");
            long len = JSRuntime.lengthOfArrayLike(o);
            double rel = Conversions.toIntegerOrInfinity(arg(a, 0));
            double k = rel >= 0 ? rel : len + rel;
            if (k < 0 || k >= len) {
                return Undefined.INSTANCE;
            }
            return get(o, (long) k);
        });
        Builtins.method(realm, proto, "concat", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.concat");
            JSArray out = speciesCreate(realm, o, 0);
            long n = 0;
            List<Object> items = new ArrayList<>();
            items.add(o);
            for (Object x : a) {
                items.add(x);
            }
            for (Object item : items) {
                if (isConcatSpreadable(item)) {
                    JSObject e = (JSObject) item;
                    long len = JSRuntime.lengthOfArrayLike(e);
                    for (long k = 0; k < len; k++, n++) {
                        if (has(e, k)) {
                            out.putElement(n, get(e, k));
                        }
                    }
                } else {
                    out.putElement(n++, item);
                }
            }
            out.setLength(n);
            return out;
        });
        Builtins.method(realm, proto, "copyWithin", 2, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.copyWithin");
            long len = JSRuntime.lengthOfArrayLike(o);
            long to = Conversions.relativeIndex(arg(a, 0), len, 0);
            long from = Conversions.relativeIndex(arg(a, 1), len, 0);
            long fin = Conversions.relativeIndex(arg(a, 2), len, len);
            long count = Math.min(fin - from, len - to);
            List<Object> values = new ArrayList<>();
            List<Boolean> present = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                present.add(has(o, from + i));
                values.add(present.get((int) i) ? get(o, from + i) : null);
            }
            for (long i = 0; i < count; i++) {
                if (present.get((int) i)) {
                    set(o, to + i, values.get((int) i));
                } else {
                    delete(o, to + i);
                }
            }
            return o;
        });
        Builtins.method(realm, proto, "entries", 0, (t, a) -> IteratorBuiltins.create(realm, realm.arrayIteratorPrototype,
                        Builtins.thisObject(t, "Array.prototype.entries"), JSIteratorObject.Kind.ENTRIES, "Array Iterator"));
        Builtins.method(realm, proto, "keys", 0, (t, a) -> IteratorBuiltins.create(realm, realm.arrayIteratorPrototype,
                        Builtins.thisObject(t, "Array.prototype.keys"), JSIteratorObject.Kind.KEYS, "Array Iterator"));
        JSFunction values = Builtins.method(realm, proto, "values", 0, (t, a) -> IteratorBuiltins.create(realm, realm.arrayIteratorPrototype,
                        Builtins.thisObject(t, "Array.prototype.values"), JSIteratorObject.Kind.VALUES, "Array Iterator"));
        proto.defineDirect(JSSymbol.ITERATOR, values, PropertyFlags.METHOD);
        realm.arrayValuesFunction = values;

        Builtins.method(realm, proto, "every", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.every");
            long len = JSRuntime.lengthOfArrayLike(o);
            Object f = callback(a, 0);
            for (long k = 0; k < len; k++) {
                if (has(o, k) && !Conversions.toBoolean(JSRuntime.call(f, arg(a, 1), get(o, k), (double) k, o))) {
                    return false;
                }
            }
            return true;
        });
        Builtins.method(realm, proto, "some", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.some");
            long len = JSRuntime.lengthOfArrayLike(o);
            Object f = callback(a, 0);
            for (long k = 0; k < len; k++) {
                if (has(o, k) && Conversions.toBoolean(JSRuntime.call(f, arg(a, 1), get(o, k), (double) k, o))) {
                    return true;
                }
            }
            return false;
        });
        Builtins.method(realm, proto, "fill", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.fill");
            long len = JSRuntime.lengthOfArrayLike(o);
            long k = Conversions.relativeIndex(arg(a, 1), len, 0);
            long fin = Conversions.relativeIndex(arg(a, 2), len, len);
            for (; k < fin; k++) {
                set(o, k, arg(a, 0));
            }
            return o;
        });
        Builtins.method(realm, proto, "filter", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.filter");
            long len = JSRuntime.lengthOfArrayLike(o);
            Object f = callback(a, 0);
            JSArray out = speciesCreate(realm, o, 0);
            long to = 0;
            for (long k = 0; k < len; k++) {
                if (has(o, k)) {
                    Object v = get(o, k);
                    if (Conversions.toBoolean(JSRuntime.call(f, arg(a, 1), v, (double) k, o))) {
                        out.putElement(to++, v);
                    }
                }
            }
            return out;
        });
        Builtins.method(realm, proto, "find", 1, (t, a) -> find(t, a, false, false, "find"));
        Builtins.method(realm, proto, "findIndex", 1, (t, a) -> find(t, a, true, false, "findIndex"));
        Builtins.method(realm, proto, "findLast", 1, (t, a) -> find(t, a, false, true, "findLast"));
        Builtins.method(realm, proto, "findLastIndex", 1, (t, a) -> find(t, a, true, true, "findLastIndex"));
        Builtins.method(realm, proto, "flat", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.flat");
            double depth = arg(a, 0) == Undefined.INSTANCE ? 1 : Conversions.toIntegerOrInfinity(arg(a, 0));
            JSArray out = speciesCreate(realm, o, 0);
            flatten(out, o, depth, null, null);
            return out;
        });
        Builtins.method(realm, proto, "flatMap", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.flatMap");
            Object f = callback(a, 0);
            JSArray out = speciesCreate(realm, o, 0);
            flatten(out, o, 1, f, arg(a, 1));
            return out;
        });
        Builtins.method(realm, proto, "forEach", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.forEach");
            long len = JSRuntime.lengthOfArrayLike(o);
            Object f = callback(a, 0);
            for (long k = 0; k < len; k++) {
                if (has(o, k)) {
                    JSRuntime.call(f, arg(a, 1), get(o, k), (double) k, o);
                }
            }
            return Undefined.INSTANCE;
        });
        Builtins.method(realm, proto, "includes", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.includes");
            long len = JSRuntime.lengthOfArrayLike(o);
            for (long k = Conversions.relativeIndex(arg(a, 1), len, 0); k < len; k++) {
                if (Equality.sameValueZero(get(o, k), arg(a, 0))) {
                    return true;
                }
            }
            return false;
        });
        Builtins.method(realm, proto, "indexOf", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.indexOf");
            long len = JSRuntime.lengthOfArrayLike(o);
            for (long k = Conversions.relativeIndex(arg(a, 1), len, 0); k < len; k++) {
                if (has(o, k) && Equality.strictEquals(get(o, k), arg(a, 0))) {
                    return (double) k;
                }
            }
            return -1.0;
        });
        Builtins.method(realm, proto, "lastIndexOf", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.lastIndexOf");
            long len = JSRuntime.lengthOfArrayLike(o);
            long k = len - 1;
            if (a.length > 1) {
                double n = Conversions.toIntegerOrInfinity(a[1]);
                k = n >= 0 ? (long) Math.min(n, len - 1) : (long) (len + n);
            }
            for (; k >= 0; k--) {
                if (has(o, k) && Equality.strictEquals(get(o, k), arg(a, 0))) {
                    return (double) k;
                }
            }
            return -1.0;
        });
        Builtins.method(realm, proto, "join", 1, (t, a) -> join(Builtins.thisObject(t, "Array.prototype.join"), arg(a, 0)));
        Builtins.method(realm, proto, "toString", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.toString");
            Object f = o.get("join");
            if (JSRuntime.isCallable(f)) {
                return JSRuntime.call(f, o);
            }
            return ObjectBuiltins.objectToString(o);
        });
        Builtins.method(realm, proto, "toLocaleString", 0, (t, a) -> join(Builtins.thisObject(t, "Array.prototype.toLocaleString"), ","));
        Builtins.method(realm, proto, "map", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.map");
            long len = JSRuntime.lengthOfArrayLike(o);
            Object f = callback(a, 0);
            JSArray out = speciesCreate(realm, o, len);
            for (long k = 0; k < len; k++) {
                if (has(o, k)) {
                    out.putElement(k, JSRuntime.call(f, arg(a, 1), get(o, k), (double) k, o));
                }
            }
            out.setLength(Math.max(out.getLength(), len));
            return out;
        });
        Builtins.method(realm, proto, "pop", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.pop");
            long len = JSRuntime.lengthOfArrayLike(o);
            if (len == 0) {
                setLength(o, 0);
                return Undefined.INSTANCE;
            }
            Object v = get(o, len - 1);
            delete(o, len - 1);
            setLength(o, len - 1);
            return v;
        });
        Builtins.method(realm, proto, "push", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.push");
            if (o instanceof JSArray arr && arr.isPlain() && arr.isExtensible() && arr.getLength() + a.length <= 4294967295L
                            && arr.prototypesHaveNoIndexedProperties()) {
                // (past the largest array length, the generic steps below end in "Invalid array length";
                // an index on a prototype may be a setter the generic steps must call)
                for (Object v : a) {
                    arr.push(v);
                }
                return (double) arr.getLength();
            }
            long len = JSRuntime.lengthOfArrayLike(o);
            for (Object v : a) {
                set(o, len++, v);
            }
            setLength(o, len);
            return (double) len;
        });
        Builtins.method(realm, proto, "reduce", 1, (t, a) -> reduce(t, a, false));
        Builtins.method(realm, proto, "reduceRight", 1, (t, a) -> reduce(t, a, true));
        Builtins.method(realm, proto, "reverse", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.reverse");
            long len = JSRuntime.lengthOfArrayLike(o);
            for (long lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
                boolean hasLower = has(o, lower);
                boolean hasUpper = has(o, upper);
                Object lv = hasLower ? get(o, lower) : null;
                Object uv = hasUpper ? get(o, upper) : null;
                if (hasUpper) {
                    set(o, lower, uv);
                } else {
                    delete(o, lower);
                }
                if (hasLower) {
                    set(o, upper, lv);
                } else {
                    delete(o, upper);
                }
            }
            return o;
        });
        Builtins.method(realm, proto, "shift", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.shift");
            long len = JSRuntime.lengthOfArrayLike(o);
            if (len == 0) {
                setLength(o, 0);
                return Undefined.INSTANCE;
            }
            Object first = get(o, 0);
            for (long k = 1; k < len; k++) {
                if (has(o, k)) {
                    set(o, k - 1, get(o, k));
                } else {
                    delete(o, k - 1);
                }
            }
            delete(o, len - 1);
            setLength(o, len - 1);
            return first;
        });
        Builtins.method(realm, proto, "unshift", 1, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.unshift");
            long len = JSRuntime.lengthOfArrayLike(o);
            int n = a.length;
            if (n > 0) {
                for (long k = len; k > 0; k--) {
                    if (has(o, k - 1)) {
                        set(o, k - 1 + n, get(o, k - 1));
                    } else {
                        delete(o, k - 1 + n);
                    }
                }
                for (int j = 0; j < n; j++) {
                    set(o, j, a[j]);
                }
            }
            setLength(o, len + n);
            return (double) (len + n);
        });
        Builtins.method(realm, proto, "slice", 2, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.slice");
            long len = JSRuntime.lengthOfArrayLike(o);
            long k = Conversions.relativeIndex(arg(a, 0), len, 0);
            long fin = Conversions.relativeIndex(arg(a, 1), len, len);
            JSArray out = speciesCreate(realm, o, Math.max(0, fin - k));
            long n = 0;
            for (; k < fin; k++, n++) {
                if (has(o, k)) {
                    out.putElement(n, get(o, k));
                }
            }
            out.setLength(n);
            return out;
        });
        Builtins.method(realm, proto, "sort", 1, (t, a) -> {
            Object cmp = arg(a, 0);
            if (cmp != Undefined.INSTANCE && !JSRuntime.isCallable(cmp)) {
                throw Errors.typeError("The comparison function must be either a function or undefined");
            }
            JSObject o = Builtins.thisObject(t, "Array.prototype.sort");
            long len = JSRuntime.lengthOfArrayLike(o);
            List<Object> items = new ArrayList<>();
            for (long k = 0; k < len; k++) {
                if (has(o, k)) {
                    items.add(get(o, k));
                }
            }
            List<Object> sorted = sortValues(items, cmp);
            long i = 0;
            for (; i < sorted.size(); i++) {
                set(o, i, sorted.get((int) i));
            }
            for (; i < len; i++) {
                delete(o, i);
            }
            return o;
        });
        Builtins.method(realm, proto, "splice", 2, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.splice");
            long len = JSRuntime.lengthOfArrayLike(o);
            long start = Conversions.relativeIndex(arg(a, 0), len, 0);
            long deleteCount;
            if (a.length == 0) {
                deleteCount = 0;
            } else if (a.length == 1) {
                deleteCount = len - start;
            } else {
                deleteCount = (long) Math.min(Math.max(Conversions.toIntegerOrInfinity(a[1]), 0), len - start);
            }
            int itemCount = Math.max(0, a.length - 2);
            JSArray removed = speciesCreate(realm, o, deleteCount);
            for (long k = 0; k < deleteCount; k++) {
                if (has(o, start + k)) {
                    removed.putElement(k, get(o, start + k));
                }
            }
            removed.setLength(deleteCount);
            if (itemCount < deleteCount) {
                for (long k = start; k < len - deleteCount; k++) {
                    if (has(o, k + deleteCount)) {
                        set(o, k + itemCount, get(o, k + deleteCount));
                    } else {
                        delete(o, k + itemCount);
                    }
                }
                for (long k = len; k > len - deleteCount + itemCount; k--) {
                    delete(o, k - 1);
                }
            } else if (itemCount > deleteCount) {
                for (long k = len - deleteCount; k > start; k--) {
                    if (has(o, k + deleteCount - 1)) {
                        set(o, k + itemCount - 1, get(o, k + deleteCount - 1));
                    } else {
                        delete(o, k + itemCount - 1);
                    }
                }
            }
            for (int j = 0; j < itemCount; j++) {
                set(o, start + j, a[j + 2]);
            }
            setLength(o, len - deleteCount + itemCount);
            return removed;
        });
        Builtins.method(realm, proto, "toReversed", 0, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.toReversed");
            long len = JSRuntime.lengthOfArrayLike(o);
            Object[] out = new Object[(int) len];
            for (long k = 0; k < len; k++) {
                out[(int) k] = get(o, len - 1 - k);
            }
            return realm.newArray(out);
        });
        Builtins.method(realm, proto, "toSorted", 1, (t, a) -> {
            Object cmp = arg(a, 0);
            if (cmp != Undefined.INSTANCE && !JSRuntime.isCallable(cmp)) {
                throw Errors.typeError("The comparison function must be either a function or undefined");
            }
            JSObject o = Builtins.thisObject(t, "Array.prototype.toSorted");
            long len = JSRuntime.lengthOfArrayLike(o);
            List<Object> items = new ArrayList<>();
            for (long k = 0; k < len; k++) {
                items.add(get(o, k));
            }
            return JSRuntime.createArray(sortValues(items, cmp));
        });
        Builtins.method(realm, proto, "toSpliced", 2, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.toSpliced");
            long len = JSRuntime.lengthOfArrayLike(o);
            long start = Conversions.relativeIndex(arg(a, 0), len, 0);
            long skip = a.length == 0 ? 0 : a.length == 1 ? len - start : (long) Math.min(Math.max(Conversions.toIntegerOrInfinity(a[1]), 0), len - start);
            List<Object> out = new ArrayList<>();
            for (long k = 0; k < start; k++) {
                out.add(get(o, k));
            }
            for (int j = 2; j < a.length; j++) {
                out.add(a[j]);
            }
            for (long k = start + skip; k < len; k++) {
                out.add(get(o, k));
            }
            return JSRuntime.createArray(out);
        });
        Builtins.method(realm, proto, "with", 2, (t, a) -> {
            JSObject o = Builtins.thisObject(t, "Array.prototype.with");
            long len = JSRuntime.lengthOfArrayLike(o);
            double rel = Conversions.toIntegerOrInfinity(arg(a, 0));
            double idx = rel >= 0 ? rel : len + rel;
            if (idx >= len || idx < 0) {
                throw Errors.rangeError("Invalid index : " + dev.dunder.runtime.js.ops.NumberToString.toString(rel));
            }
            Object[] out = new Object[(int) len];
            for (long k = 0; k < len; k++) {
                out[(int) k] = k == (long) idx ? arg(a, 1) : get(o, k);
            }
            return realm.newArray(out);
        });
    }

    // ---- element access through the internal methods ---------------------------------------------

    static Object get(JSObject o, long k) {
        if (o instanceof JSArray a) {
            return a.getElement(k, a);
        }
        return o.get(Long.toString(k), o);
    }

    static boolean has(JSObject o, long k) {
        if (o instanceof JSArray a && a.getElementSlot(k) != null) {
            return true;
        }
        return o.hasProperty(Long.toString(k));
    }

    static void set(JSObject o, long k, Object v) {
        JSRuntime.setV(o, Long.toString(k), v, true);
    }

    static void delete(JSObject o, long k) {
        if (!o.delete(Long.toString(k))) {
            throw Errors.typeError("Cannot delete property '" + k + "' of " + JSRuntime.toDisplayString(o));
        }
    }

    static void setLength(JSObject o, long len) {
        JSRuntime.setV(o, "length", (double) len, true);
    }

    static Object callback(Object[] a, int i) {
        Object f = arg(a, i);
        if (!JSRuntime.isCallable(f)) {
            throw Errors.typeError(dev.dunder.runtime.js.inspect.Inspect.inspect(f) + " is not a function");
        }
        return f;
    }

    public static boolean isArray(Object v) {
        if (v instanceof dev.dunder.runtime.js.objects.JSProxy p) {
            return !p.isRevoked() && isArray(p.getTarget());
        }
        return v instanceof JSArray;
    }

    private static boolean isConcatSpreadable(Object v) {
        if (!(v instanceof JSObject o)) {
            return false;
        }
        Object s = o.get(JSSymbol.IS_CONCAT_SPREADABLE);
        if (s != Undefined.INSTANCE) {
            return Conversions.toBoolean(s);
        }
        return isArray(o);
    }

    /** ArraySpeciesCreate (§10.4.2.3): subclasses of Array make instances of themselves. */
    static JSArray speciesCreate(JSRealm realm, JSObject original, long length) {
        if (original instanceof JSArray && original.getPrototype() != realm.arrayPrototype) {
            Object c = original.get("constructor");
            if (c instanceof JSObject co && co.isConstructor() && c != realm.arrayConstructor) {
                Object species = co.get(JSSymbol.SPECIES);
                if (species == Null.INSTANCE) {
                    return realm.newArray(new Object[0]);
                }
                Object made = JSRuntime.construct(species == Undefined.INSTANCE ? c : species, 0.0);
                if (made instanceof JSArray arr) {
                    return arr;
                }
            }
        }
        return realm.newArray(new Object[0]);
    }

    private static Object find(Object t, Object[] a, boolean index, boolean last, String name) {
        JSObject o = Builtins.thisObject(t, "Array.prototype." + name);
        long len = JSRuntime.lengthOfArrayLike(o);
        Object f = callback(a, 0);
        for (long i = 0; i < len; i++) {
            long k = last ? len - 1 - i : i;
            Object v = get(o, k);
            if (Conversions.toBoolean(JSRuntime.call(f, arg(a, 1), v, (double) k, o))) {
                return index ? (Object) (double) k : v;
            }
        }
        return index ? (Object) (-1.0) : Undefined.INSTANCE;
    }

    private static Object reduce(Object t, Object[] a, boolean right) {
        JSObject o = Builtins.thisObject(t, right ? "Array.prototype.reduceRight" : "Array.prototype.reduce");
        long len = JSRuntime.lengthOfArrayLike(o);
        Object f = callback(a, 0);
        long k = right ? len - 1 : 0;
        long step = right ? -1 : 1;
        Object acc;
        if (a.length >= 2) {
            acc = a[1];
        } else {
            while (k >= 0 && k < len && !has(o, k)) {
                k += step;
            }
            if (k < 0 || k >= len) {
                throw Errors.typeError("Reduce of empty array with no initial value");
            }
            acc = get(o, k);
            k += step;
        }
        for (; k >= 0 && k < len; k += step) {
            if (has(o, k)) {
                acc = JSRuntime.call(f, Undefined.INSTANCE, acc, get(o, k), (double) k, o);
            }
        }
        return acc;
    }

    private static void flatten(JSArray out, JSObject source, double depth, Object mapper, Object thisArg) {
        long len = JSRuntime.lengthOfArrayLike(source);
        for (long k = 0; k < len; k++) {
            if (!has(source, k)) {
                continue;
            }
            Object v = get(source, k);
            if (mapper != null) {
                v = JSRuntime.call(mapper, thisArg, v, (double) k, source);
            }
            if (depth > 0 && isArray(v)) {
                flatten(out, (JSObject) v, depth - 1, null, null);
            } else {
                out.push(v);
            }
        }
    }

    /** Array.prototype.join (§23.1.3.18); a cycle joins as "" (V8). */
    static String join(JSObject o, Object separator) {
        String sep = separator == Undefined.INSTANCE ? "," : Conversions.toString(separator);
        if (JOINING.containsKey(o)) {
            return "";
        }
        JOINING.put(o, Boolean.TRUE);
        try {
            long len = JSRuntime.lengthOfArrayLike(o);
            StringBuilder b = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) {
                    b.append(sep);
                }
                Object v = get(o, k);
                if (!JSRuntime.isNullish(v)) {
                    b.append(Conversions.toString(v));
                }
            }
            return b.toString();
        } finally {
            JOINING.remove(o);
        }
    }

    /** Array.from (§23.1.2.1): iterables, then array-likes; {@code this} may be a subclass constructor. */
    private static Object from(JSRealm realm, Object c, Object[] a) {
        Object items = arg(a, 0);
        Object mapFn = arg(a, 1);
        if (mapFn != Undefined.INSTANCE && !JSRuntime.isCallable(mapFn)) {
            throw Errors.typeError(dev.dunder.runtime.js.inspect.Inspect.inspect(mapFn) + " is not a function");
        }
        if (JSRuntime.isNullish(items)) {
            throw Errors.typeError(items + " is not iterable (cannot read property Symbol(Symbol.iterator))");
        }
        List<Object> values = new ArrayList<>();
        Object usingIterator = JSRuntime.getMethod(items, JSSymbol.ITERATOR);
        if (usingIterator != null) {
            values = JSRuntime.iterableToList(items);
        } else {
            JSObject arrayLike = Conversions.toObject(items);
            long len = JSRuntime.lengthOfArrayLike(arrayLike);
            for (long k = 0; k < len; k++) {
                values.add(arrayLike.get(Long.toString(k), arrayLike));
            }
        }
        if (mapFn != Undefined.INSTANCE) {
            for (int k = 0; k < values.size(); k++) {
                values.set(k, JSRuntime.call(mapFn, arg(a, 2), values.get(k), (double) k));
            }
        }
        if (JSRuntime.isConstructor(c) && c != realm.arrayConstructor) {
            Object made = JSRuntime.construct(c);
            if (made instanceof JSObject o) {
                for (int k = 0; k < values.size(); k++) {
                    o.createDataProperty(Integer.toString(k), values.get(k));
                }
                setLength(o, values.size());
                return o;
            }
        }
        return JSRuntime.createArray(values);
    }

    /** SortCompare (§23.1.3.30.2): undefined last, the comparator's sign, else string order. */
    static List<Object> sortValues(List<Object> items, Object cmp) {
        List<Object> defined = new ArrayList<>();
        int undefinedCount = 0;
        for (Object v : items) {
            if (v == Undefined.INSTANCE) {
                undefinedCount++;
            } else {
                defined.add(v);
            }
        }
        Object[] arr = defined.toArray();
        Object[] tmp = new Object[arr.length];
        mergeSort(arr, tmp, 0, arr.length, cmp);
        List<Object> out = new ArrayList<>(items.size());
        for (Object v : arr) {
            out.add(v);
        }
        for (int i = 0; i < undefinedCount; i++) {
            out.add(Undefined.INSTANCE);
        }
        return out;
    }

    private static int compare(Object x, Object y, Object cmp) {
        if (cmp != Undefined.INSTANCE) {
            double v = Conversions.toNumber(JSRuntime.call(cmp, Undefined.INSTANCE, x, y));
            return v < 0 ? -1 : v > 0 ? 1 : 0;
        }
        return Conversions.toString(x).compareTo(Conversions.toString(y));
    }

    /** A stable merge sort that tolerates inconsistent comparators (Java's TimSort would throw). */
    private static void mergeSort(Object[] a, Object[] tmp, int from, int to, Object cmp) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 8) {
            for (int i = from + 1; i < to; i++) {
                Object x = a[i];
                int j = i - 1;
                while (j >= from && compare(a[j], x, cmp) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, cmp);
        mergeSort(a, tmp, mid, to, cmp);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (compare(a[j], a[i], cmp) < 0) {
                tmp[k++] = a[j++];
            } else {
                tmp[k++] = a[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < to) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, from, a, from, to - from);
    }
}
