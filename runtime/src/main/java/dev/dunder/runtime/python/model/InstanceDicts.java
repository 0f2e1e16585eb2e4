package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.python.objects.AttributeDictStorage;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;

/**
 * Reading and writing an object's instance dict on the reference path. The dict's
 * entries are the object's shape properties (String keys); compiled code reaches
 * the same storage through cached {@link DynamicObjectLibrary} nodes.
 */
public final class InstanceDicts {
    private InstanceDicts() {
    }

    /** Whether {@code obj} has an instance dict at all. */
    public static boolean hasDict(Object obj) {
        return obj instanceof PyObject o && !(o instanceof PyType) && o.getPyClass().instancesHaveDict();
    }

    /** The value stored under {@code name} in the instance dict, or null. */
    @TruffleBoundary
    public static Object get(Object obj, Object name) {
        if (obj instanceof PyType t) {
            return t.getDict().getItem(name);
        }
        if (obj instanceof PyObject o) {
            PDict override = AttributeDictStorage.overrideOf(o);
            if (override != null) {
                return override.getItem(name);
            }
            return DynamicObjectLibrary.getUncached().getOrDefault(o, name, null);
        }
        return null;
    }

    @TruffleBoundary
    public static void put(PyObject obj, Object name, Object value) {
        PDict override = AttributeDictStorage.overrideOf(obj);
        if (override != null) {
            dev.dunder.runtime.python.ops.PySequences.setItem(override, name, value);
            return;
        }
        DynamicObjectLibrary.getUncached().put(obj, name, value);
    }

    /** Returns false when the key was absent. */
    @TruffleBoundary
    public static boolean remove(PyObject obj, Object name) {
        PDict override = AttributeDictStorage.overrideOf(obj);
        if (override != null) {
            return override.removeItem(name) != null;
        }
        return DynamicObjectLibrary.getUncached().removeKey(obj, name);
    }
}
