package dev.dunder.runtime.python.ops;

import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.PyType;

/** {@code cls[key]} falls back to {@code cls.__class_getitem__} (a classmethod by convention). */
final class AttributeLookupBridge {
    private AttributeLookupBridge() {
    }

    static Object classGetItem(PyType cls) {
        if (cls.lookup("__class_getitem__") == null) {
            return null;
        }
        return AttributeLookup.getAttribute(cls, "__class_getitem__");
    }
}
