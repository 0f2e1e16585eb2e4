package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * Calling any Python value from Java (the reference path; compiled code uses
 * cached call nodes). A call of an object that is not a function is
 * {@code type(obj).__call__(obj, ...)} — which, for a class, is {@code type.__call__}:
 * {@code __new__} then {@code __init__}, as the essay shows.
 */
public final class PyCall {
    private static final Object[] NO_ARGS = new Object[0];

    private PyCall() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return callKw(callable, args, ArgumentBinder.NO_KEYWORDS, NO_ARGS);
    }

    @TruffleBoundary
    public static Object callKw(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        if (callable instanceof PFunction f) {
            return f.getCallTarget().call(ArgumentBinder.bindFunction(f, args, kwNames, kwValues));
        } else if (callable instanceof PBuiltinFunction b) {
            return b.getBody().call(ArgumentBinder.bindBuiltin(b, args, kwNames, kwValues));
        } else if (callable instanceof PMethod m) {
            return callKw(m.getFunction(), prepend(m.getSelf(), args), kwNames, kwValues);
        }
        PyType type = PyTypes.typeOf(callable);
        Object call = type.lookup("__call__");
        if (call == null) {
            throw PyErrors.typeError("'%s' object is not callable", type.getName());
        }
        return callMethodKw(call, callable, args, kwNames, kwValues);
    }

    /**
     * Calls {@code descr} found on {@code type(self)} as a method of {@code self}: how the
     * runtime invokes special methods. Functions get {@code self} prepended without
     * making a bound method; any other descriptor is bound through its {@code __get__}.
     */
    @TruffleBoundary
    public static Object callMethod(Object descr, Object self, Object... args) {
        return callMethodKw(descr, self, args, ArgumentBinder.NO_KEYWORDS, NO_ARGS);
    }

    @TruffleBoundary
    public static Object callMethodKw(Object descr, Object self, Object[] args, String[] kwNames, Object[] kwValues) {
        if (descr instanceof PFunction || (descr instanceof PBuiltinFunction b && b.getKind() == PBuiltinFunction.Kind.METHOD)) {
            return callKw(descr, prepend(self, args), kwNames, kwValues);
        }
        Object bound = Descriptors.bind(descr, self, PyTypes.typeOf(self));
        return callKw(bound, args, kwNames, kwValues);
    }

    /**
     * Looks a special method up on the type (never the instance) and calls it;
     * returns null when the type has no such method.
     */
    @TruffleBoundary
    public static Object callSpecialIfPresent(Object self, String name, Object... args) {
        Object descr = PyTypes.typeOf(self).lookup(name);
        if (descr == null) {
            return null;
        }
        return callMethod(descr, self, args);
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
