package dev.dunder.runtime.js.objects;

/** Array indices (ECMA-262 §6.1.7): the canonical numeric strings of 0 .. 2^32 - 2. */
public final class ArrayIndex {
    public static final long MAX_LENGTH = 4294967295L;

    private ArrayIndex() {
    }

    /** The index a property key denotes, or -1 if it is not an array index. */
    public static long parse(String s) {
        int n = s.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        char c0 = s.charAt(0);
        if (c0 == '0') {
            return n == 1 ? 0 : -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v < MAX_LENGTH ? v : -1;
    }

    /** The index a key (String, or a number from {@code a[i]}) denotes, or -1. */
    public static long of(Object key) {
        if (key instanceof String s) {
            return parse(s);
        }
        if (key instanceof Double d) {
            double v = d;
            long l = (long) v;
            if (l == v && l >= 0 && l < MAX_LENGTH && !(v == 0 && 1 / v < 0)) {
                return l;
            }
            return v == 0 ? 0 : -1;
        }
        if (key instanceof Integer i && i >= 0) {
            return i;
        }
        return -1;
    }
}
