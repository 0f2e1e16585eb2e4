package dev.dunder.runtime.python.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.utilities.TriState;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.python.interop.InteropIterators;
import dev.dunder.runtime.python.interop.InteropMappings;
import dev.dunder.runtime.python.interop.InteropMembers;
import dev.dunder.runtime.python.interop.InteropMeta;
import dev.dunder.runtime.python.interop.InteropNumbers;
import dev.dunder.runtime.python.interop.InteropSequences;
import dev.dunder.runtime.python.interop.PythonInterop;

/**
 * Every Python value that lives on the heap: instances, classes, lists, functions, ...
 *
 * <p>A PyObject is a Truffle {@link DynamicObject}. Its {@link Shape}'s dynamic type is its
 * Python class, so one shape check in a lookup cache proves both "which class" and
 * "which attributes the instance dict holds" — the essay's instance dict and its
 * class pointer in a single word. The instance dict's entries are the object's
 * shape properties, keyed by the attribute name (a Java String).
 *
 * <p>Unboxed values (int, float, bool, str) are plain Java values and get their
 * class from {@code PyTypes.typeOf}.
 *
 * <p>To Java and the other languages, a PyObject speaks the interop protocol with Python's
 * meaning (package {@code interop}): members are attributes (the full lookup with
 * descriptors, {@code __getattr__}, {@code __getattribute__}), executing is calling,
 * instantiating a class is calling it, sequences are arrays, dicts are hashes, iterables
 * have iterators, {@code type(x)} is the meta-object and {@code repr(x)} the display string.
 */
@ExportLibrary(InteropLibrary.class)
public class PyObject extends DynamicObject {

    public PyObject(Shape shape) {
        super(shape);
    }

    /** The Python class of this object: {@code type(obj)}. */
    public final PyType getPyClass() {
        return (PyType) getShape().getDynamicType();
    }

    // ---- identity, language, display -----------------------------------------------------------

    @ExportMessage
    final boolean isNull() {
        return this == PNone.NONE;
    }

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return PythonInterop.languageClass();
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(boolean allowSideEffects) {
        return PythonInterop.display(this, allowSideEffects);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return getPyClass();
    }

    /** Python's {@code is}: the same object. */
    @ExportMessage
    final TriState isIdenticalOrUndefined(Object other) {
        return other instanceof PyObject ? TriState.valueOf(this == other) : TriState.UNDEFINED;
    }

    @ExportMessage
    @TruffleBoundary
    final int identityHashCode() {
        return System.identityHashCode(this);
    }

    // ---- classes -------------------------------------------------------------------------------

    @ExportMessage
    final boolean isMetaObject() {
        return this instanceof PyType;
    }

    @ExportMessage
    final Object getMetaQualifiedName() throws UnsupportedMessageException {
        return InteropMeta.qualifiedName(this);
    }

    @ExportMessage
    final Object getMetaSimpleName() throws UnsupportedMessageException {
        return InteropMeta.simpleName(this);
    }

