package dev.dunder.runtime.python.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PSlice;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PySequences;

/**
 * Python operations on foreign values: host (Java) objects and other languages' objects.
 * Their Python type is {@code foreign}, whose special methods (installed by
 * {@code builtins.ForeignType}) call these, so every Python operation — attribute access,
 * calls, {@code len}, indexing, iteration, truth, {@code in} — works through the ordinary
 * protocol and ends here in the interop message that means the same thing:
 *
 * <pre>
 * obj.name            readMember (or a string key of a hash, e.g. a Lua table)
 * obj.name = v        writeMember          del obj.name   removeMember
 * obj(args)           execute, else instantiate (a Java class)
 * obj.m(args)         invokeMember: a method read as obj.m comes back bound ({@link ForeignMethod})
 * len(obj)            getArraySize / getHashSize
 * obj[i]              readArrayElement (negative i counts from the end) / readHashValue
 * for x in obj        getIterator (arrays and iterables), else the hash keys
 * </pre>
 *
 * The other language's own rules decide what these messages do (a JS getter runs, a Lua
 * {@code __index} is consulted); Python only translates results ({@link PythonInterop#toPython})
 * and errors ({@link ForeignErrors}).
 */
public final class ForeignAccess {
    private ForeignAccess() {
    }

    /** Is {@code o} a foreign value (not one of Python's own)? */
    public static boolean isForeign(Object o) {
        return PyTypes.typeOf(o) == PyTypes.FOREIGN;
    }

    private static InteropLibrary lib(Object o) {
        return InteropLibrary.getUncached(o);
    }

    /** {@code foreign java.util.ArrayList}: the Python type and, when known, the foreign class. */
    @TruffleBoundary
    public static String typeName(Object o) {
        String meta = metaName(o);
        return meta == null ? "foreign" : "foreign " + meta;
    }

    @TruffleBoundary
    static String metaName(Object o) {
        InteropLibrary lib = lib(o);
        try {
            if (lib.hasMetaObject(o)) {
                Object meta = lib.getMetaObject(o);
                Object name = lib(meta).getMetaQualifiedName(meta);
                return lib(name).asString(name);
            }
        } catch (UnsupportedMessageException | RuntimeException e) {
            // no usable name
        }
        return null;
    }

    // ---- attributes ----------------------------------------------------------------------------------

