package dev.dunder.runtime.js.objects;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * The storage of Map and Set: entries in insertion order, keys compared with
 * SameValueZero (§7.2.11). Deleted entries leave a tombstone so that iterators,
 * which hold a position, see entries added during iteration and skip deleted ones,
 * as the specification requires.
 */
public final class OrderedTable {
    private final ArrayList<Object> keys = new ArrayList<>();
    private final ArrayList<Object> values = new ArrayList<>();
    private final HashMap<Object, Integer> index = new HashMap<>();
    private int size;
    private static final Object DELETED = new Object();

    /**
     * SameValueZero as Java equality: -0 is +0; NaN equals NaN (Double.equals does that);
     * an int and the double of the same number are one key.
     */
    private static Object normalize(Object key) {
        if (key instanceof Integer i) {
            return (double) i;
        }
        if (key instanceof Double d && d == 0) {
            return 0.0;
        }
        return key;
    }

    public int size() {
        return size;
    }

    public boolean has(Object key) {
        return index.containsKey(normalize(key));
    }

    public Object get(Object key) {
        Integer i = index.get(normalize(key));
        return i == null ? null : values.get(i);
    }

    public void put(Object key, Object value) {
        Object k = normalize(key);
        Integer i = index.get(k);
        if (i != null) {
            values.set(i, value);
            return;
        }
        index.put(k, keys.size());
        keys.add(k);
        values.add(value);
        size++;
    }

    public boolean remove(Object key) {
        Integer i = index.remove(normalize(key));
        if (i == null) {
            return false;
        }
        keys.set(i, DELETED);
        values.set(i, null);
        size--;
        return true;
    }

    public void clear() {
        for (int i = 0; i < keys.size(); i++) {
            keys.set(i, DELETED);
            values.set(i, null);
        }
        index.clear();
        size = 0;
    }

    /** The number of slots (live and deleted) an iterator walks. */
    public int slots() {
        return keys.size();
    }

    public boolean isLive(int slot) {
        return keys.get(slot) != DELETED;
    }

    public Object keyAt(int slot) {
        return keys.get(slot);
    }

    public Object valueAt(int slot) {
        return values.get(slot);
    }
}
