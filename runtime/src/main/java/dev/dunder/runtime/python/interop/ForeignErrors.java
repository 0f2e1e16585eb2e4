package dev.dunder.runtime.python.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.HiddenKey;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Errors crossing between Python and other languages.
 *
 * <p>Into Python: an exception thrown by the host or another language while Python code
 * uses one of its values becomes a {@code polyglot.ForeignError} (an {@code Exception}, so
 * {@code except Exception} catches it) whose message names the foreign exception's class,
 * and whose {@code exception} attribute is the foreign exception object. The interop
 * protocol's own failures become the Python errors the same operation raises on Python
 * objects (unknown member: AttributeError, bad index: IndexError, ...).
 *
 * <p>Out of Python: a ForeignError nobody caught is rethrown as the original exception, so
 * a Java exception passing through Python code reaches the Java caller unchanged.
 */
public final class ForeignErrors {
    /** Where a ForeignError keeps the foreign exception it stands for. */
    public static final HiddenKey ORIGINAL = new HiddenKey("foreign exception");

    private ForeignErrors() {
    }

    /** Is this a foreign exception Python code may catch (not a cancel, exit or interrupt of the context)? */
    @TruffleBoundary
    public static boolean isCatchable(Throwable t) {
        if (t instanceof PythonException || !(t instanceof AbstractTruffleException)) {
            return false;
        }
        InteropLibrary lib = InteropLibrary.getUncached(t);
        try {
            ExceptionType type = lib.getExceptionType(t);
            return type == ExceptionType.RUNTIME_ERROR || type == ExceptionType.PARSE_ERROR;
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }

    /** The Python exception standing for a foreign one thrown into Python code. */
    @TruffleBoundary
    public static PythonException wrap(AbstractTruffleException foreign) {
        PBaseException e = PyErrors.newException(PyTypes.FOREIGN_ERROR, describe(foreign));
        DynamicObjectLibrary.getUncached().put(e, ORIGINAL, foreign);
        return PyErrors.toThrow(e);
    }

    /** {@code java.lang.IllegalStateException: message}: the foreign class and message. */
    @TruffleBoundary
    static String describe(Object foreign) {
        InteropLibrary lib = InteropLibrary.getUncached(foreign);
        String type = null;
        String message = null;
        try {
            if (lib.hasMetaObject(foreign)) {
                Object meta = lib.getMetaObject(foreign);
                type = InteropLibrary.getUncached().asString(InteropLibrary.getUncached(meta).getMetaQualifiedName(meta));
            }
            if (lib.hasExceptionMessage(foreign)) {
                Object m = lib.getExceptionMessage(foreign);
                message = InteropLibrary.getUncached(m).asString(m);
            }
        } catch (UnsupportedMessageException e) {
            // describe with what we have
        }
        if (type == null) {
            return message == null ? "foreign exception" : message;
        }
        return message == null ? type : type + ": " + message;
    }

    /** The exception to throw out of Python: the original foreign exception if {@code e} only wraps it. */
    @TruffleBoundary
    public static RuntimeException unwrapForeign(PythonException e) {
        PBaseException exc = e.getException();
        if (exc.getPyClass() == PyTypes.FOREIGN_ERROR) {
            Object original = DynamicObjectLibrary.getUncached().getOrDefault(exc, ORIGINAL, null);
            if (original instanceof AbstractTruffleException ate) {
                return ate;
            }
        }
        return e;
    }

    /**
     * For a program's end ({@code context.eval}): a Java exception that went through Python
     * uncaught reaches the embedder as itself ({@code PolyglotException.isHostException()});
     * other languages' errors stay Python exceptions, so the program's traceback is kept.
     */
    @TruffleBoundary
    public static RuntimeException unwrapHostException(PythonException e) {
        Object original = originalOf(e.getException());
        PythonContext ctx = PythonContext.current();
        if (original instanceof AbstractTruffleException ate && ctx != null && ctx.getEnv() instanceof TruffleLanguage.Env env && env.isHostException(ate)) {
            return ate;
        }
        return e;
    }

    /** The foreign exception a ForeignError stands for, or null. */
    public static Object originalOf(PBaseException exc) {
        if (exc.getPyClass() != PyTypes.FOREIGN_ERROR) {
            return null;
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(exc, ORIGINAL, null);
    }

    /**
     * The Python error for an interop protocol failure of {@code operation} on a foreign value:
     * the errors Python raises for the same operation on its own objects.
     */
    @TruffleBoundary
    public static PythonException fromInterop(InteropException e, Object receiver, String operation) {
        String type = ForeignAccess.typeName(receiver);
        if (e instanceof UnknownIdentifierException u) {
            return PyErrors.attributeError("'" + type + "' object has no attribute '" + u.getUnknownIdentifier() + "'", receiver, u.getUnknownIdentifier());
        } else if (e instanceof InvalidArrayIndexException i) {
            return PyErrors.indexError(type + " index " + i.getInvalidIndex() + " out of range");
        } else if (e instanceof UnknownKeyException k) {
            return PyErrors.keyError(PythonInterop.toPython(k.getUnknownKey()));
        } else if (e instanceof ArityException a) {
            String expected = a.getExpectedMinArity() == a.getExpectedMaxArity() ? String.valueOf(a.getExpectedMinArity())
                            : a.getExpectedMaxArity() < 0 ? "at least " + a.getExpectedMinArity() : a.getExpectedMinArity() + " to " + a.getExpectedMaxArity();
            return PyErrors.typeError("%s() takes %s arguments (%d given)", type, expected, a.getActualArity());
        } else if (e instanceof UnsupportedTypeException) {
            return PyErrors.typeError("invalid argument types for %s of '%s' object%s", operation, type,
                            e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return PyErrors.typeError("'%s' object does not support %s", type, operation);
    }
}
