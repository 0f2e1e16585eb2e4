package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.object.Shape;

/**
 * A generator object (§27.5): the suspended frame of a {@code function*} call and the
 * call target that continues it. {@code next}, {@code return} and {@code throw} resume
 * the frame with a value and a completion kind.
 */
public final class JSGenerator extends JSObject {
    public enum State {
        SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED
    }

    /** How a resumption completes the pending {@code yield}. */
    public enum Mode {
        NEXT, THROW, RETURN
    }

    private final Object frame;
    private final CallTarget resume;
    private State state = State.SUSPENDED_START;

    public JSGenerator(Shape shape, Object frame, CallTarget resume) {
        super(shape);
        this.frame = frame;
        this.resume = resume;
    }

    /** The generator's own frame (a Truffle MaterializedFrame). */
    public Object getFrame() {
        return frame;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    /** The call target that continues the body: arguments (generator, value, mode); returns what was yielded or returned. */
    public CallTarget getResumeTarget() {
        return resume;
    }

    /** This iterator as Java steps it (interop isIterator): one element read ahead to answer "has next". */
    private dev.dunder.runtime.js.interop.JsIterator interopView;

    public dev.dunder.runtime.js.interop.JsIterator interopView() {
        if (interopView == null) {
            interopView = dev.dunder.runtime.js.interop.JsIterator.stepping(this);
        }
        return interopView;
    }
}
