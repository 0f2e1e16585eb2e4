package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * A module. Its global variables are the object's own shape-backed attributes, so
 * a global read in compiled code is a shape check and a load; {@code module.__dict__}
 * and {@code globals()} are views onto the same storage.
 */
public final class PModule extends PyObject {
    private final String moduleName;

    public PModule(String moduleName) {
        this(PyTypes.MODULE.getInstanceShape(), moduleName);
    }

    public PModule(Shape shape, String moduleName) {
        super(shape);
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }

    @Override
    public String toString() {
        return "<module '" + moduleName + "'>";
    }
}
