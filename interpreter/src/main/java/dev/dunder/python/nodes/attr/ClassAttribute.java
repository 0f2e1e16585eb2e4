package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * {@code Cls.name} resolved for one class under its and its metaclass's stability:
 * either a constant (functions and plain values — {@code C.f} is the function itself)
 * or "run type.__getattribute__ each time" (descriptors, custom metaclass hooks).
 */
public final class ClassAttribute {
    private final Object constant;

    private ClassAttribute(Object constant) {
        this.constant = constant;
    }

    @TruffleBoundary
    static ClassAttribute resolve(PyType cls, String name) {
        PyType meta = cls.getMetaclass();
        if (meta.lookup("__getattribute__") != AttributeLookup.typeGetattribute) {
            return new ClassAttribute(null);
        }
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null) {
            return new ClassAttribute(null);
        }
        Object attr = cls.lookup(name);
        if (attr instanceof PFunction || (attr != null && !(attr instanceof PClassMethod) && isPlainValue(attr))) {
            return new ClassAttribute(attr);
        }
        return new ClassAttribute(null);
    }

    private static boolean isPlainValue(Object v) {
        return !(PyTypes.typeOf(v).lookup("__get__") != null);
    }

    boolean isConstant() {
        return constant != null;
    }

    Object get(Object cls, String name) {
        if (constant != null) {
            return constant;
        }
        return slow(cls, name);
    }

    @TruffleBoundary
    private static Object slow(Object cls, String name) {
        return AttributeLookup.getAttribute(cls, name);
    }
}
