package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PSuper;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * What {@code super} does, in the essay's spirit of "expressible in pure Python":
 * walk {@code type(obj).__mro__} starting after the given class, and bind what is found
 * with the descriptor protocol.
 */
public final class SuperLookup {
    private SuperLookup() {
    }

    /** CPython's supercheck: the class whose MRO is searched. */
    @TruffleBoundary
    public static PyType check(PyType type, Object obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        PyType objType = PyTypes.typeOf(obj);
        if (objType.isSubtypeOf(type)) {
            return objType;
        }
        Object cls = AttributeLookup.lookupOrNull(obj, "__class__");
        if (cls instanceof PyType ct && ct != objType && ct.isSubtypeOf(type)) {
            return ct;
        }
        throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** {@code super(...).name}, or null when the MRO tail has no such attribute. */
    @TruffleBoundary
    public static Object get(PSuper su, String name) {
        PyType start = su.getSelfClass();
        if (start != null && !name.equals("__class__")) {
            PyType[] mro = start.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != su.getThisClass()) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object v = mro[i].getDict().getItem(name);
                if (v != null) {
                    Object instance = su.getSelf() == start ? null : su.getSelf();
                    return Descriptors.bind(v, instance, start);
                }
            }
        }
        return AttributeLookup.objectGetAttribute(su, name, su.getPyClass());
    }
}
