package dev.dunder.runtime.lua;

import dev.dunder.runtime.common.interop.InteropArray;
import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.CyclicAssumption;

/**
 * Lua's one data structure: a table, mapping any value but nil and NaN to any value
 * but nil.
 *
 * <p>A table is a Truffle {@link DynamicObject} with three parts:
 * <ul>
 * <li>the <em>array part</em>, keys 1..{@link #arraySize()} in a Java array (holes hold
 * nil; the last element never does, so a sequence's length is the array size);</li>
 * <li>string keys as <em>shape properties</em>, so {@code t.name} in a loop is a shape check
 * and a load, like an attribute in the other models;</li>
 * <li>the <em>hash part</em> ({@link LuaHashPart}) for every other key.</li>
 * </ul>
 * The Shape's dynamic type is the table's <em>metatable</em> (or {@link #NO_METATABLE}), so a
 * cached shape also proves which metatable a table has. Two shape flags mark tables
 * that need more care: {@link #WATCHED} tables are metatables or {@code __index}/{@code __newindex}
 * targets whose contents compiled lookups depend on — every raw write to one invalidates its
 * {@link #getStableAssumption() stability assumption}; and tables with very many string
 * keys switch to {@link #DICTIONARY} mode, keeping those keys in the hash part instead
 * of growing ever longer shapes.
 *
 * <p>Setting a string key to nil keeps the property with a nil value (a tombstone), so
 * shapes do not change when fields are cleared and traversals may clear fields;
 * tombstones are compacted away when new keys are added.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaTable extends DynamicObject {
    /** The dynamic type of a table without a metatable. */
    public static final Object NO_METATABLE = new Object() {
        @Override
        public String toString() {
            return "<no metatable>";
        }
    };
    /** Shape flag: lookups are cached on this table's contents (it is a metatable or an __index table). */
    public static final int WATCHED = 1;
    /** Shape flag: string keys live in the hash part, not in the shape. */
    public static final int DICTIONARY = 2;
    /** Shape flag: a weak table ({@code __mode}); its entries live in the hash part, collectable ones held weakly. */
    public static final int WEAK = 4;
    /** More string keys than this and a table switches to dictionary mode. */
    static final int DICTIONARY_THRESHOLD = 128;

    public static final Shape ROOT_SHAPE = Shape.newBuilder().layout(LuaTable.class, MethodHandles.lookup()).dynamicType(NO_METATABLE).build();

    private static final Object[] NO_ELEMENTS = new Object[0];

    private Object[] array;
    private int arraySize;
    private LuaHashPart hash;
    private CyclicAssumption stable;
    /** Weak keys ({@link #WEAK_KEYS}), weak values ({@link #WEAK_VALUES}), both, or neither (0). */
    private int weakMode;
    private static final int WEAK_KEYS = 1;
    private static final int WEAK_VALUES = 2;

    /** The last traversal position over the string keys: makes {@code next} on shape keys constant time. */
    private Shape cursorShape;
    private Object[] cursorKeys;
    private int cursorIndex;

    public LuaTable() {
        super(ROOT_SHAPE);
        this.array = NO_ELEMENTS;
    }

    /** A table with room for {@code arrayCapacity} sequence elements. */
    public LuaTable(int arrayCapacity) {
        super(ROOT_SHAPE);
        this.array = arrayCapacity == 0 ? NO_ELEMENTS : new Object[arrayCapacity];
    }

    /** A sequence holding {@code elements} (not copied; none may be nil or null). */
    public static LuaTable ofSequence(Object[] elements) {
        LuaTable t = new LuaTable();
        t.array = elements;
        t.arraySize = elements.length;
        return t;
    }

    private static DynamicObjectLibrary lib() {
        return DynamicObjectLibrary.getUncached();
    }

    // ---- metatable -------------------------------------------------------------

    public LuaTable getMetatable() {
        Object mt = getShape().getDynamicType();
        return mt == NO_METATABLE ? null : (LuaTable) mt;
    }

    @TruffleBoundary
    public void setMetatable(LuaTable metatable) {
        if (metatable != null) {
            metatable.watch();
        }
        invalidateIfWatched();
        lib().setDynamicType(this, metatable == null ? NO_METATABLE : metatable);
        int mode = weakModeOf(metatable);
        if (mode != weakMode) {
            changeWeakMode(mode);
        }
    }

    /** The weakness a metatable's {@code __mode} asks for (Lua looks for 'k' and 'v' in the string). */
    private static int weakModeOf(LuaTable metatable) {
        if (metatable == null || !(metatable.rawGetStr("__mode") instanceof String m)) {
            return 0;
        }
        return (m.indexOf('k') >= 0 ? WEAK_KEYS : 0) | (m.indexOf('v') >= 0 ? WEAK_VALUES : 0);
    }

    /**
     * Becomes weak, or strong again: every entry moves into the hash part (string keys too),
     * with collectable keys and/or values held by weak references, and the cached nodes
     * leave the table to the reference path (shape flag {@link #WEAK}).
     */
    private void changeWeakMode(int mode) {
        java.util.List<Object[]> entries = new java.util.ArrayList<>();
        for (Object[] e = next(LuaNil.NIL); e != null; e = next(e[0])) {
            entries.add(e);
        }
        if (!isDictionary()) {
            toDictionary();
        }
        array = NO_ELEMENTS;
        arraySize = 0;
        hash = null;
        weakMode = mode;
        int flags = getShape().getFlags();
        lib().setShapeFlags(this, mode == 0 ? flags & ~WEAK : flags | WEAK);
        for (Object[] e : entries) {
            hashPut(e[0], e[1]);
        }
    }

    // ---- watching ------------------------------------------------------------

    public boolean isWatched() {
        return (getShape().getFlags() & WATCHED) != 0;
    }

    public boolean isDictionary() {
        return (getShape().getFlags() & DICTIONARY) != 0;
    }

    /** Marks this table as one whose contents compiled lookups may depend on. */
    @TruffleBoundary
    public void watch() {
        if (!isWatched()) {
            stable = new CyclicAssumption("lua table contents");
            lib().setShapeFlags(this, getShape().getFlags() | WATCHED);
        }
    }

    /** Valid while no raw write has touched this (watched) table; call {@link #watch} first. */
    public Assumption getStableAssumption() {
        return stable.getAssumption();
    }

    /** What every raw write to a watched table must do. */
    public void invalidateIfWatched() {
        if (stable != null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            stable.invalidate();
        }
    }

    // ---- raw reads ------------------------------------------------------------

    public int arraySize() {
        return arraySize;
    }

    public Object[] arrayStorage() {
        return array;
    }

    public LuaHashPart hashPart() {
        return hash;
    }

    /** {@code rawget(t, k)} for a normalised key (see {@link LuaValues#normalizeKey}). */
    public Object rawGet(Object key) {
        if (key instanceof String s) {
            return rawGetStr(s);
        }
        if (key instanceof Long l) {
            return rawGetInt(l);
        }
        return hash == null ? LuaNil.NIL : hash.get(key);
    }

    @TruffleBoundary
    public Object rawGetStr(String key) {
        if (isDictionary()) {
            return hash == null ? LuaNil.NIL : hash.get(key);
        }
        return lib().getOrDefault(this, key, LuaNil.NIL);
    }

    public Object rawGetInt(long key) {
        if (key >= 1 && key <= arraySize) {
            return array[(int) (key - 1)];
        }
        return hash == null ? LuaNil.NIL : hash.get(key);
    }

    // ---- raw writes -----------------------------------------------------------

    /** {@code rawset(t, k, v)} for a normalised key that is neither nil nor NaN. */
    public void rawSet(Object key, Object value) {
        if (key instanceof String s) {
            rawSetStr(s, value);
        } else if (key instanceof Long l) {
            rawSetInt(l, value);
        } else {
            invalidateIfWatched();
            hashPut(key, value);
        }
    }

    @TruffleBoundary
    public void rawSetStr(String key, Object value) {
        invalidateIfWatched();
        if (isDictionary()) {
            hashPut(key, value);
            return;
        }
        DynamicObjectLibrary lib = lib();
        if (value == LuaNil.NIL) {
            lib.putIfPresent(this, key, LuaNil.NIL);
            return;
        }
        int before = getShape().getPropertyCount();
        lib.put(this, key, value);
        int after = getShape().getPropertyCount();
        if (after != before) {
            afterNewStringKey(after);
        }
    }

    /**
     * Called after a string key was added to the shape (also by the cached write nodes):
     * compacts tombstones now and then, and switches huge tables to dictionary mode.
     */
    @TruffleBoundary
    public void afterNewStringKey(int propertyCount) {
        if (propertyCount >= 16 && Integer.bitCount(propertyCount) == 1) {
            compactTombstones();
        }
        if (getShape().getPropertyCount() > DICTIONARY_THRESHOLD) {
            toDictionary();
        }
    }

    private void compactTombstones() {
        DynamicObjectLibrary lib = lib();
        Object[] keys = lib.getKeyArray(this);
        int dead = 0;
        for (Object k : keys) {
            if (lib.getOrDefault(this, k, null) == LuaNil.NIL) {
                dead++;
            }
        }
        if (dead * 2 > keys.length) {
            for (Object k : keys) {
                if (lib.getOrDefault(this, k, null) == LuaNil.NIL) {
                    lib.removeKey(this, k);
                }
            }
        }
    }

    private void toDictionary() {
        DynamicObjectLibrary lib = lib();
        Shape shape = getShape();
        Object[] keys = lib.getKeyArray(this);
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = lib.getOrDefault(this, keys[i], LuaNil.NIL);
        }
        Object mt = shape.getDynamicType();
        int flags = shape.getFlags();
        lib.resetShape(this, ROOT_SHAPE);
        lib.setDynamicType(this, mt);
        lib.setShapeFlags(this, flags | DICTIONARY);
        for (int i = 0; i < keys.length; i++) {
            hashPut(keys[i], values[i]);
        }
    }

    public void rawSetInt(long key, Object value) {
        invalidateIfWatched();
        if (weakMode != 0) {
            hashPut(key, value);
        } else if (key >= 1 && key <= arraySize) {
            array[(int) (key - 1)] = value;
            if (value == LuaNil.NIL && key == arraySize) {
                trimArray();
            }
        } else if (key == (long) arraySize + 1 && value != LuaNil.NIL && arraySize < Integer.MAX_VALUE - 8) {
            append(value);
        } else {
            hashPut(key, value);
        }
    }

    /** Stores {@code value} at index {@code arraySize + 1} (not nil). */
    public void append(Object value) {
        if (weakMode != 0) {
            hashPut((long) arraySize + 1, value);
            return;
        }
        if (arraySize == array.length) {
            growArray(arraySize + 1);
        }
        array[arraySize++] = value;
        if (hash != null && hash.liveCount() > 0) {
            migrateFromHash();
        }
    }

    /**
     * A table constructor's positional items {@code values[0..count)} at keys
     * {@code start, start + 1, ...} (Lua's SETLIST): into the array part, nils included, so
     * that {@code #{1, nil, 3}} is 3 as in Lua; trailing nils are dropped.
     */
    @TruffleBoundary
    public void setList(long start, Object[] values, int count) {
        if (weakMode != 0 || start != (long) arraySize + 1 || start + count > Integer.MAX_VALUE - 8) {
            for (int i = 0; i < count; i++) {
                rawSetInt(start + i, values[i]);
            }
            return;
        }
        int end = arraySize + count;
        if (end > array.length) {
            growArray(end);
        }
        for (int i = 0; i < count; i++) {
            array[arraySize + i] = values[i];
            if (hash != null && hash.liveCount() > 0) {
                hash.put((long) arraySize + i + 1, LuaNil.NIL);
            }
        }
        arraySize = end;
        trimArray();
        if (hash != null && hash.liveCount() > 0) {
            migrateFromHash();
        }
    }

    @TruffleBoundary
    private void growArray(int minimum) {
        int capacity = Math.max(4, Math.max(minimum, array.length * 2));
        array = java.util.Arrays.copyOf(array, capacity);
    }

    /** After an append: moves the keys that now continue the sequence out of the hash part. */
    @TruffleBoundary
    private void migrateFromHash() {
        while (true) {
            Long next = (long) arraySize + 1;
            Object v = hash.get(next);
            if (v == LuaNil.NIL) {
                return;
            }
            hash.put(next, LuaNil.NIL);
            if (arraySize == array.length) {
                growArray(arraySize + 1);
            }
            array[arraySize++] = v;
        }
    }

    private void trimArray() {
        int n = arraySize;
        while (n > 0 && array[n - 1] == LuaNil.NIL) {
            array[n - 1] = null;
            n--;
        }
        arraySize = n;
    }

    @TruffleBoundary
    private void hashPut(Object key, Object value) {
        if (hash == null) {
            if (value == LuaNil.NIL) {
                return;
            }
            hash = new LuaHashPart();
        }
        Object k = key;
        Object v = value;
        if (weakMode != 0) {
            if ((weakMode & WEAK_KEYS) != 0 && WeakEntries.isCollectable(k)) {
                k = new WeakEntries.WeakKey(k);
            }
            if ((weakMode & WEAK_VALUES) != 0 && WeakEntries.isCollectable(v)) {
                v = new WeakEntries.WeakValue(v);
            }
        }
        hash.put(k, v);
    }

    // ---- length and traversal ---------------------------------------------------

    /** The raw length {@code #t}: a border (the array size, continued into the hash part). */
    public long rawLength() {
        if (hash == null || hash.liveCount() == 0) {
            return arraySize;
        }
        return hashBorder();
    }

    @TruffleBoundary
    private long hashBorder() {
        long j = arraySize;
        while (hash.get(j + 1) != LuaNil.NIL) {
            j++;
        }
        return j;
    }

    /**
     * {@code next(t, key)}: the entry after {@code key} (nil: the first), as a two-element
     * array, or null when the traversal is over. Order: the array part, the string keys
     * in insertion order, then the hash part in insertion order.
     *
     * @throws IllegalArgumentException if {@code key} is not in the table ("invalid key to 'next'")
     */
    @TruffleBoundary
    public Object[] next(Object key) {
        int arrayFrom;
        if (key == LuaNil.NIL) {
            arrayFrom = 0;
        } else if (key instanceof Long l && l >= 1 && l <= arraySize) {
            arrayFrom = (int) (long) l;
        } else {
            arrayFrom = -1;
        }
        if (arrayFrom >= 0) {
            for (int i = arrayFrom; i < arraySize; i++) {
                if (array[i] != LuaNil.NIL) {
                    return new Object[]{(long) i + 1, array[i]};
                }
            }
            return nextShapeKey(0);
        }
        if (key instanceof String s && !isDictionary()) {
            return nextShapeKey(shapeKeyIndex(s) + 1);
        }
        int at = hash == null ? -1 : hash.find(key);
        if (at < 0) {
            throw new IllegalArgumentException("invalid key to 'next'");
        }
        return nextHash(at + 1);
    }

    private int shapeKeyIndex(String key) {
        Object[] keys = shapeKeys();
        if (cursorIndex < keys.length && key.equals(keys[cursorIndex])) {
            return cursorIndex;
        }
        for (int i = 0; i < keys.length; i++) {
            if (key.equals(keys[i])) {
                return i;
            }
        }
        throw new IllegalArgumentException("invalid key to 'next'");
    }

    private Object[] shapeKeys() {
        Shape shape = getShape();
        if (cursorShape != shape) {
            cursorShape = shape;
            cursorKeys = lib().getKeyArray(this);
            cursorIndex = 0;
        }
        return cursorKeys;
    }

    private Object[] nextShapeKey(int from) {
        if (!isDictionary()) {
            Object[] keys = shapeKeys();
            DynamicObjectLibrary lib = lib();
            for (int i = from; i < keys.length; i++) {
                Object v = lib.getOrDefault(this, keys[i], LuaNil.NIL);
                if (v != LuaNil.NIL) {
                    cursorIndex = i;
                    return new Object[]{keys[i], v};
                }
            }
        }
        return nextHash(0);
    }

    private Object[] nextHash(int from) {
        if (hash == null) {
            return null;
        }
        int i = hash.nextLive(from);
        return i < 0 ? null : new Object[]{hash.keyAt(i), hash.valueAt(i)};
    }

    @Override
    public String toString() {
        return "table: " + LuaValues.addressOf(this);
    }

    // ---- interop: how other languages see a table (see LuaTableInterop) ----------------------

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new InteropArray(LuaTableInterop.memberNames(this));
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return LuaTableInterop.hasMember(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = LuaTableInterop.read(this, LuaStrings.fromJava(member));
        if (v == LuaNil.NIL) {
            throw UnknownIdentifierException.create(member);
        }
        return v;
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return LuaTableInterop.hasMember(this, member);
    }

    /** Interop's contract: a member is either there (modifiable) or insertable, never both. */
    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !LuaTableInterop.hasMember(this, member);
    }

    @ExportMessage
    void writeMember(String member, Object value) {
        LuaTableInterop.write(this, LuaStrings.fromJava(member), value);
    }

    /** Only the table's own keys can be removed (a key found through __index is another table's). */
    @ExportMessage
    boolean isMemberRemovable(String member) {
        return LuaTableInterop.hasOwn(this, LuaStrings.fromJava(member));
    }

    @ExportMessage
    void removeMember(String member) throws UnknownIdentifierException {
        if (!LuaTableInterop.hasOwn(this, LuaStrings.fromJava(member))) {
            throw UnknownIdentifierException.create(member);
        }
        LuaTableInterop.removeOwn(this, LuaStrings.fromJava(member));
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return LuaTableInterop.isInvocable(this, member);
    }

    /** {@code t:member(args)}: the method call Lua code would make, with the table as {@code self}. */
    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        return LuaTableInterop.invoke(this, member, arguments);
    }

    /** A table is executable when its metatable has {@code __call}. */
    @ExportMessage
    boolean isExecutable() {
        return LuaTableInterop.isCallable(this);
    }

    @ExportMessage
    Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!LuaTableInterop.isCallable(this)) {
            throw UnsupportedMessageException.create();
        }
        return dev.dunder.runtime.lua.model.LuaCalls.interopCall(this, arguments);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return rawLength();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < rawLength();
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return index >= 0 && index < rawLength();
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index == rawLength();
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= rawLength()) {
            throw InvalidArrayIndexException.create(index);
        }
        return LuaTableInterop.read(this, index + 1);
    }

    @ExportMessage
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException {
        if (index < 0 || index > rawLength()) {
            throw InvalidArrayIndexException.create(index);
        }
        LuaTableInterop.write(this, index + 1, value);
    }

    // hash entries: the table's own contents, every key, read and written raw (what pairs and next see)

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return LuaTableInterop.hashSize(this);
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    boolean isHashEntryPresent(Object key) {
        return LuaTableInterop.hasOwn(this, dev.dunder.runtime.lua.model.LuaInterop.fromForeign(key));
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object key) {
        Object k = dev.dunder.runtime.lua.model.LuaInterop.fromForeign(key);
        return k != LuaNil.NIL && !(k instanceof Double d && d.isNaN()) && !LuaTableInterop.hasOwn(this, k);
    }

    @ExportMessage
    Object readHashValue(Object key) throws UnknownKeyException {
        Object k = dev.dunder.runtime.lua.model.LuaInterop.fromForeign(key);
        if (!LuaTableInterop.hasOwn(this, k)) {
            throw UnknownKeyException.create(key);
        }
        return LuaTableInterop.rawRead(this, k);
    }

    @ExportMessage
    void writeHashEntry(Object key, Object value) throws UnsupportedMessageException {
        Object k = dev.dunder.runtime.lua.model.LuaInterop.fromForeign(key);
        if (k == LuaNil.NIL || (k instanceof Double d && d.isNaN())) {
            throw UnsupportedMessageException.create();
        }
        LuaTableInterop.rawWrite(this, k, value);
    }

    @ExportMessage
    void removeHashEntry(Object key) throws UnknownKeyException {
        Object k = dev.dunder.runtime.lua.model.LuaInterop.fromForeign(key);
        if (!LuaTableInterop.hasOwn(this, k)) {
            throw UnknownKeyException.create(key);
        }
        LuaTableInterop.removeOwn(this, k);
    }

    @ExportMessage
    Object getHashEntriesIterator() {
        return new InteropArray(LuaTableInterop.hashEntries(this)).iterator();
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return LuaTableInterop.display(this);
    }
}
