package dev.dunder.runtime.python.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyCompare.Op;

/**
 * Comparisons between builtin values of builtin types, done directly. Returns
 * null when the operands are not both of such types, so the caller runs the full
 * dunder protocol. The results are those of the builtin types' own {@code __eq__},
 * {@code __lt__}, ... (which call back into here).
 */
public final class BuiltinCompare {
    private BuiltinCompare() {
    }

    @TruffleBoundary
    public static Object tryCompare(Object a, Object b, Op op) {
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            if (PyNumbers.isNaN(a) || PyNumbers.isNaN(b)) {
                return op == Op.NE;
            }
            return test(PyNumbers.compare(a, b), op);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return test(compareStrings(sa, sb), op);
        }
        if (a instanceof PList la && b instanceof PList lb && la.getPyClass() == PyTypes.LIST && lb.getPyClass() == PyTypes.LIST) {
            return compareSequences(la.toArray(), lb.toArray(), op);
        }
        if (a instanceof PTuple ta && b instanceof PTuple tb && ta.getPyClass() == PyTypes.TUPLE && tb.getPyClass() == PyTypes.TUPLE) {
            return compareSequences(ta.getItems(), tb.getItems(), op);
        }
        if (a == PNone.NONE && b == PNone.NONE) {
            if (op == Op.EQ) {
                return true;
            }
            if (op == Op.NE) {
                return false;
            }
        }
        return null;
    }

    /** Code point order (Java compares UTF-16 units; they differ only for surrogates vs high BMP). */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    public static boolean test(int cmp, Op op) {
        switch (op) {
            case LT:
                return cmp < 0;
            case LE:
                return cmp <= 0;
            case EQ:
                return cmp == 0;
            case NE:
                return cmp != 0;
            case GT:
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }

    /** CPython's list/tuple richcompare: first differing item decides, else the lengths. */
    @TruffleBoundary
    public static Object compareSequences(Object[] a, Object[] b, Op op) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && PyCompare.equalsForContainers(a[i], b[i])) {
            i++;
        }
        if (i >= n) {
            return test(Integer.compare(a.length, b.length), op);
        }
        if (op == Op.EQ) {
            return false;
        }
        if (op == Op.NE) {
            return true;
        }
        return PyCompare.compare(a[i], b[i], op);
    }

    /** dict == dict: same size and every key maps to an equal value. */
    @TruffleBoundary
    public static boolean dictEquals(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        var s = a.getStorage();
        for (int i = s.firstIndex(); i >= 0; i = s.nextIndex(i)) {
            Object other = b.getItem(s.keyAt(i));
            if (other == null || !PyCompare.equalsForContainers(s.valueAt(i), other)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a <= b} for sets: every element of a is in b. */
    @TruffleBoundary
    public static boolean isSubset(PSet a, PSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        var t = a.getTable();
        for (int i = t.nextIndex(-1); i >= 0; i = t.nextIndex(i)) {
            if (!b.getTable().contains(t.keyAt(i))) {
                return false;
            }
        }
        return true;
    }
}
