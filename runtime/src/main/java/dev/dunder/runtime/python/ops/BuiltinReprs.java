package dev.dunder.runtime.python.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/** {@code object.__repr__}'s default form and the identity of {@code object.__str__}. */
public final class BuiltinReprs {
    /** The builtin {@code object.__str__}; when a type's {@code __str__} is this, str() is repr(). */
    public static Object objectStr;

    private BuiltinReprs() {
    }

    /** {@code <__main__.A object at 0x7f...>} */
    @TruffleBoundary
    public static String defaultRepr(Object o) {
        PyType t = PyTypes.typeOf(o);
        return "<" + moduleQualified(t) + " object at " + PyStr.address(o) + ">";
    }

    /** {@code module.Qualname}, without the module for builtins. */
    @TruffleBoundary
    public static String moduleQualified(PyType t) {
        Object module = t.getDict().getItem("__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + t.getQualname();
        }
        return t.getQualname();
    }
}
