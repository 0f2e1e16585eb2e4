package dev.dunder.runtime.js.objects;

import java.util.WeakHashMap;

import com.oracle.truffle.api.object.Shape;

/**
 * A WeakMap or WeakSet: entries keyed by object identity that do not keep their keys
 * alive (a Java WeakHashMap; JavaScript objects use identity equality).
 */
public final class JSWeakCollection extends JSObject {
    private final boolean isMap;
    private final WeakHashMap<Object, Object> table = new WeakHashMap<>();

    public JSWeakCollection(Shape shape, boolean isMap) {
        super(shape);
        this.isMap = isMap;
    }

    public boolean isMap() {
        return isMap;
    }

    public WeakHashMap<Object, Object> getTable() {
        return table;
    }
}
