package dev.dunder.runtime.python.objects;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.ops.PyHash;

/**
 * CPython's compact dict: entries in insertion order (keys, values and hashes in
 * parallel arrays) plus an open-addressing index into them. Iteration is insertion
 * order; deletion leaves a hole that the next resize squeezes out.
 */
public final class HashDictStorage extends DictStorage {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Number of entry slots used, including deleted ones (null key). */
    private int used;
    private int size;
    private int[] index;
    private int version;

    public HashDictStorage() {
        this(MIN_SIZE);
    }

    public HashDictStorage(int expected) {
        int cap = MIN_SIZE;
        while (cap * 2 < expected * 3) {
            cap <<= 1;
        }
        allocate(cap);
    }

    private void allocate(int indexSize) {
        index = new int[indexSize];
        Arrays.fill(index, EMPTY);
        int entryCap = indexSize * 2 / 3 + 1;
        keys = new Object[entryCap];
        values = new Object[entryCap];
        hashes = new long[entryCap];
        used = 0;
    }

    /** The index slot holding {@code key}'s entry, or the negated (minus one) first free slot. */
    private int findSlot(Object key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int firstFree = -1;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1 - (firstFree >= 0 ? firstFree : i);
            }
            if (ix == DUMMY) {
                if (firstFree < 0) {
                    firstFree = i;
                }
            } else {
                Object k = keys[ix];
                if (k == key || (hashes[ix] == hash && PyHash.keysEqual(k, key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    @Override
    @TruffleBoundary
    public Object get(Object key) {
        long hash = PyHash.hash(key);
        int slot = findSlot(key, hash);
        return slot >= 0 ? values[index[slot]] : null;
    }

    @Override
    @TruffleBoundary
    public void put(Object key, Object value) {
        long hash = PyHash.hash(key);
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            values[index[slot]] = value;
            return;
        }
        if (used == keys.length) {
            resize();
            slot = findSlot(key, hash);
        }
        int free = -1 - slot;
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        index[free] = used;
        used++;
        size++;
        version++;
    }

    private void resize() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldUsed = used;
        int newSize = MIN_SIZE;
        while (newSize * 2 < (size + 1) * 3 * 2) {
            newSize <<= 1;
        }
        allocate(newSize);
        int mask = newSize - 1;
        for (int e = 0; e < oldUsed; e++) {
            if (oldKeys[e] == null) {
                continue;
            }
            long hash = oldHashes[e];
            long perturb = hash;
            int i = (int) (hash & mask);
            while (index[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            keys[used] = oldKeys[e];
            values[used] = oldValues[e];
            hashes[used] = hash;
            index[i] = used;
            used++;
        }
    }

    @Override
    @TruffleBoundary
    public Object remove(Object key) {
        long hash = PyHash.hash(key);
        int slot = findSlot(key, hash);
        if (slot < 0) {
            return null;
        }
        int ix = index[slot];
        Object old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        index[slot] = DUMMY;
        size--;
        version++;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        allocate(MIN_SIZE);
        size = 0;
        version++;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public int firstIndex() {
        return nextIndex(-1);
    }

    @Override
    public int nextIndex(int i) {
        for (int e = i + 1; e < used; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    @Override
    public Object keyAt(int i) {
        return keys[i];
    }

    @Override
    public Object valueAt(int i) {
        return values[i];
    }

    /** The stored hash of the entry at position {@code i}. */
    public long hashAt(int i) {
        return hashes[i];
    }

    /** Removes and returns the position of the last entry (for {@code popitem}); -1 when empty. */
    public int lastIndex() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    @Override
    @TruffleBoundary
    public HashDictStorage copyToHash() {
        HashDictStorage copy = new HashDictStorage(size);
        for (int e = firstIndex(); e >= 0; e = nextIndex(e)) {
            copy.putWithHash(keys[e], values[e], hashes[e]);
        }
        return copy;
    }

    /** Insert a key known to be absent with a known hash (copies). */
    private void putWithHash(Object key, Object value, long hash) {
        if (used == keys.length) {
            resize();
        }
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] != EMPTY) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        index[i] = used;
        used++;
        size++;
        version++;
    }
}
