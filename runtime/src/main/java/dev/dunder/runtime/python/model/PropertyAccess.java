package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyTypes;

/** What {@code property.__get__/__set__/__delete__} do, with CPython 3.11's messages. */
public final class PropertyAccess {
    private PropertyAccess() {
    }

    @TruffleBoundary
    public static Object get(PProperty p, Object instance) {
        if (p.getFget() == PNone.NONE) {
            throw missing(p, instance, "getter");
        }
        return PyCall.call(p.getFget(), instance);
    }

    @TruffleBoundary
    public static void set(PProperty p, Object instance, Object value) {
        if (p.getFset() == PNone.NONE) {
            throw missing(p, instance, "setter");
        }
        PyCall.call(p.getFset(), instance, value);
    }

    @TruffleBoundary
    public static void delete(PProperty p, Object instance) {
        if (p.getFdel() == PNone.NONE) {
            throw missing(p, instance, "deleter");
        }
        PyCall.call(p.getFdel(), instance);
    }

    /** "property 'x' of 'A' object has no setter" (the name comes from {@code __set_name__}). */
    private static RuntimeException missing(PProperty p, Object instance, String what) {
        String name = p.getName() == null ? "" : "'" + p.getName() + "' ";
        return PyErrors.attributeError("property " + name + "of '" + PyTypes.typeOf(instance).getName() + "' object has no " + what, instance,
                        p.getName());
    }
}
