package dev.dunder.js.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.js.nodes.access.PrivateAccess;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.ClassElements;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * InitializeInstanceElements (§7.3.34): what a class gives each new instance, after
 * the object exists (base classes) or after {@code super()} returned (derived ones):
 * its private methods, then its fields in declaration order, each initializer run
 * with {@code this} the instance.
 */
public final class ClassElementsInit {
    private ClassElementsInit() {
    }

    @TruffleBoundary
    public static void initialize(JSObject instance, JSFunction constructor) {
        ClassElements elements = constructor.getClassElements();
        if (elements == null || elements.isEmpty()) {
            return;
        }
        for (ClassElements.PrivateMethod m : elements.getPrivateMethods()) {
            PrivateAccess.add(instance, m.key(), m.value());
        }
        for (ClassElements.Field f : elements.getFields()) {
            Object value = f.initializer() == null ? Undefined.INSTANCE : JSRuntime.call(f.initializer(), instance);
            defineField(instance, f.key(), value);
        }
    }

    /** DefineField: a private name is added, anything else is CreateDataPropertyOrThrow. */
    @TruffleBoundary
    public static void defineField(JSObject target, Object key, Object value) {
        if (key instanceof PrivateName p) {
            PrivateAccess.add(target, p, value);
            return;
        }
        if (!target.defineOwnProperty(key, PropertyDescriptor.data(value, true, true, true))) {
            throw Errors.typeError("Cannot redefine property: " + JSRuntime.keyToDisplay(key));
        }
    }
}
