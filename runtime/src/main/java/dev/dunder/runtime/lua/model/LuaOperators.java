package dev.dunder.runtime.lua.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumberParser;
import dev.dunder.runtime.lua.LuaNumbers;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;

/**
 * The operators of Lua 5.4 with their metamethod fallbacks (reference manual 2.4 and
 * 3.4), the readable reference path that the operator nodes fall back to when their
 * operands are not plain numbers.
 *
 * <p>The order of lookups is Lua's: the first operand's metamethod, then the second's.
 * Strings take part in arithmetic through their metatable (the string library converts
 * them to numbers, "10" + 1 is 11), so a failed conversion reports the string library's
 * "attempt to add a 'string' with a 'number'". Bitwise operators never convert strings.
 */
public final class LuaOperators {
    private LuaOperators() {
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    // ---- arithmetic and bitwise ------------------------------------------------------

    /** {@code a op b} for any operands (lvm.c's luaT_trybinTM). */
    @TruffleBoundary
    public static Object arith(LuaOp op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return onNumbers(op, a, b);
        }
        Object tm = LuaMetatables.metamethod(a, op.event);
        if (tm == LuaNil.NIL) {
            tm = LuaMetatables.metamethod(b, op.event);
        }
        if (tm == LuaNil.NIL) {
            throw operandError(op, a, b);
        }
        return LuaCalls.first(LuaCalls.call(tm, a, b));
    }

    /**
     * The string library's arithmetic metamethods (lstrlib.c's arith and trymt): both
     * operands convert to numbers, or the second operand's metamethod is tried, or the
     * operation fails with "attempt to add a 'table' with a 'string'".
     */
    @TruffleBoundary
    public static Object stringArith(String event, Object a, Object b) {
        Object x = toNumberOrNull(a);
        Object y = toNumberOrNull(b);
        if (x != null && y != null) {
            if (event.equals("__unm")) {
                return negate(x);
            }
            return onNumbers(LuaOp.valueOf(event.substring(2).toUpperCase()), x, y);
        }
        if (!(b instanceof String)) {
            Object tm = LuaMetatables.metamethod(b, event);
            if (tm != LuaNil.NIL) {
                return LuaCalls.first(LuaCalls.call(tm, a, b));
            }
        }
        throw dev.dunder.runtime.lua.LuaError.withWhere("attempt to " + event.substring(2) + " a '" + LuaValues.typeName(a) + "' with a '" + LuaValues.typeName(b) + "'");
    }

    private static Object toNumberOrNull(Object v) {
        if (isNumber(v)) {
            return v;
        }
        if (v instanceof String s) {
            return LuaNumberParser.parse(s);
        }
        return null;
    }

    /** The error when no metamethod applies: Lua names the first operand that is at fault. */
    private static RuntimeException operandError(LuaOp op, Object a, Object b) {
        if (op.isBitwise()) {
            if (isNumber(a) && isNumber(b)) {
                boolean firstOk = toIntegerOrNull(a) != null;
                return LuaTypeError.noIntegerRepresentation(firstOk ? b : a, firstOk ? 1 : 0);
            }
            boolean firstOk = isNumber(a);
            return new LuaTypeError("perform bitwise operation on", firstOk ? b : a, firstOk ? 1 : 0);
        }
        boolean firstOk = isNumber(a);
        return new LuaTypeError("perform arithmetic on", firstOk ? b : a, firstOk ? 1 : 0);
    }

    /** {@code a op b} for two numbers. */
    public static Object onNumbers(LuaOp op, Object a, Object b) {
        if (op.isBitwise()) {
            Long x = toIntegerOrNull(a);
            Long y = toIntegerOrNull(b);
            if (x == null || y == null) {
                throw LuaTypeError.noIntegerRepresentation(x == null ? a : b, x == null ? 0 : 1);
            }
            return op.onIntegers(x, y);
        }
        if (a instanceof Long x && b instanceof Long y && op.integerResult()) {
            return op.onIntegers(x, y);
        }
        return op.onFloats(LuaNumbers.toDouble(a), LuaNumbers.toDouble(b));
    }

    static Long toIntegerOrNull(Object n) {
        if (n instanceof Long l) {
            return l;
        }
        if (n instanceof Double d) {
            return LuaNumbers.floatToInteger(d);
        }
        return null;
    }

