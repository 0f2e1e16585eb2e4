package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.HiddenKey;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The member descriptors {@code __slots__} creates: each stores its value in the
 * instance under a hidden shape key (not in an instance dict, which such classes
 * lack), and reads of an unset slot raise AttributeError.
 */
final class SlotDescriptors {
    private SlotDescriptors() {
    }

    private static final java.util.Map<String, HiddenKey> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One storage key per slot name, so classes with the same slots share a layout ({@code __class__} assignment). */
    private static HiddenKey keyFor(String name) {
        return KEYS.computeIfAbsent(name, n -> new HiddenKey("slot " + n));
    }

    static PGetSetDescriptor create(PyType owner, String name) {
        HiddenKey key = keyFor(name);
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        return new PGetSetDescriptor(PyTypes.MEMBER_DESCRIPTOR, name, owner, obj -> {
            Object v = obj instanceof PyObject o ? lib.getOrDefault(o, key, null) : null;
            if (v == null) {
                throw PyErrors.noAttribute(obj, name);
            }
            return v;
        }, (obj, value) -> {
            PyObject o = (PyObject) obj;
            if (value == null) {
                if (!lib.removeKey(o, key)) {
                    throw PyErrors.noAttribute(obj, name);
                }
            } else {
                lib.put(o, key, value);
            }
        });
    }
}
