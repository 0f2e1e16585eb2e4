package dev.dunder.runtime.python.builtins;

import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.ops.BuiltinCompare;
import dev.dunder.runtime.python.ops.PyCompare;
import dev.dunder.runtime.python.ops.PyTruth;

/**
 * {@code list.sort} and {@code sorted}: a stable merge sort that compares with {@code <}
 * only, as CPython's does; {@code reverse=True} keeps equal items in their original order.
 */
final class Sorting {
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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = reverse ? n - 1 - i : i;
        }
        Integer[] sorted = mergeSort(order, keys);
        Object[] result = new Object[n];
        for (int i = 0; i < n; i++) {
            result[i] = items[sorted[reverse ? n - 1 - i : i]];
        }
        list.setItems(result, n);
    }

    private static Integer[] mergeSort(Integer[] idx, Object[] keys) {
        if (idx.length <= 1) {
            return idx;
        }
        int mid = idx.length / 2;
        Integer[] left = mergeSort(java.util.Arrays.copyOfRange(idx, 0, mid), keys);
        Integer[] right = mergeSort(java.util.Arrays.copyOfRange(idx, mid, idx.length), keys);
        Integer[] out = new Integer[idx.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < left.length && j < right.length) {
            if (lessThan(keys[right[j]], keys[left[i]])) {
                out[k++] = right[j++];
            } else {
                out[k++] = left[i++];
            }
        }
        while (i < left.length) {
            out[k++] = left[i++];
        }
        while (j < right.length) {
            out[k++] = right[j++];
        }
        return out;
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
