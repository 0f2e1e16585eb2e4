package dev.dunder.runtime.lua.model;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaValues;

/**
 * Lua code using another language's object or a host (Java) object — a userdata to Lua,
 * whose operations are asked of the object through interop, so its own rules apply (a
 * Python property's getter runs, a Java method is called):
 * <ul>
 * <li>{@code x.name} / {@code x["name"]}: readMember (nil when there is no such member, as a
 * table answers); {@code x[i]} for an integer on an array: element {@code i - 1} (Lua counts
 * from 1, interop from 0, so {@code x[1]} is the first element and {@code ipairs} works); any
 * other key of an object with hash entries: readHashValue;</li>
 * <li>{@code x.name = v}: writeMember; {@code x[i] = v}: writeArrayElement {@code i - 1};
 * otherwise writeHashEntry;</li>
 * <li>{@code x:m(a)}: invokeMember(x, "m", a) — the object's own method call (Java's
 * {@code x.m(a)}, Python's {@code x.m(a)}), so {@code x} is not passed again as an argument;</li>
 * <li>{@code x(a)}: execute; {@code #x}: the array size (or a string's length in bytes);
 * {@code pairs(x)}: array elements (from 1), hash entries, or readable members with their values;
 * {@code tostring(x)}: toDisplayString; {@code type(x)}: "userdata".</li>
 * </ul>
 * Values cross as {@link LuaInterop} converts them: Lua strings leave as text and text
 * arrives as Lua (UTF-8 byte) strings.
 */
public final class ForeignValues {
    private ForeignValues() {
    }

    /**
     * Whether a Truffle exception is another language's or the host's runtime error, which
     * {@code pcall} catches with the exception object as the error value (not Lua's own
     * errors, and never an exit or a cancellation).
     */
    @TruffleBoundary
    public static boolean isForeignError(com.oracle.truffle.api.exception.AbstractTruffleException e) {
        if (e instanceof dev.dunder.runtime.lua.LuaError) {
            return false;
        }
        InteropLibrary lib = InteropLibrary.getUncached(e);
        try {
            return lib.isException(e) && lib.getExceptionType(e) == com.oracle.truffle.api.interop.ExceptionType.RUNTIME_ERROR;
        } catch (UnsupportedMessageException ex) {
            return false;
        }
    }

    /** {@code x[key]}. */
    @TruffleBoundary
    public static Object read(Object x, Object key) {
        InteropLibrary lib = InteropLibrary.getUncached(x);
        try {
            Object k = LuaValues.normalizeKey(key);
            if (k instanceof String s) {
                String member = LuaStrings.toJava(s);
                if (lib.isMemberReadable(x, member)) {
                    return LuaInterop.fromForeign(lib.readMember(x, member));
                }
            } else if (k instanceof Long i && lib.hasArrayElements(x)) {
                return lib.isArrayElementReadable(x, i - 1) ? LuaInterop.fromForeign(lib.readArrayElement(x, i - 1)) : LuaNil.NIL;
            }
            if (lib.hasHashEntries(x)) {
                Object hk = LuaInterop.toForeign(k);
                return lib.isHashEntryReadable(x, hk) ? LuaInterop.fromForeign(lib.readHashValue(x, hk)) : LuaNil.NIL;
            }
            return LuaNil.NIL;
        } catch (InteropException e) {
            throw new LuaOperationError(message(e, "index", key));
        }
    }

    /** {@code x[key] = value}. */
    @TruffleBoundary
    public static void write(Object x, Object key, Object value) {
        InteropLibrary lib = InteropLibrary.getUncached(x);
        Object v = LuaInterop.toForeign(value);
        try {
            Object k = LuaValues.normalizeKey(key);
            if (k instanceof Long i && lib.hasArrayElements(x)) {
                lib.writeArrayElement(x, i - 1, v);
                return;
            }
            if (lib.hasHashEntries(x)) {
                lib.writeHashEntry(x, LuaInterop.toForeign(k), v);
                return;
            }
            if (k instanceof String s) {
                lib.writeMember(x, LuaStrings.toJava(s), v);
                return;
            }
            throw new LuaOperationError("cannot set " + keyText(key) + " of a userdata value (" + display(x) + ")");
        } catch (InteropException e) {
            throw new LuaOperationError(message(e, "set", key));
        }
    }

    /** {@code x:name(args)}: the object's own method call. */
    @TruffleBoundary
    public static Object invoke(Object x, String name, Object[] args, int from) {
        InteropLibrary lib = InteropLibrary.getUncached(x);
        String member = LuaStrings.toJava(name);
        if (!lib.isMemberInvocable(x, member)) {
            if (lib.isMemberReadable(x, member)) {
                throw new LuaOperationError("attempt to call a non-callable member (method '" + member + "' of " + display(x) + ")");
            }
            throw new LuaOperationError("attempt to call a nil value (method '" + member + "')");
        }
        try {
            return fromForeignResult(lib.invokeMember(x, member, arguments(args, from)));
        } catch (InteropException e) {
            throw new LuaOperationError(message(e, "call method", name));
        }
    }

