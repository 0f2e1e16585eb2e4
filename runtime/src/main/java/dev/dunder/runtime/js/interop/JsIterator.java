package dev.dunder.runtime.js.interop;

import java.util.Iterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * A JavaScript iteration as an interop iterator (what {@code Value.getIterator()} gives
 * Java): the object's own iterator protocol ({@code [Symbol.iterator]()}, then
 * {@code next()} one step ahead, so "has a next element" can be answered), or a Java
 * iterator over entries Dunder lists itself (a Map's [key, value] pairs).
 */
@ExportLibrary(InteropLibrary.class)
public final class JsIterator implements TruffleObject {
    private final JSRuntime.IteratorRecord record;
    private final Iterator<Object> entries;
    private Object pending;
    private boolean done;

    private JsIterator(JSRuntime.IteratorRecord record, Iterator<Object> entries) {
        this.record = record;
        this.entries = entries;
    }

    /** Iterates with the object's own [Symbol.iterator] (user code may run, as in for-of). */
    @TruffleBoundary
    public static JsIterator of(JSObject iterable) {
        return new JsIterator(JSRuntime.getIterator(iterable), null);
    }

    /** Steps an object that is itself an iterator (a generator, a builtin iterator) with its own next(). */
    @TruffleBoundary
    public static JsIterator stepping(JSObject iterator) {
        return new JsIterator(new JSRuntime.IteratorRecord(iterator, iterator.get("next", iterator)), null);
    }

    public static JsIterator over(Iterator<Object> entries) {
        return new JsIterator(null, entries);
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @TruffleBoundary
    private void fill() {
        if (done || pending != null) {
            return;
        }
        if (entries != null) {
            if (entries.hasNext()) {
                pending = entries.next();
            } else {
                done = true;
            }
            return;
        }
        Object r = JSRuntime.iteratorStep(record);
        if (r == null) {
            done = true;
        } else {
            pending = r;
        }
    }

    @ExportMessage
    @TruffleBoundary
    public boolean hasIteratorNextElement() {
        fill();
        return !done;
    }

    @ExportMessage
    @TruffleBoundary
    public Object getIteratorNextElement() throws StopIterationException {
        fill();
        if (done) {
            throw StopIterationException.create();
        }
        Object v = pending;
        pending = null;
        return JSInterop.toInterop(v);
    }
}
