package dev.dunder.runtime.python.objects;

/** {@code NotImplemented}: what a binary dunder method returns to let the other operand try. */
public final class PNotImplemented extends PyObject {
    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
        super(PyTypes.NOTIMPLEMENTEDTYPE.getInstanceShape());
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
