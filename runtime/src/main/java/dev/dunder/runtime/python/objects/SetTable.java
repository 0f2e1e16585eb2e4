package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.ops.PyHash;

/**
 * The hash table of a set, probing exactly as CPython's setobject.c does (linear
 * probes then perturbation, the same growth policy), so a set of ints iterates in
 * the order CPython prints it: {@code print({3, 1, 2})} shows {@code {1, 2, 3}}.
 */
public final class SetTable {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    /** Active plus dummy entries. */
    private int fill;
    private int used;
    private int version;

    public SetTable() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
    }

    public int size() {
        return used;
    }

    public int version() {
        return version;
    }

    public int capacity() {
        return keys.length;
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        return find(key, PyHash.hash(key)) >= 0;
    }

    private int find(Object key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && (k == key || (hashes[j] == hash && PyHash.keysEqual(k, key)))) {
                    return j;
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds {@code key}; returns false if it was already present. */
    @TruffleBoundary
    public boolean add(Object key) {
        return addWithHash(key, PyHash.hash(key));
    }

    boolean addWithHash(Object key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = keys[j];
                if (k == null) {
                    int target = freeslot >= 0 ? freeslot : j;
                    if (freeslot < 0) {
                        fill++;
                    }
                    keys[target] = key;
                    hashes[target] = hash;
                    used++;
                    version++;
                    if (fill * 5 >= mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (k == key || (hashes[j] == hash && PyHash.keysEqual(k, key))) {
                    return false;
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        fill = used;
        for (int e = 0; e < oldKeys.length; e++) {
            Object k = oldKeys[e];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[e]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keys[j] == null) {
                        keys[j] = key;
                        hashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; returns false if it was absent. */
    @TruffleBoundary
    public boolean discard(Object key) {
        int j = find(key, PyHash.hash(key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        used--;
        version++;
        return true;
    }

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
        version++;
    }

    /** Next occupied position after {@code i} (start with -1), or -1 at the end. */
    public int nextIndex(int i) {
        for (int e = i + 1; e < keys.length; e++) {
            Object k = keys[e];
            if (k != null && k != DUMMY) {
                return e;
            }
        }
        return -1;
    }

    public Object keyAt(int i) {
        return keys[i];
    }

    public long hashAt(int i) {
        return hashes[i];
    }

    /** {@code set.pop()}: CPython takes the first occupied slot from a moving finger. */
    private int finger;

    public Object pop() {
        int mask = keys.length - 1;
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        used--;
        version++;
        finger = i + 1;
        return key;
    }

    /**
     * CPython's set_merge: copying into an empty table of the same size keeps every
     * entry at its position; otherwise entries are added in the other table's order.
     */
    @TruffleBoundary
    public void merge(SetTable other) {
        if (other.used == 0) {
            return;
        }
        if ((fill + other.used) * 5 >= (keys.length - 1) * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && keys.length == other.keys.length && other.fill == other.used) {
            for (int e = 0; e < other.keys.length; e++) {
                Object k = other.keys[e];
                if (k != null && k != DUMMY) {
                    keys[e] = k;
                    hashes[e] = other.hashes[e];
                }
            }
            fill = other.used;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            for (int e = 0; e < other.keys.length; e++) {
                Object k = other.keys[e];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[e]);
                    fill++;
                    used++;
                }
            }
            version++;
            return;
        }
        for (int e = 0; e < other.keys.length; e++) {
            Object k = other.keys[e];
            if (k != null && k != DUMMY) {
                addWithHash(k, other.hashes[e]);
            }
        }
    }

    public SetTable copy() {
        SetTable t = new SetTable();
        t.merge(this);
        return t;
    }
}
