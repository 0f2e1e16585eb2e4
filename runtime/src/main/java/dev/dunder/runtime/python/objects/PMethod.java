package dev.dunder.runtime.python.objects;

/**
 * A bound method: a function (or builtin) paired with the object it was looked up
 * through. Calling it calls the function with {@code self} in front — the essay's
 * {@code functools.partial(self, instance)}.
 */
public final class PMethod extends PyObject {
    private final Object function;
    private final Object self;

    public PMethod(Object function, Object self) {
        super(shapeFor(function));
        this.function = function;
        this.self = self;
    }

    private static com.oracle.truffle.api.object.Shape shapeFor(Object function) {
        if (function instanceof PBuiltinFunction b) {
            return b.getOwner() != null && b.isDunder() && b.getKind() == PBuiltinFunction.Kind.METHOD
                            ? PyTypes.METHOD_WRAPPER.getInstanceShape()
                            : PyTypes.BUILTIN_FUNCTION.getInstanceShape();
        }
        return PyTypes.METHOD.getInstanceShape();
    }

    /** {@code __func__} */
    public Object getFunction() {
        return function;
    }

    /** {@code __self__} */
    public Object getSelf() {
        return self;
    }
}
