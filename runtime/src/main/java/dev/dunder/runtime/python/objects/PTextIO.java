package dev.dunder.runtime.python.objects;

/** sys.stdout / sys.stderr / sys.stdin: a text stream of the context. */
public final class PTextIO extends PyObject {
    public enum Stream {
        STDIN,
        STDOUT,
        STDERR
    }

    private final Stream stream;

    public PTextIO(PyType type, Stream stream) {
        super(type.getInstanceShape());
        this.stream = stream;
    }

    public Stream getStream() {
        return stream;
    }
}
