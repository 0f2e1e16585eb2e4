package dev.dunder.runtime.python.objects;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * The entries of an instance's (or module's) {@code __dict__}: the object's own
 * shape properties, minus hidden keys. Reading or writing the dict reads or writes
 * the attributes themselves, so {@code vars(obj)['x'] = 1} is {@code obj.x = 1}.
 *
 * <p>Positions are indexes into a snapshot of the key list, refreshed whenever the
 * object's shape changes.
 */
public final class AttributeDictStorage extends DictStorage {
    /** Where an object keeps the PDict view of itself, so {@code obj.__dict__ is obj.__dict__}. */
    private static final HiddenKey VIEW = new HiddenKey("__dict__ view");
    /**
     * After {@code obj.__dict__ = d} the object's attributes live in {@code d} itself (which may be
     * shared with other objects, or be a dict subclass): the dict is kept under this key.
     */
    public static final HiddenKey OVERRIDE = new HiddenKey("__dict__");

    private final PyObject owner;
    private Object[] keys = new Object[0];
    private Object keysShape;
    private int version;

    public AttributeDictStorage(PyObject owner) {
        this.owner = owner;
    }

    public PyObject getOwner() {
        return owner;
    }

    /** The live {@code __dict__} of {@code obj}. */
    @TruffleBoundary
    public static PDict viewOf(PyObject obj) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object override = lib.getOrDefault(obj, OVERRIDE, null);
        if (override != null) {
            return (PDict) override;
        }
        Object view = lib.getOrDefault(obj, VIEW, null);
        if (view == null) {
            view = new PDict(new AttributeDictStorage(obj));
            lib.put(obj, VIEW, view);
        }
        return (PDict) view;
    }

    /**
     * {@code obj.__dict__ = d}: from now on {@code d} is the object's dict. The dict object the
     * object had before keeps its last contents, as in CPython.
     */
    @TruffleBoundary
    public static void replace(PyObject obj, PDict d) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object old = lib.getOrDefault(obj, VIEW, null);
        if (old instanceof PDict oldView && oldView != d) {
            oldView.setStorage(oldView.getStorage().copyToHash());
        }
        for (Object k : lib.getKeyArray(obj)) {
            if (!(k instanceof HiddenKey)) {
                lib.removeKey(obj, k);
            }
        }
        lib.removeKey(obj, VIEW);
        lib.put(obj, OVERRIDE, d);
    }

    /** The dict assigned with {@code obj.__dict__ = d}, or null while attributes live in the shape. */
    public static PDict overrideOf(PyObject obj) {
        return (PDict) DynamicObjectLibrary.getUncached().getOrDefault(obj, OVERRIDE, null);
    }

    private Object[] keys() {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object shape = owner.getShape();
        if (shape != keysShape) {
            List<Object> visible = new ArrayList<>();
            for (Object k : lib.getKeyArray(owner)) {
                if (!(k instanceof HiddenKey)) {
                    visible.add(k);
                }
            }
            keys = visible.toArray();
            keysShape = shape;
        }
        return keys;
    }

    @Override
    @TruffleBoundary
    public Object get(Object key) {
        if (key instanceof HiddenKey) {
            return null;
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(owner, normalize(key), null);
    }

    /** Attribute keys are Java Strings; a str subclass key is stored by its value. */
    private static Object normalize(Object key) {
        return key instanceof PBoxed b && b.getValue() instanceof String s ? s : key;
    }

    @Override
    @TruffleBoundary
    public void put(Object key, Object value) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object k = normalize(key);
        if (!lib.containsKey(owner, k)) {
            version++;
        }
        lib.put(owner, k, value);
    }

    @Override
    @TruffleBoundary
    public Object remove(Object key) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object k = normalize(key);
        Object old = lib.getOrDefault(owner, k, null);
        if (old != null) {
            lib.removeKey(owner, k);
            version++;
        }
        return old;
    }

    @Override
    @TruffleBoundary
    public int size() {
        return keys().length;
    }

    @Override
    @TruffleBoundary
    public void clear() {
        for (Object k : keys()) {
            DynamicObjectLibrary.getUncached().removeKey(owner, k);
        }
        version++;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public int firstIndex() {
        return keys().length > 0 ? 0 : -1;
    }

    @Override
    public int nextIndex(int index) {
        return index + 1 < keys().length ? index + 1 : -1;
    }

    @Override
    public Object keyAt(int index) {
        return keys()[index];
    }

    @Override
    @TruffleBoundary
    public Object valueAt(int index) {
        return DynamicObjectLibrary.getUncached().getOrDefault(owner, keys()[index], null);
    }

    @Override
    @TruffleBoundary
    public HashDictStorage copyToHash() {
        HashDictStorage copy = new HashDictStorage();
        for (Object k : keys()) {
            copy.put(k, DynamicObjectLibrary.getUncached().getOrDefault(owner, k, null));
        }
        return copy;
    }
}
