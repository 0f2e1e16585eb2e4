package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.object.Shape;

/** A complex number: a pair of doubles. */
public final class PComplex extends PyObject {
    private final double real;
    private final double imag;

    public PComplex(double real, double imag) {
        this(PyTypes.COMPLEX.getInstanceShape(), real, imag);
    }

    public PComplex(Shape shape, double real, double imag) {
        super(shape);
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }
}