    @ExportMessage
    final boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        return InteropMeta.isInstance(this, instance);
    }

    @ExportMessage
    final boolean hasMetaParents() {
        return InteropMeta.hasParents(this);
    }

    @ExportMessage
    final Object getMetaParents() throws UnsupportedMessageException {
        return InteropMeta.parents(this);
    }

    @ExportMessage
    final boolean isInstantiable() {
        return this instanceof PyType;
    }

    @ExportMessage
    final Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        if (!(this instanceof PyType)) {
            throw UnsupportedMessageException.create();
        }
        return PythonInterop.call(this, arguments);
    }

    // ---- calls ---------------------------------------------------------------------------------

    @ExportMessage
    @TruffleBoundary
    final boolean isExecutable() {
        return this != PNone.NONE && PythonInterop.isCallable(this);
    }

    @ExportMessage
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        return PythonInterop.call(this, arguments);
    }

    // ---- attributes ----------------------------------------------------------------------------

    @ExportMessage
    final boolean hasMembers() {
        return this != PNone.NONE;
    }

    @ExportMessage
    final Object getMembers(boolean includeInternal) throws UnsupportedMessageException {
        if (this == PNone.NONE) {
            throw UnsupportedMessageException.create();
        }
        return InteropMembers.getMembers(this, includeInternal);
    }

    @ExportMessage
    final boolean isMemberReadable(String member) {
        return this != PNone.NONE && InteropMembers.isReadable(this, member);
    }

    @ExportMessage
    final Object readMember(String member) throws UnknownIdentifierException {
        return InteropMembers.read(this, member);
    }

    @ExportMessage
    final boolean isMemberModifiable(String member) {
        return this != PNone.NONE && InteropMembers.isModifiable(this, member);
    }

    @ExportMessage
    final boolean isMemberInsertable(String member) {
        return this != PNone.NONE && InteropMembers.isInsertable(this, member);
    }

    @ExportMessage
    final void writeMember(String member, Object value) throws UnknownIdentifierException {
        InteropMembers.write(this, member, value);
    }

    @ExportMessage
    final boolean isMemberRemovable(String member) {
        return this != PNone.NONE && InteropMembers.isRemovable(this, member);
    }

    @ExportMessage
    final void removeMember(String member) throws UnknownIdentifierException {
        InteropMembers.remove(this, member);
    }

    @ExportMessage
    final boolean isMemberInvocable(String member) {
        return this != PNone.NONE && InteropMembers.isInvocable(this, member);
    }

    @ExportMessage
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        return InteropMembers.invoke(this, member, arguments);
    }

    @ExportMessage
    final boolean isMemberInternal(String member) {
        return InteropMembers.isInternal(member);
    }

    @ExportMessage
    final boolean hasMemberReadSideEffects(String member) {
        return this != PNone.NONE && InteropMembers.hasReadSideEffects(this, member);
    }

    // ---- sequences -----------------------------------------------------------------------------

    @ExportMessage
    final boolean hasArrayElements() {
        return InteropSequences.isSequence(this);
    }

    @ExportMessage
    final long getArraySize() throws UnsupportedMessageException {
        return InteropSequences.size(this);
    }

    @ExportMessage
    final boolean isArrayElementReadable(long index) {
        return InteropSequences.isReadable(this, index);
    }

    @ExportMessage
    final Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        return InteropSequences.read(this, index);
    }

    @ExportMessage
    final boolean isArrayElementModifiable(long index) {
        return InteropSequences.isModifiable(this, index);
    }

    @ExportMessage
    final boolean isArrayElementInsertable(long index) {
        return InteropSequences.isInsertable(this, index);
    }

    @ExportMessage
    final void writeArrayElement(long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        InteropSequences.write(this, index, value);
    }

    @ExportMessage
    final boolean isArrayElementRemovable(long index) {
        return InteropSequences.isRemovable(this, index);
    }

    @ExportMessage
    final void removeArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        InteropSequences.remove(this, index);
    }

    // ---- dicts ---------------------------------------------------------------------------------

    @ExportMessage
    final boolean hasHashEntries() {
        return InteropMappings.isMapping(this);
    }

    @ExportMessage
    final long getHashSize() throws UnsupportedMessageException {
        return InteropMappings.size(this);
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    final boolean isHashEntryPresent(Object key) {
        return InteropMappings.contains(this, key);
    }

    @ExportMessage
    final boolean isHashEntryInsertable(Object key) {
        return InteropMappings.isMapping(this) && !InteropMappings.contains(this, key);
    }

    @ExportMessage
    final Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        return InteropMappings.read(this, key);
    }

    @ExportMessage
    final void writeHashEntry(Object key, Object value) throws UnsupportedMessageException {
        InteropMappings.write(this, key, value);
    }

    @ExportMessage
    final void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        InteropMappings.remove(this, key);
    }

    @ExportMessage
    final Object getHashEntriesIterator() throws UnsupportedMessageException {
        return InteropMappings.iterator(this, "items");
    }

    @ExportMessage
    final Object getHashKeysIterator() throws UnsupportedMessageException {
        return InteropMappings.iterator(this, null);
    }

    @ExportMessage
    final Object getHashValuesIterator() throws UnsupportedMessageException {
        return InteropMappings.iterator(this, "values");
    }

    // ---- iteration -----------------------------------------------------------------------------

    @ExportMessage
    final boolean hasIterator() {
        return InteropIterators.isIterable(this);
    }

    @ExportMessage
    final Object getIterator() throws UnsupportedMessageException {
        return InteropIterators.iterator(this);
    }

    @ExportMessage
    final boolean isIterator() {
        return InteropIterators.isIterator(this);
    }

    @ExportMessage
    final boolean hasIteratorNextElement() throws UnsupportedMessageException {
        return InteropIterators.hasNext(this);
    }

    @ExportMessage
    final Object getIteratorNextElement() throws UnsupportedMessageException, StopIterationException {
        return InteropIterators.next(this);
    }

    // ---- instances of str, int and float subclasses --------------------------------------------

    @ExportMessage
    final boolean isString() {
        return this instanceof PBoxed b && b.getValue() instanceof String;
    }

    @ExportMessage
    final String asString() throws UnsupportedMessageException {
        if (this instanceof PBoxed b && b.getValue() instanceof String s) {
            return s;
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean isNumber() {
        return InteropNumbers.isNumber(this);
    }

    @ExportMessage
    final boolean fitsInByte() {
        return InteropNumbers.fits(this, Byte.class);
    }

    @ExportMessage
    final boolean fitsInShort() {
        return InteropNumbers.fits(this, Short.class);
    }

    @ExportMessage
    final boolean fitsInInt() {
        return InteropNumbers.fits(this, Integer.class);
    }

    @ExportMessage
    final boolean fitsInLong() {
        return InteropNumbers.fits(this, Long.class);
    }

    @ExportMessage
    final boolean fitsInBigInteger() {
        return InteropNumbers.fits(this, BigInteger.class);
    }

    @ExportMessage
    final boolean fitsInFloat() {
        return InteropNumbers.fits(this, Float.class);
    }

    @ExportMessage
    final boolean fitsInDouble() {
        return InteropNumbers.fits(this, Double.class);
    }

    @ExportMessage
    final byte asByte() throws UnsupportedMessageException {
        return InteropNumbers.asByte(this);
    }

    @ExportMessage
    final short asShort() throws UnsupportedMessageException {
        return InteropNumbers.asShort(this);
    }

    @ExportMessage
    final int asInt() throws UnsupportedMessageException {
        return InteropNumbers.asInt(this);
    }

    @ExportMessage
    final long asLong() throws UnsupportedMessageException {
        return InteropNumbers.asLong(this);
    }

    @ExportMessage
    final BigInteger asBigInteger() throws UnsupportedMessageException {
        return InteropNumbers.asBigInteger(this);
    }

    @ExportMessage
    final float asFloat() throws UnsupportedMessageException {
        return InteropNumbers.asFloat(this);
    }

    @ExportMessage
    final double asDouble() throws UnsupportedMessageException {
        return InteropNumbers.asDouble(this);
    }
}
