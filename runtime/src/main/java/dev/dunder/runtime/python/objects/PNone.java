package dev.dunder.runtime.python.objects;

/** {@code None}, the only instance of NoneType. */
public final class PNone extends PyObject {
    public static final PNone NONE = new PNone();

    private PNone() {
        super(PyTypes.NONETYPE.getInstanceShape());
    }

    @Override
    public String toString() {
        return "None";
    }
}
