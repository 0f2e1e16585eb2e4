package dev.dunder.runtime.python.objects;

/** {@code Ellipsis}, written {@code ...}. */
public final class PEllipsis extends PyObject {
    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
        super(PyTypes.ELLIPSISTYPE.getInstanceShape());
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
