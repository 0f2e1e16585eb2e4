package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.object.Shape;

/**
 * A function object: callable (and, for most kinds, a constructor). It carries the
 * function's shared {@link FunctionData}, the variables it closed over (the cells of
 * its enclosing scopes), its [[HomeObject]] for {@code super} lookups, and for class
 * constructors the fields and private methods each new instance gets.
 *
 * <p>Calls go through the call target with the arguments array
 * {@code [function, this, new.target, arg0, arg1, ...]}; {@code new.target} is
 * undefined for a plain call.
 */
public final class JSFunction extends JSObject {
    public static final int FUNCTION = 0;
    public static final int THIS = 1;
    public static final int NEW_TARGET = 2;
    public static final int FIRST_ARGUMENT = 3;

    private final FunctionData data;
    private final Object[] captures;
    private JSObject homeObject;
    private ClassElements classElements;

    public JSFunction(Shape shape, FunctionData data, Object[] captures) {
        super(shape);
        this.data = data;
        this.captures = captures;
    }

    public FunctionData getData() {
        return data;
    }

    public RootCallTarget getCallTarget() {
        return data.getCallTarget();
    }

    public Object[] getCaptures() {
        return captures;
    }

    public JSObject getHomeObject() {
        return homeObject;
    }

    public void setHomeObject(JSObject home) {
        this.homeObject = home;
    }

    public ClassElements getClassElements() {
        return classElements;
    }

    public void setClassElements(ClassElements elements) {
        this.classElements = elements;
    }

    public boolean isStrict() {
        return data.isStrict();
    }

    public boolean isClassConstructor() {
        return data.isClassConstructor();
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public boolean isConstructor() {
        if (data.getKind() == FunctionData.Kind.BOUND) {
            return captures[0] instanceof JSObject t && t.isConstructor();
        }
        return data.isConstructorKind();
    }

    @Override
    public String getBuiltinTag() {
        return "Function";
    }

    /** The arguments array of a call to this function. */
    public Object[] packArguments(Object thisValue, Object newTarget, Object[] args) {
        Object[] frameArgs = new Object[FIRST_ARGUMENT + args.length];
        frameArgs[FUNCTION] = this;
        frameArgs[THIS] = thisValue;
        frameArgs[NEW_TARGET] = newTarget;
        System.arraycopy(args, 0, frameArgs, FIRST_ARGUMENT, args.length);
        return frameArgs;
    }
}
