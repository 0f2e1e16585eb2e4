package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.object.Shape;

/** A Map or a Set ([[MapData]] / [[SetData]]): an ordered table of entries. */
public final class JSCollection extends JSObject {
    private final boolean isMap;
    private final OrderedTable table = new OrderedTable();

    public JSCollection(Shape shape, boolean isMap) {
        super(shape);
        this.isMap = isMap;
    }

    public boolean isMap() {
        return isMap;
    }

    public OrderedTable getTable() {
        return table;
    }

    @Override
    public String getBuiltinTag() {
        return "Object";
    }
}
