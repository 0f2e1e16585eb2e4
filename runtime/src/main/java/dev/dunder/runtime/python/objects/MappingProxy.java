package dev.dunder.runtime.python.objects;

/** A read-only view of a mapping: what {@code cls.__dict__} returns, so class dicts change only through setattr. */
public final class MappingProxy extends PyObject {
    private final Object mapping;

    public MappingProxy(Object mapping) {
        super(PyTypes.MAPPINGPROXY.getInstanceShape());
        this.mapping = mapping;
    }

    public Object getMapping() {
        return mapping;
    }
}
