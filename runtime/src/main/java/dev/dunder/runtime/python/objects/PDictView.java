package dev.dunder.runtime.python.objects;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict (the class says which). */
public final class PDictView extends PyObject {
    private final PDict dict;

    public PDictView(PyType kind, PDict dict) {
        super(kind.getInstanceShape());
        this.dict = dict;
    }

    public PDict getDict() {
        return dict;
    }
}