    /** {@code x(args)} for an executable foreign object; frame arguments start at index 1. */
    @TruffleBoundary
    public static Object execute(Object x, Object[] frameArgs) {
        try {
            return fromForeignResult(InteropLibrary.getUncached(x).execute(x, arguments(frameArgs, 1)));
        } catch (InteropException e) {
            throw new LuaOperationError(message(e, "call", null));
        }
    }

    public static boolean isExecutable(Object x) {
        return InteropLibrary.getUncached(x).isExecutable(x);
    }

    /** {@code #x}: an array's size or a string's length, or null when the object has neither. */
    @TruffleBoundary
    public static Object length(Object x) {
        InteropLibrary lib = InteropLibrary.getUncached(x);
        try {
            if (lib.hasArrayElements(x)) {
                return lib.getArraySize(x);
            }
            if (lib.isString(x)) {
                return (long) LuaStrings.fromJava(lib.asString(x)).length();
            }
            if (lib.hasHashEntries(x)) {
                return lib.getHashSize(x);
            }
        } catch (UnsupportedMessageException e) {
            return null;
        }
        return null;
    }

    /** {@code tostring(x)}: the object's own display string. */
    @TruffleBoundary
    public static String display(Object x) {
        InteropLibrary lib = InteropLibrary.getUncached(x);
        try {
            String text = InteropLibrary.getUncached().asString(lib.toDisplayString(x, true));
            if (lib.isException(x) && lib.hasExceptionMessage(x)) {
                // a host exception displays as its class only; Lua code wants the message too, as Java's toString gives it
                String message = InteropLibrary.getUncached().asString(lib.getExceptionMessage(x));
                if (!text.contains(message)) {
                    text = text + ": " + message;
                }
            }
            return LuaStrings.fromJava(text);
        } catch (UnsupportedMessageException | RuntimeException e) {
            return "userdata: " + LuaValues.addressOf(x);
        }
    }

    /**
     * {@code pairs(x)}: an iterator over a snapshot of the object's entries — array elements
     * with keys 1..n, hash entries, or readable members with their values.
     */
    @TruffleBoundary
    public static Object[] pairs(LuaContext ctx, Object x) {
        List<Object[]> entries = entries(x);
        int[] position = {0};
        LuaBuiltin iterator = new LuaBuiltin(ctx.getLanguage(), "foreign_pairs_iterator", args -> {
            if (position[0] >= entries.size()) {
                return LuaNil.NIL;
            }
            return entries.get(position[0]++).clone();
        });
        return new Object[]{iterator, x, LuaNil.NIL};
    }

    private static List<Object[]> entries(Object x) {
        InteropLibrary lib = InteropLibrary.getUncached(x);
        List<Object[]> out = new ArrayList<>();
        try {
            if (lib.hasArrayElements(x)) {
                long n = lib.getArraySize(x);
                for (long i = 0; i < n; i++) {
                    if (lib.isArrayElementReadable(x, i)) {
                        out.add(new Object[]{i + 1, LuaInterop.fromForeign(lib.readArrayElement(x, i))});
                    }
                }
            } else if (lib.hasHashEntries(x)) {
                Object it = lib.getHashEntriesIterator(x);
                InteropLibrary itLib = InteropLibrary.getUncached(it);
                while (itLib.hasIteratorNextElement(it)) {
                    Object entry = itLib.getIteratorNextElement(it);
                    InteropLibrary e = InteropLibrary.getUncached(entry);
                    out.add(new Object[]{LuaInterop.fromForeign(e.readArrayElement(entry, 0)), LuaInterop.fromForeign(e.readArrayElement(entry, 1))});
                }
            } else if (lib.hasMembers(x)) {
                Object names = lib.getMembers(x);
                InteropLibrary namesLib = InteropLibrary.getUncached(names);
                long n = namesLib.getArraySize(names);
                for (long i = 0; i < n; i++) {
                    String name = InteropLibrary.getUncached().asString(namesLib.readArrayElement(names, i));
                    if (lib.isMemberReadable(x, name) && !lib.isMemberInvocable(x, name)) {
                        out.add(new Object[]{LuaStrings.fromJava(name), LuaInterop.fromForeign(lib.readMember(x, name))});
                    }
                }
            } else {
                throw new LuaOperationError("bad argument #1 to 'for iterator' (table expected, got userdata)");
            }
        } catch (InteropException e) {
            throw new LuaOperationError("cannot iterate " + display(x) + ": " + e.getMessage());
        }
        return out;
    }

    private static Object[] arguments(Object[] args, int from) {
        Object[] out = new Object[Math.max(0, args.length - from)];
        for (int i = 0; i < out.length; i++) {
            out[i] = LuaInterop.toForeign(args[from + i]);
        }
        return out;
    }

    /** A foreign function's result as a Lua function result: one value (an array of results stays one value). */
    private static Object fromForeignResult(Object r) {
        return LuaInterop.fromForeign(r);
    }

    private static String keyText(Object key) {
        return key instanceof String s ? "field '" + s + "'" : key == null ? "a value" : "index " + LuaMetatables.rawToString(key);
    }

    private static String message(InteropException e, String operation, Object key) {
        String detail = e.getMessage();
        return "cannot " + operation + (key == null ? "" : " " + keyText(key)) + " of a userdata value" + (detail == null ? "" : ": " + detail);
    }
}
