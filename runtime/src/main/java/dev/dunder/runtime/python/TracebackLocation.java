package dev.dunder.runtime.python;

import com.oracle.truffle.api.source.SourceSection;

/**
 * A node that can stand for a traceback line. It names the exact expression CPython
 * 3.11 would underline, and for binary operators and subscripts the "anchors" that
 * split it into {@code ~~~} operand and {@code ^} operator parts.
 */
public interface TracebackLocation {
    SourceSection getTracebackSection();

    /**
     * {left_end, right_start} as offsets inside the section (CPython's _Anchors), or
     * null when the whole section is underlined with {@code ^}.
     */
    default int[] getCaretAnchors() {
        return null;
    }
}
