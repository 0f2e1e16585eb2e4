package dev.dunder.runtime.python.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.runtime.python.objects.PyTypes;

/**
 * A Python int too big for a long, as it leaves Python: interop does not accept a
 * {@link BigInteger} itself, so this carries it. It is a number that fits in a
 * BigInteger ({@code Value.asBigInteger()}), and {@link PythonInterop#toPython} unwraps it
 * when it comes back.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyBigInt implements TruffleObject {
    private final BigInteger value;

    public PyBigInt(BigInteger value) {
        this.value = value;
    }

    public BigInteger getValue() {
        return value;
    }

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage
    boolean fitsInByte() {
        return InteropNumbers.fits(this, Byte.class);
    }

    @ExportMessage
    boolean fitsInShort() {
        return InteropNumbers.fits(this, Short.class);
    }

    @ExportMessage
    boolean fitsInInt() {
        return InteropNumbers.fits(this, Integer.class);
    }

    @ExportMessage
    boolean fitsInLong() {
        return InteropNumbers.fits(this, Long.class);
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @ExportMessage
    boolean fitsInFloat() {
        return InteropNumbers.fits(this, Float.class);
    }

    @ExportMessage
    boolean fitsInDouble() {
        return InteropNumbers.fits(this, Double.class);
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        return InteropNumbers.asByte(this);
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        return InteropNumbers.asShort(this);
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        return InteropNumbers.asInt(this);
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        return InteropNumbers.asLong(this);
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        return InteropNumbers.asFloat(this);
    }

    @ExportMessage
    double asDouble() throws UnsupportedMessageException {
        return InteropNumbers.asDouble(this);
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PythonInterop.languageClass();
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return PyTypes.INT;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return value.toString();
    }
}
