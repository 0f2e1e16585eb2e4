package dev.dunder.runtime.python.objects;

/** {@code f.__code__}: a read-only window onto a function's {@link PCode}. */
public final class PCodeObject extends PyObject {
    private final PCode code;

    public PCodeObject(PCode code) {
        super(PyTypes.CODE.getInstanceShape());
        this.code = code;
    }

    public PCode getCode() {
        return code;
    }
}
