package dev.dunder.runtime.python.builtins;

import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyType;

/** The {@code __dict__} and {@code __weakref__} attributes a class with instance dicts gets, as CPython adds them. */
public final class InstanceDictDescriptors {
    private InstanceDictDescriptors() {
    }

    public static void addTo(PyType cls) {
        cls.define("__dict__", new PGetSetDescriptor("__dict__", cls, ObjectType::instanceDict, ObjectType::setInstanceDict));
        cls.define("__weakref__", new PGetSetDescriptor("__weakref__", cls, o -> PNone.NONE, null));
    }
}
