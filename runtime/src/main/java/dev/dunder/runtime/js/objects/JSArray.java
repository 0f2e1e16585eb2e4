package dev.dunder.runtime.js.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;

/**
 * An Array exotic object (ECMA-262 §10.4.2): elements indexed 0 .. 2^32-2 and a
 * {@code length} that follows them. Elements live in a Java array ({@code null} is a
 * hole), indices far beyond it in a sorted map; named properties are ordinary shape
 * properties. Element attributes are all default unless {@code Object.defineProperty},
 * {@code freeze} or {@code seal} changed them ({@link #attributes}).
 */
public final class JSArray extends JSObject {
    /** Indices this far past the dense part go to the sparse map instead of growing the array. */
    private static final int SPARSE_GAP = 1 << 20;

    private Object[] dense;
    private TreeMap<Long, Object> sparse;
    private long length;
    private boolean lengthWritable = true;
    /** Non-default element flags (PropertyFlags), by index; null when all are default. */
    private Map<Long, Integer> attributes;

    public JSArray(Shape shape, Object[] elements, long length) {
        super(shape);
        // exactly an Object[] (a caller may hand in a String[]): compiled stores rely on it
        this.dense = elements.getClass() == Object[].class ? elements : java.util.Arrays.copyOf(elements, elements.length, Object[].class);
        this.length = length;
    }

    public long getLength() {
        return length;
    }

    /** The element storage for fast paths: valid indices are below {@link #denseLimit()}. */
    public Object[] getDense() {
        return dense;
    }

    /** Fast paths may use the dense array directly when the array is plain. */
    public boolean isPlain() {
        return sparse == null && attributes == null && lengthWritable;
    }

    /**
     * Whether a non-null {@code dense[i]} is simply element i's value, for reads: no element
     * has attributes (an accessor, a read-only flag). Holes are null and so is every slot at
     * or past the length, so a read needs no other check (the sparse part lies beyond the
     * dense storage; the length's writability does not matter to a read).
     */
    public boolean hasPlainElements() {
        return attributes == null;
    }

    public int denseLimit() {
        return (int) Math.min(length, dense.length);
    }

    @Override
    public String getBuiltinTag() {
        return "Array";
    }

    @Override
    public boolean hasExoticProperties() {
        return true;
    }

    /** An array's index properties are its elements: it has none while its length is 0. */
    @Override
    protected boolean hasNoIndexedOwnProperties() {
        return length == 0;
    }

    /**
     * Stores element {@code index} as an own data element, as a fast path may, unless the
     * element is missing and a prototype has that index (a setter to call, a read-only
     * element that forbids the write): then returns false and stores nothing.
     */
    @TruffleBoundary
    public boolean putElementUnlessInherited(long index, Object value) {
        if (getElementSlot(index) == null && !prototypesHaveNoIndexedProperties()) {
            return false;
        }
        putElement(index, value);
        return true;
    }

    // ---- elements ------------------------------------------------------------------------------

    /** The element slot at {@code index}: a value, an {@link Accessor}, or null for a hole. */
    public Object getElementSlot(long index) {
        if (index < dense.length) {
            return dense[(int) index];
        }
        return sparse == null ? null : sparse.get(index);
    }

    private int elementFlags(long index) {
        if (attributes == null) {
            return 0;
        }
        Integer f = attributes.get(index);
        return f == null ? 0 : f;
    }

    /** Reads an element for [[Get]]: holes read through the prototype chain. */
    @TruffleBoundary
    public Object getElement(long index, Object receiver) {
        Object slot = getElementSlot(index);
        if (slot == null) {
            JSObject proto = getPrototype();
            return proto == null ? Undefined.INSTANCE : proto.get(Long.toString(index), receiver);
        }
        if (slot instanceof Accessor a && PropertyFlags.isAccessor(elementFlags(index))) {
            return a.hasGetter() ? JSRuntime.call(a.getGetter(), receiver) : Undefined.INSTANCE;
        }
        return slot;
    }

