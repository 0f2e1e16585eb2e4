package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code super(thisclass, obj)}: lookups start after thisclass in type(obj)'s MRO, bound to obj. */
public final class PSuper extends PyObject {
    private PyType thisClass;
    private Object self;
    private PyType selfClass;

    public PSuper(Shape shape) {
        super(shape);
    }

    public void init(PyType thisClass, Object self, PyType selfClass) {
        this.thisClass = thisClass;
        this.self = self;
        this.selfClass = selfClass;
    }

    public PyType getThisClass() {
        return thisClass;
    }

    /** The object (or class) the lookup binds to; null for an unbound super. */
    public Object getSelf() {
        return self;
    }

    public PyType getSelfClass() {
        return selfClass;
    }
}
