package dev.dunder.js.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.js.nodes.JSTypes;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** {@code value[key] = v}: dense array stores directly, everything else through ToPropertyKey and [[Set]]. */
@TypeSystemReference(JSTypes.class)
public abstract class ElementSetNode extends Node {
    protected final boolean strict;
    protected final int pos;

    protected ElementSetNode(boolean strict, int pos) {
        this.strict = strict;
        this.pos = pos;
    }

    public static ElementSetNode create(boolean strict, int pos) {
        return ElementSetNodeGen.create(strict, pos);
    }

    public abstract void execute(Object receiver, Object key, Object value);

    /**
     * {@code a[i] = v} over an element that exists as a plain data element: a store into the
     * dense storage, nothing else changes (length, holes, attributes). Arrays that serve as a
     * prototype (watched) keep the slow path, which invalidates the caches that rely on them.
     */
    protected static boolean isPlainElement(JSArray a, int i) {
        return i >= 0 && i < a.getDense().length && a.getDense()[i] != null && a.hasPlainElements() && !a.isWatched();
    }

    @Specialization(guards = "isPlainElement(array, index)")
    protected static void overwriteElement(JSArray array, int index, Object value) {
        // the storage is always exactly an Object[]: saying so spares the compiled store the
        // JVM's array-store type check (a subtype search on every store)
        CompilerDirectives.castExact(array.getDense(), Object[].class)[index] = value;
    }

    protected static boolean inDenseOrAppendInt(JSArray a, int i) {
        return i >= 0 && i < a.getDense().length && i <= a.getLength() && a.isPlain() && a.isExtensible() && !a.isWatched();
    }

    /** Writing a hole or appending: the fast store unless a prototype has that index (then [[Set]] runs). */
    @Specialization(guards = "inDenseOrAppendInt(array, index)")
    protected void arrayElementInt(JSArray array, int index, Object value) {
        if (!array.putElementUnlessInherited(index, value)) {
            generic(array, index, value);
        }
    }

    protected static boolean inDenseOrAppend(JSArray a, double index) {
        int i = (int) index;
        return i == index && i >= 0 && i < a.getDense().length && i <= a.getLength() && a.isPlain() && a.isExtensible() && !a.isWatched();
    }

    @Specialization(guards = "inDenseOrAppend(array, index)")
    protected void arrayElement(JSArray array, double index, Object value) {
        if (!array.putElementUnlessInherited((int) index, value)) {
            generic(array, index, value);
        }
    }

    @Specialization
    protected void generic(Object receiver, Object key, Object value) {
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            throw Errors.at(Errors.cannotSet(receiver, keyForMessage(key)), this, pos);
        }
        try {
            slowSet(receiver, key, value, strict);
        } catch (JSException e) {
            throw e.raisedAt(this, pos);
        }
    }

    @TruffleBoundary
    private static Object keyForMessage(Object key) {
        return key instanceof JSSymbol ? key : Conversions.toString(key);
    }

    @TruffleBoundary
    private static void slowSet(Object receiver, Object key, Object value, boolean strict) {
        JSRuntime.setV(receiver, Conversions.toPropertyKey(key), value, strict);
    }
}
