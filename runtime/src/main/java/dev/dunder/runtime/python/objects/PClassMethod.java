package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * {@code classmethod(f)} and {@code staticmethod(f)}: wrappers whose {@code __get__}
 * binds the class, or nothing. One Java class serves both; the Python class
 * (layout CLASSMETHOD or STATICMETHOD) tells which.
 */
public final class PClassMethod extends PyObject {
    private Object callable;

    public PClassMethod(Shape shape, Object callable) {
        super(shape);
        this.callable = callable;
    }

    /** {@code __func__} */
    public Object getCallable() {
        return callable;
    }

    public void setCallable(Object callable) {
        this.callable = callable;
    }

    public boolean isStatic() {
        return getPyClass().getLayout() == Layout.STATICMETHOD;
    }
}
