package dev.dunder.runtime.js.objects;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.js.model.ErrorFormat;

/**
 * An Error instance: an ordinary object with [[ErrorData]]. Like V8, its own
 * {@code stack} property is formatted on first access ("Name: message" and the
 * call sites captured at construction), so a subclass constructor that sets
 * {@code this.name} after {@code super()} still sees its name in the stack.
 */
public final class JSError extends JSObject {
    /** The value of {@code stack} until someone reads it. */
    public static final Object LAZY_STACK = new Object() {
        @Override
        public String toString() {
            return "<lazy stack>";
        }
    };

    private final List<String> frames;

    public JSError(Shape shape, List<String> frames) {
        super(shape);
        this.frames = frames;
    }

    /** The "    at f (file.js:1:2)" lines captured when the error was created. */
    public List<String> getFrames() {
        return frames;
    }

    @Override
    public String getBuiltinTag() {
        return "Error";
    }

    @Override
    public boolean hasExoticProperties() {
        return true;
    }

    /** Replaces the lazy stack by its text, if it is still lazy. */
    @TruffleBoundary
    private void materializeStack() {
        com.oracle.truffle.api.object.Property p = getShape().getProperty("stack");
        if (p != null && !PropertyFlags.isAccessor(p.getFlags()) && lib().getOrDefault(this, "stack", null) == LAZY_STACK) {
            String text = ErrorFormat.stackText(this);
            lib().put(this, "stack", text);
        }
    }

    @Override
    public PropertyDescriptor getOwnProperty(Object key) {
        if ("stack".equals(key)) {
            materializeStack();
        }
        return super.getOwnProperty(key);
    }

    @Override
    public Object get(Object key, Object receiver) {
        if ("stack".equals(key)) {
            materializeStack();
        }
        return super.get(key, receiver);
    }
}
