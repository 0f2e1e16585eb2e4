package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor whose accessors are Python callables. */
public final class PProperty extends PyObject {
    private Object fget;
    private Object fset;
    private Object fdel;
    private Object doc;
    /** Set by {@code __set_name__}; used in error messages. */
    private String name;

    public PProperty(Shape shape) {
        super(shape);
        this.fget = PNone.NONE;
        this.fset = PNone.NONE;
        this.fdel = PNone.NONE;
        this.doc = PNone.NONE;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Object getFget() {
        return fget;
    }

    public Object getFset() {
        return fset;
    }

    public Object getFdel() {
        return fdel;
    }

    public Object getDoc() {
        return doc;
    }

    public void init(Object getter, Object setter, Object deleter, Object docstring) {
        this.fget = getter;
        this.fset = setter;
        this.fdel = deleter;
        this.doc = docstring;
    }
}
