package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.js.nodes.JSTypes;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * {@code value[key]}: array elements by integer index straight from the element
 * storage, characters of strings, and otherwise ToPropertyKey then [[Get]] — through a
 * cached {@link PropertyGetNode} when the site keeps using the same key.
 */
@TypeSystemReference(JSTypes.class)
public abstract class ElementGetNode extends Node {
    protected static final int KEY_CACHE = 3;
    /** Where V8 puts the caret when the receiver is undefined or null (the '['). */
    protected final int pos;

    protected ElementGetNode(int pos) {
        this.pos = pos;
    }

    public static ElementGetNode create(int pos) {
        return ElementGetNodeGen.create(pos);
    }

    public abstract Object execute(Object receiver, Object key);

    protected static boolean inDenseInt(JSArray a, int i) {
        return i >= 0 && i < a.getDense().length && a.getDense()[i] != null && a.hasPlainElements();
    }

    /** {@code a[i]} with an int index: no conversions between the index and the element. */
    @Specialization(guards = "inDenseInt(array, index)")
    protected static Object arrayElementInt(JSArray array, int index) {
        return array.getDense()[index];
    }

    protected static boolean inDense(JSArray a, double index) {
        int i = (int) index;
        return i == index && i >= 0 && i < a.getDense().length && a.getDense()[i] != null && a.hasPlainElements();
    }

    @Specialization(guards = "inDense(array, index)")
    protected static Object arrayElement(JSArray array, double index) {
        return array.getDense()[(int) index];
    }

    protected static boolean inStringInt(String str, int i) {
        return i >= 0 && i < str.length();
    }

    @Specialization(guards = "inStringInt(str, index)")
    protected static Object stringCharInt(String str, int index) {
        return String.valueOf(str.charAt(index));
    }

    protected static boolean inString(String str, double index) {
        int i = (int) index;
        return i == index && i >= 0 && i < str.length();
    }

    @Specialization(guards = "inString(str, index)")
    protected static Object stringChar(String str, double index) {
        return String.valueOf(str.charAt((int) index));
    }

    @Specialization(guards = {"key == cachedKey", "isPropertyKey(cachedKey)"}, limit = "KEY_CACHE")
    protected Object cachedKey(Object receiver, Object key,
                    @Cached("key") Object cachedKey,
                    @Cached("create(cachedKey, pos)") PropertyGetNode get) {
        return get.execute(receiver);
    }

    @Specialization(replaces = "cachedKey")
    protected Object generic(Object receiver, Object key) {
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            throw Errors.at(Errors.cannotRead(receiver, keyForMessage(key)), this, pos);
        }
        try {
            return slowGet(receiver, key);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    /** Property keys that are safe to compare by identity: symbols and interned literal strings are not guaranteed, so only symbols. */
    protected static boolean isPropertyKey(Object key) {
        return key instanceof JSSymbol;
    }

    @TruffleBoundary
    private static Object keyForMessage(Object key) {
        return key instanceof JSSymbol ? key : Conversions.toString(key);
    }

    @TruffleBoundary
    private static Object slowGet(Object receiver, Object key) {
        if (receiver instanceof JSArray a && Conversions.isNumber(key)) {
            long index = ArrayIndex.of(key); // -1 unless an array index (below 2^32 - 1)
            if (index >= 0) {
                return a.getElement(index, a);
            }
        }
        Object k = Conversions.toPropertyKey(key);
        if (receiver instanceof JSObject o) {
            return o.get(k, o);
        }
        return JSRuntime.getV(receiver, k);
    }
}
