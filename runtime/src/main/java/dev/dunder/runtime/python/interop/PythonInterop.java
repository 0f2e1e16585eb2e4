package dev.dunder.runtime.python.interop;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * How Python values meet the polyglot world (the host, or another Dunder model).
 *
 * <p>Values arriving are turned into Python values by {@link #toPython}: Java's small
 * integer types become Python ints, interop strings become str, null-like values None,
 * interop numbers that are not Java primitives become int or float; everything else
 * (host objects, Lua tables, JS objects) stays as it is and has the Python type
 * {@code foreign} (see {@link ForeignAccess}). Values leaving are made valid interop
 * values by {@link #toInterop}: only arbitrary-precision ints need a wrapper ({@link PyBigInt}).
 */
public final class PythonInterop {
    private static volatile Class<? extends TruffleLanguage<?>> languageClass;

    private PythonInterop() {
    }

    /** Set once by the language: the runtime must name it in {@code getLanguage} but cannot depend on it. */
    public static void setLanguageClass(Class<? extends TruffleLanguage<?>> language) {
        languageClass = language;
    }

    public static Class<? extends TruffleLanguage<?>> languageClass() {
        return languageClass;
    }

    public static boolean isCallable(Object o) {
        if (o instanceof PFunction || o instanceof PBuiltinFunction || o instanceof PMethod || o instanceof PyType) {
            return true;
        }
        return PyTypes.typeOf(o).lookup("__call__") != null;
    }

    /** {@code callable(*arguments)} with interop arguments and an interop result. */
    @TruffleBoundary
    public static Object call(Object callable, Object[] arguments) {
        try {
            return toInterop(PyCall.call(callable, toPython(arguments)));
        } catch (PythonException e) {
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    /** A value from interop as a Python value. */
    @TruffleBoundary
    public static Object toPython(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof String || o instanceof PyObject) {
            return o;
        } else if (o instanceof Integer i) {
            return (long) i;
        } else if (o instanceof Short s) {
            return (long) s;
        } else if (o instanceof Byte b) {
            return (long) b;
        } else if (o instanceof Float f) {
            return (double) f;
        } else if (o instanceof Character c) {
            return String.valueOf(c);
        } else if (o instanceof PyBigInt b) {
            return b.getValue();
        } else if (o instanceof PythonException pe) {
            return pe.getException();
        } else if (o instanceof BigInteger) {
            return o;
        }
        return foreignToPython(o);
    }

    private static Object foreignToPython(Object o) {
        InteropLibrary lib = InteropLibrary.getUncached(o);
        try {
            if (lib.isNull(o)) {
                return PNone.NONE;
            } else if (lib.isBoolean(o)) {
                return lib.asBoolean(o);
            } else if (lib.isString(o)) {
                return lib.asString(o);
            } else if (lib.isNumber(o)) {
                if (lib.fitsInLong(o)) {
                    return lib.asLong(o);
                } else if (lib.fitsInBigInteger(o)) {
                    return normalize(lib.asBigInteger(o));
                } else if (lib.fitsInDouble(o)) {
                    return lib.asDouble(o);
                }
            }
        } catch (UnsupportedMessageException e) {
            // the value broke its own protocol: keep it as the foreign object it is
        }
        return o;
    }

    /** A BigInteger that fits in a long is a long in Dunder's representation of int. */
    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static Object[] toPython(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toPython(values[i]);
        }
        return result;
    }

    /** A Python value as a valid interop value. */
    public static Object toInterop(Object o) {
        if (o instanceof BigInteger b) {
            return new PyBigInt(b);
        }
        return o;
    }

    public static Object[] toInterop(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = toInterop(values[i]);
        }
        return result;
    }

    /** {@code repr(o)}, the display string of Python values (what a REPL shows). */
    @TruffleBoundary
    public static Object display(Object o, boolean sideEffects) {
        if (!sideEffects && o instanceof PyObject && !PyTypes.typeOf(o).isBuiltin()) {
            // a user __repr__ is arbitrary code
            return "<" + PyTypes.typeOf(o).getName() + " object>";
        }
        try {
            return PyStr.repr(o);
        } catch (PythonException e) {
            return "<" + PyTypes.typeOf(o).getName() + " object>";
        }
    }

    // ---- members, shared by objects and exceptions --------------------------------------------

    public static Object members(Object receiver, boolean includeInternal) {
        return InteropMembers.getMembers(receiver, includeInternal);
    }

    public static boolean isMemberReadable(Object receiver, String name) {
        return InteropMembers.isReadable(receiver, name);
    }

    public static Object readMember(Object receiver, String name) throws UnknownIdentifierException {
        return InteropMembers.read(receiver, name);
    }
}
