package dev.dunder.runtime.python.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * The readable reference path of Python attribute access, one method per step of
 * MODELS.md. Compiled code uses the cached nodes of the interpreter; both must
 * agree, and the tests check that they do.
 *
 * <pre>
 * obj.name  =  type(obj).__getattribute__(obj, name)      (falling back to __getattr__)
 *   object.__getattribute__:
 *     1. meta = find name in type(obj).__mro__
 *     2. meta is a data descriptor   -> type(meta).__get__(meta, obj, type(obj))
 *     3. name in obj.__dict__        -> that value
 *     4. meta has __get__            -> type(meta).__get__(meta, obj, type(obj))
 *     5. meta found                  -> meta
 *     6. AttributeError
 * </pre>
 */
public final class AttributeLookup {
    /** The builtin {@code object.__getattribute__} etc., compared by identity to skip a call. */
    public static Object objectGetattribute;
    public static Object typeGetattribute;
    /** module.__getattribute__: the generic lookup plus the module-level {@code __getattr__} hook. */
    public static Object moduleGetattribute;
    /** foreign.__getattribute__: the class {@code foreign}'s own attributes, then the foreign value's members. */
    public static Object foreignGetattribute;
    public static Object objectSetattr;
    public static Object typeSetattr;
    public static Object objectDelattr;
    public static Object typeDelattr;

    private AttributeLookup() {
    }

    // ---- read -----------------------------------------------------------------------------------

