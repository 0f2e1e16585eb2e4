package dev.dunder.runtime.python.builtins;

import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyTruth;

/**
 * {@code list.sort} and {@code sorted}: stable, comparing with {@code <} only. Short lists
 * (under 64 items) are sorted exactly as CPython's timsort does them — one natural run,
 * then binary insertion — so user {@code __lt__} methods see the same calls in the same
 * order; longer lists use a stable merge sort (same result, other comparisons).
 */
final class Sorting {
    /** CPython's timsort sorts runs shorter than this by binary insertion alone. */
    private static final int MIN_MERGE = 64;

    private Sorting() {
    }

    static void sortList(PList list, Object key, boolean reverse) {
        Object[] items = list.toArray();
        Object[] keys = items;
        if (key != PNone.NONE) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = PyCall.call(key, items[i]);
            }
        }
        int n = items.length;
        if (reverse) {
            reverse(items, 0, n);
            if (keys != items) {
                reverse(keys, 0, n);
            }
        }
        if (n >= 2) {
            if (n < MIN_MERGE) {
                int run = countRun(keys, n);
                if (run < 0) {
                    run = -run;
                    reverse(items, 0, run);
                    if (keys != items) {
                        reverse(keys, 0, run);
                    }
                }
                binarySort(keys, items, n, run);
            } else {
                mergeSort(keys, items);
            }
        }
        if (reverse) {
            reverse(items, 0, n);
        }
        list.setItems(items, n);
    }

    /** Length of the run at the start; negative for a strictly descending run. */
    private static int countRun(Object[] keys, int n) {
        int i = 1;
        if (lessThan(keys[1], keys[0])) {
            for (i = 2; i < n; i++) {
                if (!lessThan(keys[i], keys[i - 1])) {
                    break;
                }
            }
            return -i;
        }
        for (i = 2; i < n; i++) {
            if (lessThan(keys[i], keys[i - 1])) {
                break;
            }
        }
        return i;
    }

    /** CPython's binarysort: items [0, start) are sorted; insert the rest one by one. */
    private static void binarySort(Object[] keys, Object[] items, int n, int start) {
        for (int s = start; s < n; s++) {
            Object pivotKey = keys[s];
            Object pivot = items[s];
            int l = 0;
            int r = s;
            do {
                int p = l + ((r - l) >> 1);
                if (lessThan(pivotKey, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            for (int k = s; k > l; k--) {
                keys[k] = keys[k - 1];
                if (keys != items) {
                    items[k] = items[k - 1];
                }
            }
            keys[l] = pivotKey;
            items[l] = pivot;
        }
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * A stable bottom-up merge sort of an index permutation, comparing with {@code <} only
     * (taking from the right run only when it is strictly less keeps equal keys in order).
     */
    private static void mergeSort(Object[] keys, Object[] items) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(keys, order, buffer, lo, lo + width, Math.min(lo + 2 * width, n));
            }
        }
        Object[] k2 = keys.clone();
        Object[] i2 = items.clone();
        for (int i = 0; i < n; i++) {
            items[i] = i2[order[i]];
            if (keys != items) {
                keys[i] = k2[order[i]];
            }
        }
    }

    private static void merge(Object[] keys, int[] order, int[] buffer, int lo, int mid, int hi) {
        if (!lessThan(keys[order[mid]], keys[order[mid - 1]])) {
            return; // already in order: the common case for partly sorted data
        }
        System.arraycopy(order, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lessThan(keys[buffer[j]], keys[buffer[i]])) {
                order[k++] = buffer[j++];
            } else {
                order[k++] = buffer[i++];
            }
        }
        while (i < mid) {
            order[k++] = buffer[i++];
        }
        while (j < hi) {
            order[k++] = buffer[j++];
        }
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return BuiltinCompare.compareStrings(x, y) < 0;
        }
        return PyTruth.isTrue(PyCompare.compare(a, b, PyCompare.Op.LT));
    }
}
