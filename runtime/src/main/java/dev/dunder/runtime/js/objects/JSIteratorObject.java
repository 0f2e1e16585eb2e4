package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * The builtin iterators (array, string, Map, Set, RegExp string iterators): an
 * object whose {@code next} (on its prototype) advances a Java-side cursor.
 */
public final class JSIteratorObject extends JSObject {
    public enum Kind {
        KEYS, VALUES, ENTRIES
    }

    /** The iterated object (null once the iterator is exhausted). */
    private Object iterated;
    private final Kind kind;
    private long position;
    /** Which builtin this is ("Array Iterator", "Map Iterator", ...): its toStringTag. */
    private final String tag;

    public JSIteratorObject(Shape shape, Object iterated, Kind kind, String tag) {
        super(shape);
        this.iterated = iterated;
        this.kind = kind;
        this.tag = tag;
    }

    public Object getIterated() {
        return iterated;
    }

    public void finish() {
        iterated = null;
    }

    public Kind getKind() {
        return kind;
    }

    public long getPosition() {
        return position;
    }

    public void setPosition(long p) {
        position = p;
    }

    public String getTag() {
        return tag;
    }

    /** This iterator as Java steps it (interop isIterator): one element read ahead to answer "has next". */
    private dev.dunder.runtime.js.interop.JsIterator interopView;

    public dev.dunder.runtime.js.interop.JsIterator interopView() {
        if (interopView == null) {
            interopView = dev.dunder.runtime.js.interop.JsIterator.stepping(this);
        }
        return interopView;
    }
}