    /** {@code obj.name}: the whole protocol, raising AttributeError when nothing is found. */
    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        Object result = getAttributeOrNull(obj, name);
        if (result == null) {
            throw PyErrors.noAttribute(obj, name);
        }
        return result;
    }

    /**
     * {@code obj.name} or null when the lookup ends in AttributeError (including one raised
     * by a user {@code __getattribute__} or {@code __getattr__}): what getattr with a default and
     * hasattr need.
     */
    @TruffleBoundary
    public static Object getAttributeOrNull(Object obj, String name) {
        PyType type = PyTypes.typeOf(obj);
        Object getattribute = type.lookup("__getattribute__");
        Object getattr = type.lookup("__getattr__");
        Object result;
        try {
            if (getattribute == objectGetattribute) {
                result = objectGetAttribute(obj, name, type);
            } else if (getattribute == typeGetattribute) {
                result = typeGetAttribute((PyType) obj, name);
            } else if (getattribute == foreignGetattribute) {
                result = foreignGetAttribute(obj, name);
            } else if (getattribute == moduleGetattribute) {
                result = objectGetAttribute(obj, name, type);
                if (result == null) {
                    return PyCall.callMethod(getattribute, obj, name);
                }
            } else {
                result = PyCall.callMethod(getattribute, obj, name);
            }
        } catch (PythonException e) {
            // CPython's slot_tp_getattr_hook: an AttributeError from __getattribute__ (or a
            // descriptor it ran) hands over to __getattr__
            if (getattr == null || !isAttributeError(e)) {
                throw e;
            }
            result = null;
        }
        if (result != null) {
            return result;
        }
        if (getattr != null) {
            return PyCall.callMethod(getattr, obj, name);
        }
        return null;
    }

    /** Like {@link #getAttributeOrNull} but swallowing AttributeError raised by hooks. */
    @TruffleBoundary
    public static Object lookupOrNull(Object obj, String name) {
        try {
            return getAttributeOrNull(obj, name);
        } catch (PythonException e) {
            if (isAttributeError(e)) {
                return null;
            }
            throw e;
        }
    }

    public static boolean isAttributeError(PythonException e) {
        return e.getException().getPyClass().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR);
    }

    /** {@code object.__getattribute__(obj, name)}, or null for step 6. */
    @TruffleBoundary
    public static Object objectGetAttribute(Object obj, String name, PyType type) {
        Object meta = type.lookup(name);                                  // step 1
        if (meta != null && Descriptors.isDataDescriptor(meta) && Descriptors.hasGet(meta)) {   // step 2
            return getDataDescriptor(meta, obj, type);
        }
        if (obj instanceof PyObject) {                                   // step 3
            Object own = InstanceDicts.get(obj, name);
            if (own != null) {
                return own;
            }
        }
        if (meta != null) {                                               // steps 4 and 5
            return Descriptors.bind(meta, obj, type);
        }
        return null;
    }

    /**
     * A host object's or another language's value's attribute: what the class {@code foreign}
     * has ({@code __class__}, {@code __repr__}, ...), else the value's member through interop,
     * where the other language's own lookup rules run (see {@code interop.ForeignAccess}).
     */
    @TruffleBoundary
    public static Object foreignGetAttribute(Object obj, String name) {
        Object own = objectGetAttribute(obj, name, PyTypes.FOREIGN);
        return own != null ? own : dev.dunder.runtime.python.interop.ForeignAccess.getAttributeOrNull(obj, name);
    }

    private static Object getDataDescriptor(Object meta, Object obj, PyType type) {
        if (meta instanceof PGetSetDescriptor gs) {
            return gs.get(obj);
        }
        return Descriptors.bind(meta, obj, type);
    }

    /**
     * {@code type.__getattribute__(cls, name)}: data descriptors of the metaclass first, then
     * the class's own MRO (descriptors there get {@code __get__(None, cls)}), then the rest of
     * what the metaclass has.
     */
    @TruffleBoundary
    public static Object typeGetAttribute(PyType cls, String name) {
        PyType metatype = cls.getPyClass();
        Object meta = metatype.lookup(name);
        if (meta != null && Descriptors.isDataDescriptor(meta) && Descriptors.hasGet(meta)) {
            return getDataDescriptor(meta, cls, metatype);
        }
        Object attr = cls.lookup(name);
        if (attr != null) {
            if (attr instanceof PClassMethod || attr instanceof PProperty || Descriptors.hasGet(attr)) {
                return Descriptors.bind(attr, null, cls);
            }
            return attr;
        }
        if (meta != null) {
            return Descriptors.bind(meta, cls, metatype);
        }
        return null;
    }

    // ---- write ----------------------------------------------------------------------------------

    /** {@code obj.name = value}: {@code type(obj).__setattr__(obj, name, value)}. */
    @TruffleBoundary
    public static void setAttribute(Object obj, String name, Object value) {
        PyType type = PyTypes.typeOf(obj);
        Object setattr = type.lookup("__setattr__");
        if (setattr == objectSetattr) {
            objectSetAttribute(obj, name, value, type);
        } else if (setattr == typeSetattr) {
            typeSetAttribute((PyType) obj, name, value);
        } else {
            PyCall.callMethod(setattr, obj, name, value);
        }
    }

    /** {@code object.__setattr__}: a data descriptor's {@code __set__}, else the instance dict. */
    @TruffleBoundary
    public static void objectSetAttribute(Object obj, String name, Object value, PyType type) {
        Object meta = type.lookup(name);
        if (meta != null && setThroughDescriptor(meta, obj, value)) {
            return;
        }
        if (InstanceDicts.hasDict(obj)) {
            InstanceDicts.put((PyObject) obj, name, value);
            return;
        }
        throw noWritableAttribute(obj, name, meta);
    }

    /** Runs a data descriptor's {@code __set__} (or {@code __delete__} when value is null); false if meta has none. */
    private static boolean setThroughDescriptor(Object meta, Object obj, Object value) {
        if (meta instanceof PGetSetDescriptor gs) {
            if (!gs.isWritable()) {
                throw PyErrors.attributeError("attribute '" + gs.getName() + "' of '" + gs.getOwner().getName() + "' objects is not writable", obj, gs.getName());
            }
            gs.set(obj, value);
            return true;
        }
        if (meta instanceof PProperty p && p.getPyClass() == PyTypes.PROPERTY) {
            if (value == null) {
                PropertyAccess.delete(p, obj);
            } else {
                PropertyAccess.set(p, obj, value);
            }
            return true;
        }
        if (meta instanceof dev.dunder.runtime.python.objects.PFunction) {
            return false;
        }
        PyType metaType = PyTypes.typeOf(meta);
        Object hook = metaType.lookup(value == null ? "__delete__" : "__set__");
        if (hook == null) {
            if (value == null && metaType.lookup("__set__") != null) {
                throw PyErrors.attributeError("__delete__", obj, null);
            }
            if (value != null && metaType.lookup("__delete__") != null) {
                throw PyErrors.attributeError("__set__", obj, null);
            }
            return false;
        }
        if (value == null) {
            PyCall.callMethod(hook, meta, obj);
        } else {
            PyCall.callMethod(hook, meta, obj, value);
        }
        return true;
    }

    private static RuntimeException noWritableAttribute(Object obj, String name, Object meta) {
        if (meta != null && !InstanceDicts.hasDict(obj)) {
            return PyErrors.attributeError("'" + PyErrors.typeName(obj) + "' object attribute '" + name + "' is read-only", obj, name);
        }
        return PyErrors.noAttribute(obj, name);
    }

    /** {@code type.__setattr__}: refuses builtin types, honours metaclass data descriptors, then writes the class dict. */
    @TruffleBoundary
    public static void typeSetAttribute(PyType cls, String name, Object value) {
        if (cls.isBuiltin()) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        Object meta = cls.getPyClass().lookup(name);
        if (meta != null && Descriptors.isDataDescriptor(meta) && setThroughDescriptor(meta, cls, value)) {
            return;
        }
        cls.setAttribute(name, value);
    }

    // ---- delete ---------------------------------------------------------------------------------

    @TruffleBoundary
    public static void deleteAttribute(Object obj, String name) {
        PyType type = PyTypes.typeOf(obj);
        Object delattr = type.lookup("__delattr__");
        if (delattr == objectDelattr) {
            objectDeleteAttribute(obj, name, type);
        } else if (delattr == typeDelattr) {
            typeDeleteAttribute((PyType) obj, name);
        } else {
            PyCall.callMethod(delattr, obj, name);
        }
    }

    @TruffleBoundary
    public static void objectDeleteAttribute(Object obj, String name, PyType type) {
        Object meta = type.lookup(name);
        if (meta != null && Descriptors.isDataDescriptor(meta) && setThroughDescriptor(meta, obj, null)) {
            return;
        }
        if (InstanceDicts.hasDict(obj) && InstanceDicts.remove((PyObject) obj, name)) {
            return;
        }
        throw noWritableAttribute(obj, name, meta);
    }

    @TruffleBoundary
    public static void typeDeleteAttribute(PyType cls, String name) {
        if (cls.isBuiltin()) {
            throw PyErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        Object meta = cls.getPyClass().lookup(name);
        if (meta != null && Descriptors.isDataDescriptor(meta) && setThroughDescriptor(meta, cls, null)) {
            return;
        }
        if (!cls.deleteAttribute(name)) {
            throw PyErrors.noAttribute(cls, name);
        }
    }

    /** For messages: the {@code None} a descriptor sees for class access. */
    public static Object noneIfNull(Object o) {
        return o == null ? PNone.NONE : o;
    }
}
