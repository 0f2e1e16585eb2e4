package dev.dunder.runtime.python.objects;

/**
 * Where a dict keeps its entries. A plain dict uses {@link HashDictStorage}; the
 * {@code __dict__} of an instance or module is an {@link AttributeDictStorage} that reads and
 * writes the object's own shape-backed attributes, so the dict and the attributes are
 * one and the same (writes through either are seen by the other).
 *
 * <p>Entries are visited by position: {@link #firstIndex()} then {@link #nextIndex(int)}
 * until -1; positions stay valid while the storage is not structurally changed,
 * which {@link #version()} tells.
 */
public abstract class DictStorage {

    /** The value for {@code key}, or null when absent. May run Python {@code __eq__}/{@code __hash__}. */
    public abstract Object get(Object key);

    public abstract void put(Object key, Object value);

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public abstract Object remove(Object key);

    public abstract int size();

    public abstract void clear();

    /** Counts structural changes (insertions of new keys, removals). */
    public abstract int version();

    public abstract int firstIndex();

    public abstract int nextIndex(int index);

    public abstract Object keyAt(int index);

    public abstract Object valueAt(int index);

    /** A storage of the same kind that the caller may change freely. */
    public abstract HashDictStorage copyToHash();
}