    /** {@code -a}. */
    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long l) {
            return -l;
        }
        if (a instanceof Double d) {
            return -d;
        }
        Object tm = LuaMetatables.metamethod(a, "__unm");
        if (tm == LuaNil.NIL) {
            throw new LuaTypeError("perform arithmetic on", a, 0);
        }
        return LuaCalls.first(LuaCalls.call(tm, a, a));
    }

    /** {@code ~a}. */
    @TruffleBoundary
    public static Object bitwiseNot(Object a) {
        if (isNumber(a)) {
            Long x = toIntegerOrNull(a);
            if (x == null) {
                throw LuaTypeError.noIntegerRepresentation(a, 0);
            }
            return ~x;
        }
        Object tm = LuaMetatables.metamethod(a, "__bnot");
        if (tm == LuaNil.NIL) {
            throw new LuaTypeError("perform bitwise operation on", a, 0);
        }
        return LuaCalls.first(LuaCalls.call(tm, a, a));
    }

    // ---- concatenation and length ------------------------------------------------------

    static boolean isStringLike(Object v) {
        return v instanceof String || isNumber(v);
    }

    /** {@code a .. b}. */
    @TruffleBoundary
    public static Object concat(Object a, Object b) {
        if (isStringLike(a) && isStringLike(b)) {
            return LuaMetatables.rawToString(a).concat(LuaMetatables.rawToString(b));
        }
        Object tm = LuaMetatables.metamethod(a, "__concat");
        if (tm == LuaNil.NIL) {
            tm = LuaMetatables.metamethod(b, "__concat");
        }
        if (tm == LuaNil.NIL) {
            boolean firstOk = isStringLike(a);
            throw new LuaTypeError("concatenate", firstOk ? b : a, firstOk ? 1 : 0);
        }
        return LuaCalls.first(LuaCalls.call(tm, a, b));
    }

    /** {@code #a}. */
    @TruffleBoundary
    public static Object length(Object a) {
        if (a instanceof String s) {
            return (long) s.length();
        }
        Object tm = LuaMetatables.metamethod(a, "__len");
        if (tm != LuaNil.NIL) {
            return LuaCalls.first(LuaCalls.call(tm, a));
        }
        if (a instanceof LuaTable t) {
            return t.rawLength();
        }
        if (dev.dunder.runtime.lua.LuaValues.isForeign(a)) {
            Object n = ForeignValues.length(a);
            if (n != null) {
                return n;
            }
        }
        throw new LuaTypeError("get length of", a, 0);
    }

    // ---- comparison ------------------------------------------------------------------------

    /** {@code a == b}. */
    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        if (LuaValues.rawEquals(a, b)) {
            return true;
        }
        if (!(a instanceof LuaTable) || !(b instanceof LuaTable)) {
            return false;
        }
        Object tm = LuaMetatables.metamethod(a, "__eq");
        if (tm == LuaNil.NIL) {
            tm = LuaMetatables.metamethod(b, "__eq");
        }
        if (tm == LuaNil.NIL) {
            return false;
        }
        return LuaValues.isTruthy(LuaCalls.first(LuaCalls.call(tm, a, b)));
    }

    /** {@code a < b}. */
    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return LuaNumbers.lessThan(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) < 0;
        }
        return orderByMetamethod("__lt", a, b);
    }

    /** {@code a <= b}: {@code __le}, or (as Lua 5.4 built with 5.3 compatibility does) {@code not (b < a)}. */
    @TruffleBoundary
    public static boolean lessEqual(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return LuaNumbers.lessEqual(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) <= 0;
        }
        Object tm = LuaMetatables.metamethod(a, "__le");
        if (tm == LuaNil.NIL) {
            tm = LuaMetatables.metamethod(b, "__le");
        }
        if (tm != LuaNil.NIL) {
            return LuaValues.isTruthy(LuaCalls.first(LuaCalls.call(tm, a, b)));
        }
        // LUA_COMPAT_LT_LE, on in Lua 5.4's default build: a <= b as not (b < a)
        tm = LuaMetatables.metamethod(b, "__lt");
        if (tm == LuaNil.NIL) {
            tm = LuaMetatables.metamethod(a, "__lt");
        }
        if (tm == LuaNil.NIL) {
            throw compareError(a, b);
        }
        return !LuaValues.isTruthy(LuaCalls.first(LuaCalls.call(tm, b, a)));
    }

    private static boolean orderByMetamethod(String event, Object a, Object b) {
        Object tm = LuaMetatables.metamethod(a, event);
        if (tm == LuaNil.NIL) {
            tm = LuaMetatables.metamethod(b, event);
        }
        if (tm == LuaNil.NIL) {
            throw compareError(a, b);
        }
        return LuaValues.isTruthy(LuaCalls.first(LuaCalls.call(tm, a, b)));
    }

    public static LuaOperationError compareError(Object a, Object b) {
        String t1 = LuaMetatables.objTypeName(a);
        String t2 = LuaMetatables.objTypeName(b);
        if (t1.equals(t2)) {
            return new LuaOperationError("attempt to compare two " + t1 + " values");
        }
        return new LuaOperationError("attempt to compare " + t1 + " with " + t2);
    }
}
