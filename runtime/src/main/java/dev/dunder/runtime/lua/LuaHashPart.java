package dev.dunder.runtime.lua;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The hash part of a table: the keys that are neither in the array part nor shape
 * properties (floats, booleans, tables, functions, integers outside the array, and
 * all string keys of a table in dictionary mode).
 *
 * <p>Entries are kept in insertion order in two parallel arrays, found through an
 * open-addressing index, so {@code next(t, k)} can continue a traversal from any
 * key in constant time. Assigning {@code nil} leaves a tombstone (the key stays,
 * its value is nil) so that clearing fields during a traversal, which Lua allows,
 * does not disturb it; tombstones are dropped when the arrays are rebuilt to grow,
 * which only an insertion of a new key causes.
 *
 * <p>Keys are normalised by the caller (a float with an integral value is the
 * integer key), so Java equality is Lua's raw equality here.
 */
public final class LuaHashPart {
    private static final int EMPTY = 0;

    private Object[] keys = new Object[4];
    private Object[] values = new Object[4];
    /** Entries used, tombstones included. */
    private int used;
    /** Entries whose value is not nil. */
    private int live;
    /** Open-addressing slots holding entry index + 1 (0 is empty). */
    private int[] slots = new int[8];

    public int liveCount() {
        return live;
    }

    /** Entries ever stored and not yet compacted away: the bound of {@link #keyAt}. */
    public int capacityUsed() {
        return used;
    }

    @TruffleBoundary
    public Object get(Object key) {
        int i = find(key);
        return i < 0 ? LuaNil.NIL : WeakEntries.unwrapValue(values[i]);
    }

    @TruffleBoundary
    public int find(Object key) {
        int mask = slots.length - 1;
        int h = hash(key) & mask;
        while (true) {
            int s = slots[h];
            if (s == EMPTY) {
                return -1;
            }
            Object k = keys[s - 1];
            if (k == key || k.equals(key)) {
                return s - 1;
            }
            h = (h + 1) & mask;
        }
    }

    /** Stores {@code value} (nil makes a tombstone). */
    @TruffleBoundary
    public void put(Object key, Object value) {
        int i = find(key);
        if (i >= 0) {
            Object old = WeakEntries.unwrapValue(values[i]);
            values[i] = value;
            if (old == LuaNil.NIL && value != LuaNil.NIL) {
                live++;
            } else if (old != LuaNil.NIL && value == LuaNil.NIL) {
                live--;
            }
            return;
        }
        if (value == LuaNil.NIL) {
            return;
        }
        if (used == keys.length) {
            rebuild(live * 2 >= used ? keys.length * 2 : keys.length);
        }
        keys[used] = key;
        values[used] = value;
        used++;
        live++;
        insertSlot(key, used);
    }

    public Object keyAt(int index) {
        return WeakEntries.unwrapKey(keys[index]);
    }

    public Object valueAt(int index) {
        return WeakEntries.unwrapValue(values[index]);
    }

    /** The index of the first live entry at or after {@code from} (a weak entry whose object was collected is dead), or -1. */
    public int nextLive(int from) {
        for (int i = from; i < used; i++) {
            if (WeakEntries.unwrapValue(values[i]) != LuaNil.NIL && WeakEntries.unwrapKey(keys[i]) != null) {
                return i;
            }
        }
        return -1;
    }

    private void insertSlot(Object key, int entryPlusOne) {
        int mask = slots.length - 1;
        int h = hash(key) & mask;
        while (slots[h] != EMPTY) {
            h = (h + 1) & mask;
        }
        slots[h] = entryPlusOne;
    }

    /** Drops tombstones and resizes the entry arrays to {@code capacity}, the index to twice that. */
    private void rebuild(int capacity) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldUsed = used;
        keys = new Object[capacity];
        values = new Object[capacity];
        slots = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
        used = 0;
        for (int i = 0; i < oldUsed; i++) {
            if (WeakEntries.unwrapValue(oldValues[i]) != LuaNil.NIL && WeakEntries.unwrapKey(oldKeys[i]) != null) {
                keys[used] = oldKeys[i];
                values[used] = oldValues[i];
                used++;
                insertSlot(oldKeys[i], used);
            }
        }
        live = used;
    }

    private static int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