    /** Stores an element value, growing storage and length (no attribute checks). */
    @TruffleBoundary
    public void putElement(long index, Object value) {
        if (index < dense.length) {
            dense[(int) index] = value;
        } else if (index < (long) dense.length + SPARSE_GAP && index < Integer.MAX_VALUE - 8) {
            int newCap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(index + 1, Math.max(8, dense.length * 2L)));
            dense = java.util.Arrays.copyOf(dense, newCap);
            if (sparse != null) {
                // elements kept sparse because they lay far out now fall inside the dense storage, which is where reads look for them
                java.util.SortedMap<Long, Object> covered = sparse.headMap((long) newCap);
                for (Map.Entry<Long, Object> e : covered.entrySet()) {
                    dense[(int) (long) e.getKey()] = e.getValue();
                }
                covered.clear();
                if (sparse.isEmpty()) {
                    sparse = null;
                }
            }
            dense[(int) index] = value;
        } else {
            if (sparse == null) {
                sparse = new TreeMap<>();
            }
            sparse.put(index, value);
        }
        if (index >= length) {
            length = index + 1;
        }
    }

    private void removeElement(long index) {
        if (index < dense.length) {
            dense[(int) index] = null;
        } else if (sparse != null) {
            sparse.remove(index);
        }
        if (attributes != null) {
            attributes.remove(index);
        }
    }

    /** Array.prototype.push's fast path. */
    public void push(Object value) {
        putElement(length, value);
    }

    /**
     * ArraySetLength (§10.4.2.4) for a new length that is already validated: deletes
     * elements from the end, stopping at a non-configurable one. Returns false if it stopped.
     */
    @TruffleBoundary
    public boolean setLength(long newLength) {
        if (newLength >= length) {
            length = newLength;
            return true;
        }
        if (attributes != null) {
            for (long i = length - 1; i >= newLength; i--) {
                if (getElementSlot(i) != null && !PropertyFlags.isConfigurable(elementFlags(i))) {
                    length = i + 1;
                    return false;
                }
            }
        }
        int from = (int) Math.min(newLength, dense.length);
        int to = (int) Math.min(length, dense.length);
        java.util.Arrays.fill(dense, from, to, null);
        if (sparse != null) {
            sparse.tailMap(newLength, true).clear();
        }
        if (dense.length > 64 && newLength < dense.length / 4) {
            dense = java.util.Arrays.copyOf(dense, (int) Math.max(8, newLength));
        }
        length = newLength;
        return true;
    }

    public boolean isLengthWritable() {
        return lengthWritable;
    }

    /** The indices that hold elements, ascending. */
    @TruffleBoundary
    public List<Long> elementIndices() {
        List<Long> out = new ArrayList<>();
        int limit = denseLimit();
        for (int i = 0; i < limit; i++) {
            if (dense[i] != null) {
                out.add((long) i);
            }
        }
        if (sparse != null) {
            for (Long k : sparse.keySet()) {
                if (k < length) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    // ---- internal methods ---------------------------------------------------------------------

    @Override
    @TruffleBoundary
    public PropertyDescriptor getOwnProperty(Object key) {
        long index = ArrayIndex.of(key);
        if (index >= 0) {
            Object slot = getElementSlot(index);
            return slot == null ? null : PropertyDescriptor.fromSlot(slot, elementFlags(index));
        }
        if ("length".equals(key)) {
            return PropertyDescriptor.data((double) length, lengthWritable, false, false);
        }
        return super.getOwnProperty(key);
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        long index = ArrayIndex.of(key);
        if (index >= 0) {
            if (index >= length && !lengthWritable) {
                return false;
            }
            Object slot = getElementSlot(index);
            PropertyDescriptor current = slot == null ? null : PropertyDescriptor.fromSlot(slot, elementFlags(index));
            boolean plain = desc.hasValue && !desc.isAccessorDescriptor() && (current != null ? isDefaultUpdate(desc, index) : isDefaultNew(desc));
            if (plain) {
                if (current == null && !isExtensible()) {
                    return false;
                }
                putElement(index, desc.value);
                return true;
            }
            return new ElementApplier(this, index).apply(desc, current);
        }
        if ("length".equals(key)) {
            return defineLength(desc);
        }
        return super.defineOwnProperty(key, desc);
    }

    private boolean isDefaultNew(PropertyDescriptor d) {
        return d.hasWritable && d.writable && d.hasEnumerable && d.enumerable && d.hasConfigurable && d.configurable;
    }

    private boolean isDefaultUpdate(PropertyDescriptor d, long index) {
        return elementFlags(index) == 0 && (!d.hasWritable || d.writable) && (!d.hasEnumerable || d.enumerable) && (!d.hasConfigurable || d.configurable);
    }

    /** ValidateAndApplyPropertyDescriptor for one element, storing value and flags in the element tables. */
    private static final class ElementApplier {
        final JSArray array;
        final long index;

        ElementApplier(JSArray array, long index) {
            this.array = array;
            this.index = index;
        }

        boolean apply(PropertyDescriptor desc, PropertyDescriptor current) {
            // Reuse the ordinary algorithm on a scratch object, then copy the result back.
            JSObject scratch = new JSObject(JSObject.shapeFor(JSObject.class, null));
            String k = "e";
            if (current != null) {
                int flags = array.elementFlags(index);
                scratch.storeProperty(k, array.getElementSlot(index), flags);
            }
            boolean ok = scratch.validateAndApply(k, array.isExtensible(), desc, current);
            if (!ok) {
                return false;
            }
            com.oracle.truffle.api.object.Property p = scratch.getShape().getProperty(k);
            Object stored = JSObject.lib().getOrDefault(scratch, k, null);
            array.putElement(index, stored);
            int flags = p.getFlags();
            if (flags != 0) {
                if (array.attributes == null) {
                    array.attributes = new HashMap<>();
                }
                array.attributes.put(index, flags);
            } else if (array.attributes != null) {
                array.attributes.remove(index);
            }
            return true;
        }
    }

    private boolean defineLength(PropertyDescriptor desc) {
        if (desc.isAccessorDescriptor() || (desc.hasConfigurable && desc.configurable) || (desc.hasEnumerable && desc.enumerable)) {
            return false;
        }
        if (desc.hasValue) {
            long newLen = validLength(desc.value);
            if (newLen != length && !lengthWritable) {
                return false;
            }
            boolean ok = setLength(newLen);
            if (desc.hasWritable && !desc.writable) {
                lengthWritable = false;
            }
            return ok;
        }
        if (desc.hasWritable) {
            if (desc.writable && !lengthWritable) {
                return false;
            }
            lengthWritable = desc.writable;
        }
        return true;
    }

    /** ToUint32(value) if it equals ToNumber(value), else RangeError "Invalid array length". */
    public static long validLength(Object value) {
        double n = dev.dunder.runtime.js.ops.Conversions.toNumber(value);
        long l = (long) n;
        if (l != n || l < 0 || l > ArrayIndex.MAX_LENGTH) {
            throw Errors.rangeError("Invalid array length");
        }
        return l;
    }

    @Override
    @TruffleBoundary
    public Object get(Object key, Object receiver) {
        long index = ArrayIndex.of(key);
        if (index >= 0) {
            return getElement(index, receiver);
        }
        if ("length".equals(key)) {
            return (double) length;
        }
        return super.get(key, receiver);
    }

    @Override
    @TruffleBoundary
    public boolean set(Object key, Object value, Object receiver) {
        long index = ArrayIndex.of(key);
        if (index >= 0 && receiver == this) {
            Object slot = getElementSlot(index);
            int flags = elementFlags(index);
            if (slot != null && flags == 0) {
                putElement(index, value);
                return true;
            }
            if (slot == null) {
                JSObject proto = getPrototype();
                if (proto != null && proto.hasProperty(Long.toString(index))) {
                    return proto.set(Long.toString(index), value, receiver);
                }
                if (!isExtensible() || (index >= length && !lengthWritable)) {
                    return false;
                }
                putElement(index, value);
                return true;
            }
            if (PropertyFlags.isAccessor(flags)) {
                Accessor a = (Accessor) slot;
                if (!a.hasSetter()) {
                    return false;
                }
                JSRuntime.call(a.getSetter(), receiver, value);
                return true;
            }
            if (!PropertyFlags.isWritable(flags)) {
                return false;
            }
            putElement(index, value);
            return true;
        }
        if (index >= 0) {
            Object slot = getElementSlot(index);
            if (slot == null) {
                JSObject proto = getPrototype();
                return proto != null ? proto.set(Long.toString(index), value, receiver) : setOnReceiver(Long.toString(index), value, receiver);
            }
            PropertyDescriptor d = getOwnProperty(key);
            if (d.isAccessorDescriptor()) {
                if (d.set == Undefined.INSTANCE) {
                    return false;
                }
                JSRuntime.call(d.set, receiver, value);
                return true;
            }
            return d.writable && setOnReceiver(Long.toString(index), value, receiver);
        }
        if ("length".equals(key) && receiver == this) {
            if (!lengthWritable) {
                return false;
            }
            return setLength(validLength(value));
        }
        return super.set(key, value, receiver);
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        long index = ArrayIndex.of(key);
        if (index >= 0) {
            if (getElementSlot(index) == null) {
                return true;
            }
            if (!PropertyFlags.isConfigurable(elementFlags(index))) {
                return false;
            }
            removeElement(index);
            return true;
        }
        if ("length".equals(key)) {
            return false;
        }
        return super.delete(key);
    }

    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        for (long i : elementIndices()) {
            keys.add(Long.toString(i));
        }
        keys.add("length");
        keys.addAll(super.ownPropertyKeys());
        return keys;
    }

    @Override
    @TruffleBoundary
    public boolean preventExtensions() {
        return super.preventExtensions();
    }

    /** Object.freeze / Object.seal on the elements: every element gets the flags. */
    @TruffleBoundary
    public void restrictElements(boolean freeze) {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        for (long i : elementIndices()) {
            int f = elementFlags(i) | PropertyFlags.NOT_CONFIGURABLE;
            if (freeze && !PropertyFlags.isAccessor(f)) {
                f |= PropertyFlags.READ_ONLY;
            }
            attributes.put(i, f);
        }
        if (freeze) {
            lengthWritable = false;
        }
    }
}
