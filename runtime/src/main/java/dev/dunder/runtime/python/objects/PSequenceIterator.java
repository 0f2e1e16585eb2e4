package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

/** Iterates a list, tuple or str by index, re-reading the size each step (lists may change meanwhile). */
public final class PSequenceIterator extends PIterator {
    private final Object sequence;
    private int index;
    private final boolean reversed;

    public PSequenceIterator(Shape shape, Object sequence, boolean reversed) {
        super(shape);
        this.sequence = sequence;
        this.reversed = reversed;
        this.index = reversed ? size() - 1 : 0;
    }

    private int size() {
        if (sequence instanceof PList l) {
            return l.size();
        } else if (sequence instanceof PTuple t) {
            return t.size();
        }
        return stringLength((String) sequence);
    }

    @TruffleBoundary
    private static int stringLength(String s) {
        return s.length();
    }

    @Override
    public Object next() {
        if (reversed) {
            if (index < 0 || index >= size()) {
                index = -1;
                return null;
            }
            return itemAt(index--);
        }
        if (index < 0 || index >= size()) {
            index = -1;
            return null;
        }
        return itemAt(index++);
    }

    private Object itemAt(int i) {
        if (sequence instanceof PList l) {
            return l.get(i);
        } else if (sequence instanceof PTuple t) {
            return t.get(i);
        }
        return charAt(i);
    }

    /** Behind a boundary: the JDK's string code is not for partial evaluation. */
    @TruffleBoundary
    private Object charAt(int i) {
        String s = (String) sequence;
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            index++;
            return s.substring(i, i + 2);
        }
        return String.valueOf(c);
    }

    @Override
    public int lengthHint() {
        if (index < 0) {
            return 0;
        }
        return reversed ? index + 1 : Math.max(0, size() - index);
    }
}
