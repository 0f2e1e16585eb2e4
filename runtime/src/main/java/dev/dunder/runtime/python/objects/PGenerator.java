package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;

/**
 * A generator: a suspended Python frame plus the code that resumes it. The
 * interpreter supplies {@link Resumer}; the protocol ({@code send}, {@code throw},
 * {@code close}, StopIteration carrying the return value) is here.
 */
public final class PGenerator extends PIterator {
    /** Runs the generator's body from where it last stopped. */
    public interface Resumer {
        /**
         * Continues the frame with {@code sent} as the value of the pending yield (or
         * raising {@code thrown} there). Returns the next yielded value, or null when the
         * body returned ({@link PGenerator#getReturnValue()} then holds the value).
         */
        Object resume(PGenerator generator, Object sent, PythonException thrown, boolean firstRun);
    }

    private final MaterializedFrame frame;
    private final Resumer resumer;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;
    private Object returnValue = PNone.NONE;
    /** Exceptions whose except blocks the generator was inside when it suspended (sys.exc_info() state). */
    private java.util.List<PBaseException> savedHandled = java.util.List.of();

    public PGenerator(MaterializedFrame frame, Resumer resumer, String name, String qualname) {
        super(PyTypes.GENERATOR.getInstanceShape());
        this.frame = frame;
        this.resumer = resumer;
        this.name = name;
        this.qualname = qualname;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isRunning() {
        return running;
    }

    public java.util.List<PBaseException> getSavedHandled() {
        return savedHandled;
    }

    public void setSavedHandled(java.util.List<PBaseException> saved) {
        this.savedHandled = saved;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    public void setReturnValue(Object value) {
        this.returnValue = value;
    }

    @Override
    public Object next() {
        return send(PNone.NONE);
    }

    /** {@code gen.send(value)}: the next yielded value, or null when the generator finished. */
    @TruffleBoundary
    public Object send(Object value) {
        if (finished) {
            return null;
        }
        if (!started && value != PNone.NONE) {
            throw PyErrors.typeError("can't send non-None value to a just-started generator");
        }
        return run(value, null);
    }

    /** {@code gen.throw(exc)}: raise at the pending yield; null when the generator finished. */
    @TruffleBoundary
    public Object throwInto(PythonException exc) {
        if (finished) {
            throw exc;
        }
        if (!started) {
            finished = true;
            throw exc;
        }
        return run(null, exc);
    }

    private Object run(Object value, PythonException thrown) {
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        running = true;
        boolean firstRun = !started;
        started = true;
        try {
            Object r = resumer.resume(this, value, thrown, firstRun);
            if (r == null) {
                finished = true;
            }
            return r;
        } catch (PythonException e) {
            finished = true;
            if (e.getException().getPyClass().isSubtypeOf(PyTypes.STOP_ITERATION)) {
                PythonException converted = PyErrors.raise(PyTypes.RUNTIME_ERROR, "generator raised StopIteration");
                converted.getException().setCause(e.getException());
                converted.getException().setContext(e.getException());
                throw converted;
            }
            throw e;
        } finally {
            running = false;
        }
    }

    /** {@code gen.close()}: raise GeneratorExit inside; it must not yield again. */
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        PythonException exit = new PythonException(PyErrors.newException(PyTypes.GENERATOR_EXIT));
        try {
            Object r = run(null, exit);
            if (r != null) {
                throw PyErrors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PythonException e) {
            PyType t = e.getException().getPyClass();
            if (!t.isSubtypeOf(PyTypes.GENERATOR_EXIT) && !t.isSubtypeOf(PyTypes.STOP_ITERATION)) {
                throw e;
            }
        }
    }
}