    /** {@code obj.name} through interop, or null when the foreign value has no such member. */
    @TruffleBoundary
    public static Object getAttributeOrNull(Object obj, String name) {
        InteropLibrary lib = lib(obj);
        try {
            if (lib.isMemberReadable(obj, name)) {
                Object raw = lib.readMember(obj, name);
                return member(lib, lib(raw), obj, name, raw);
            }
            if (!lib.hasMembers(obj) && lib.hasHashEntries(obj) && lib.isHashEntryReadable(obj, name)) {
                return PythonInterop.toPython(lib.readHashValue(obj, name));
            }
            return null;
        } catch (InteropException e) {
            return null;
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
    }

    /**
     * The Python value of member {@code name} just read from {@code obj}: a method of the object
     * comes back bound, as Python's {@code obj.m} does, so calling it is the object's own method
     * call (JS {@code this}, Lua {@code self}); anything else is translated as a value.
     */
    public static Object member(InteropLibrary objects, InteropLibrary values, Object obj, String name, Object raw) {
        if (values.isExecutable(raw) && objects.isMemberInvocable(obj, name)) {
            return new ForeignMethod(obj, name);
        }
        return PythonInterop.toPython(raw);
    }

    @TruffleBoundary
    public static void setAttribute(Object obj, String name, Object value) {
        InteropLibrary lib = lib(obj);
        Object v = PythonInterop.toInterop(value);
        try {
            if (!lib.hasMembers(obj) && lib.hasHashEntries(obj)) {
                lib.writeHashEntry(obj, name, v);
            } else {
                lib.writeMember(obj, name, v);
            }
        } catch (UnsupportedMessageException e) {
            throw PyErrors.attributeError("'" + typeName(obj) + "' object attribute '" + name + "' is read-only", obj, name);
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "attribute assignment");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
    }

    @TruffleBoundary
    public static void deleteAttribute(Object obj, String name) {
        InteropLibrary lib = lib(obj);
        try {
            if (!lib.hasMembers(obj) && lib.hasHashEntries(obj)) {
                lib.removeHashEntry(obj, name);
            } else {
                lib.removeMember(obj, name);
            }
        } catch (InteropException e) {
            throw PyErrors.noAttribute(obj, name);
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
    }

    /** The foreign value's member names (for {@code dir()}). */
    @TruffleBoundary
    public static List<String> memberNames(Object obj) {
        List<String> names = new ArrayList<>();
        InteropLibrary lib = lib(obj);
        try {
            if (lib.hasMembers(obj)) {
                Object keys = lib.getMembers(obj);
                InteropLibrary keysLib = lib(keys);
                long n = keysLib.getArraySize(keys);
                for (long i = 0; i < n; i++) {
                    Object k = keysLib.readArrayElement(keys, i);
                    names.add(lib(k).asString(k));
                }
            }
        } catch (InteropException e) {
            // a broken member list: show what we have
        }
        return names;
    }

    // ---- calls ---------------------------------------------------------------------------------------

    /** {@code obj(*args)}: execute it, or instantiate it if it is a class-like value. */
    @TruffleBoundary
    public static Object call(Object obj, Object[] args, boolean hasKeywords) {
        if (hasKeywords) {
            throw PyErrors.typeError("'%s' object does not accept keyword arguments", typeName(obj));
        }
        InteropLibrary lib = lib(obj);
        Object[] arguments = PythonInterop.toInterop(args);
        try {
            if (lib.isExecutable(obj)) {
                return PythonInterop.toPython(lib.execute(obj, arguments));
            } else if (lib.isInstantiable(obj)) {
                return PythonInterop.toPython(lib.instantiate(obj, arguments));
            }
            throw PyErrors.typeError("'%s' object is not callable", typeName(obj));
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "calls");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
    }

    // ---- containers ----------------------------------------------------------------------------------

    @TruffleBoundary
    public static long len(Object obj) {
        InteropLibrary lib = lib(obj);
        try {
            if (lib.hasArrayElements(obj)) {
                return lib.getArraySize(obj);
            } else if (lib.hasHashEntries(obj)) {
                return lib.getHashSize(obj);
            }
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "len()");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
        throw PyErrors.typeError("object of type '%s' has no len()", typeName(obj));
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        InteropLibrary lib = lib(obj);
        try {
            if (indexesArray(lib, obj, key)) {
                if (key instanceof PSlice slice) {
                    return slice(obj, slice);
                }
                long size = lib.getArraySize(obj);
                long i = arrayIndex(obj, key, size);
                return PythonInterop.toPython(lib.readArrayElement(obj, i));
            } else if (lib.hasHashEntries(obj)) {
                return PythonInterop.toPython(lib.readHashValue(obj, PythonInterop.toInterop(key)));
            } else if (lib.hasMembers(obj) && key instanceof String name) {
                return PythonInterop.toPython(lib.readMember(obj, name));
            }
        } catch (com.oracle.truffle.api.interop.UnknownIdentifierException e) {
            throw PyErrors.keyError(key);
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "item access");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
        throw PyErrors.typeError("'%s' object is not subscriptable", typeName(obj));
    }

    private static PList slice(Object obj, PSlice slice) throws InteropException {
        InteropLibrary lib = lib(obj);
        long[] bounds = PySequences.sliceIndices(slice, lib.getArraySize(obj));
        PList result = new PList();
        for (long i = bounds[0], n = 0; n < bounds[3]; i += bounds[2], n++) {
            result.append(PythonInterop.toPython(lib.readArrayElement(obj, i)));
        }
        return result;
    }

    /**
     * Does {@code obj[key]} address the array part? A value with both an array and hash
     * entries (a Lua table) takes integer keys and slices as array indices and every other
     * key as a hash key.
     */
    private static boolean indexesArray(InteropLibrary lib, Object obj, Object key) {
        if (!lib.hasArrayElements(obj)) {
            return false;
        }
        return !lib.hasHashEntries(obj) || key instanceof Long || key instanceof Integer || key instanceof Boolean || key instanceof PSlice;
    }

    /** A Python index into a foreign array: an int, negative counting from the end. */
    private static long arrayIndex(Object obj, Object key, long size) {
        long i = PySequences.asIndex(key, typeName(obj));
        long index = i < 0 ? i + size : i;
        if (index < 0 || index >= size) {
            throw PyErrors.indexError(typeName(obj) + " index out of range");
        }
        return index;
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        InteropLibrary lib = lib(obj);
        Object v = PythonInterop.toInterop(value);
        try {
            if (indexesArray(lib, obj, key)) {
                long size = lib.getArraySize(obj);
                long i = PySequences.asIndex(key, typeName(obj));
                long index = i < 0 ? i + size : i;
                if (index < 0 || (index >= size && !lib.isArrayElementInsertable(obj, index))) {
                    throw PyErrors.indexError(typeName(obj) + " assignment index out of range");
                }
                lib.writeArrayElement(obj, index, v);
                return;
            } else if (lib.hasHashEntries(obj)) {
                lib.writeHashEntry(obj, PythonInterop.toInterop(key), v);
                return;
            } else if (lib.hasMembers(obj) && key instanceof String name) {
                lib.writeMember(obj, name, v);
                return;
            }
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "item assignment");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
        throw PyErrors.typeError("'%s' object does not support item assignment", typeName(obj));
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        InteropLibrary lib = lib(obj);
        try {
            if (indexesArray(lib, obj, key)) {
                lib.removeArrayElement(obj, arrayIndex(obj, key, lib.getArraySize(obj)));
                return;
            } else if (lib.hasHashEntries(obj)) {
                lib.removeHashEntry(obj, PythonInterop.toInterop(key));
                return;
            } else if (lib.hasMembers(obj) && key instanceof String name) {
                lib.removeMember(obj, name);
                return;
            }
        } catch (com.oracle.truffle.api.interop.UnknownIdentifierException e) {
            throw PyErrors.keyError(key);
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "item deletion");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
        throw PyErrors.typeError("'%s' object does not support item deletion", typeName(obj));
    }

    @TruffleBoundary
    public static boolean contains(Object obj, Object item) {
        InteropLibrary lib = lib(obj);
        try {
            if (lib.hasHashEntries(obj)) {
                return lib.isHashEntryExisting(obj, PythonInterop.toInterop(item));
            } else if (lib.hasArrayElements(obj)) {
                long n = lib.getArraySize(obj);
                for (long i = 0; i < n; i++) {
                    if (PyCompare.equalsForContainers(PythonInterop.toPython(lib.readArrayElement(obj, i)), item)) {
                        return true;
                    }
                }
                return false;
            } else if (lib.hasIterator(obj)) {
                Object it = lib.getIterator(obj);
                Object v;
                while ((v = next(it)) != null) {
                    if (PyCompare.equalsForContainers(v, item)) {
                        return true;
                    }
                }
                return false;
            } else if (lib.hasMembers(obj) && item instanceof String name) {
                return lib.isMemberExisting(obj, name);
            }
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "'in'");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
        throw PyErrors.typeError("argument of type '%s' is not iterable", typeName(obj));
    }

    // ---- iteration -----------------------------------------------------------------------------------

    /** {@code iter(obj)}: the foreign iterator (it is itself a foreign value, stepped by {@link #next}). */
    @TruffleBoundary
    public static Object iter(Object obj) {
        InteropLibrary lib = lib(obj);
        try {
            if (lib.isIterator(obj)) {
                return obj;
            } else if (lib.hasIterator(obj)) {
                return lib.getIterator(obj);
            } else if (lib.hasHashEntries(obj)) {
                return lib.getHashKeysIterator(obj);
            }
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, obj, "iteration");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
        throw PyErrors.typeError("'%s' object is not iterable", typeName(obj));
    }

    /** The next element of a foreign iterator, or null at its end. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        InteropLibrary lib = lib(iterator);
        try {
            if (!lib.isIterator(iterator)) {
                throw PyErrors.typeError("'%s' object is not an iterator", typeName(iterator));
            }
            if (!lib.hasIteratorNextElement(iterator)) {
                return null;
            }
            return PythonInterop.toPython(lib.getIteratorNextElement(iterator));
        } catch (StopIterationException e) {
            return null;
        } catch (InteropException e) {
            throw ForeignErrors.fromInterop(e, iterator, "iteration");
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
    }

    /** {@code isinstance(x, JavaClass)}: the foreign meta-object decides (interop isMetaInstance). */
    @TruffleBoundary
    public static boolean isInstance(Object metaObject, Object instance) {
        InteropLibrary lib = lib(metaObject);
        if (!lib.isMetaObject(metaObject)) {
            throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        try {
            return lib.isMetaInstance(metaObject, PythonInterop.toInterop(instance));
        } catch (UnsupportedMessageException e) {
            return false;
        } catch (AbstractTruffleException e) {
            throw rethrow(e);
        }
    }

    // ---- identity, truth, text -----------------------------------------------------------------------

    @TruffleBoundary
    public static boolean isTrue(Object obj) {
        InteropLibrary lib = lib(obj);
        try {
            if (lib.isNull(obj)) {
                return false;
            } else if (lib.isBoolean(obj)) {
                return lib.asBoolean(obj);
            } else if (lib.hasArrayElements(obj)) {
                return lib.getArraySize(obj) != 0;
            } else if (lib.hasHashEntries(obj)) {
                return lib.getHashSize(obj) != 0;
            }
        } catch (InteropException e) {
            return true;
        }
        return true;
    }

    /** Two foreign references to the same object compare equal (a host object may arrive in several wrappers). */
    @TruffleBoundary
    public static boolean isIdentical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (!isForeign(b)) {
            return false;
        }
        return lib(a).isIdentical(a, b, lib(b));
    }

    @TruffleBoundary
    public static long identityHash(Object obj) {
        InteropLibrary lib = lib(obj);
        try {
            if (lib.hasIdentity(obj)) {
                return lib.identityHashCode(obj);
            }
        } catch (UnsupportedMessageException e) {
            // fall back to the wrapper's identity
        }
        return System.identityHashCode(obj);
    }

    /** {@code str(obj)}: the foreign value's own display string (Java's toString for host objects). */
    @TruffleBoundary
    public static String str(Object obj) {
        try {
            Object s = lib(obj).toDisplayString(obj, true);
            return lib(s).asString(s);
        } catch (UnsupportedMessageException | RuntimeException e) {
            return "<foreign object>";
        }
    }

    /** {@code repr(obj)}: {@code <foreign java.util.ArrayList [1, 2]>}. */
    @TruffleBoundary
    public static String repr(Object obj) {
        String meta = metaName(obj);
        String display = str(obj);
        if (meta == null || display.equals(meta)) {
            return "<foreign " + display + ">";
        }
        return "<foreign " + meta + " " + display + ">";
    }

    /** A foreign exception raised while Python used a foreign value: a Python exception Python code can catch. */
    public static RuntimeException rethrow(AbstractTruffleException e) {
        if (e instanceof PythonException || !ForeignErrors.isCatchable(e)) {
            return e;
        }
        return ForeignErrors.wrap(e);
    }
}
