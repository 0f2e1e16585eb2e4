package dev.dunder.runtime.python.model;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * Where {@code obj.name} comes from, decided the way {@link AttributeLookup} decides it but
 * without running anything (no {@code __get__}, no getter, no {@code __getattr__}): the
 * readable account of MODELS.md's steps. {@code :explain} prints its steps, and the lookup
 * verifier checks every cached read plan against its outcome.
 *
 * @param kind which step produced the attribute
 * @param found the object that step found: the descriptor, the dict value, the function,
 *            or the {@code __getattribute__}/{@code __getattr__} that takes over
 * @param owner the class in whose {@code __dict__} it was found (null for the instance dict)
 * @param steps the steps in words, in order
 */
public record AttributeResolution(Kind kind, Object found, PyType owner, List<String> steps) {

    /** The outcomes of the lookup. */
    public enum Kind {
        /** {@code type(obj).__getattribute__} is overridden: it decides, at run time. */
        CUSTOM_GETATTRIBUTE,
        /** Step 2: a data descriptor in the class wins over the instance dict. */
        DATA_DESCRIPTOR,
        /** Step 3: the instance's own {@code __dict__}. */
        INSTANCE_DICT,
        /** Step 4 for functions: a bound method. */
        METHOD,
        /** Step 4: a non-data descriptor's {@code __get__}. */
        NON_DATA_DESCRIPTOR,
        /** Step 5: a plain class attribute, shared by all instances. */
        CLASS_ATTRIBUTE,
        /** Step 6: nothing found, {@code __getattr__} is called. */
        GETATTR,
        /** Step 6 without {@code __getattr__}: AttributeError. */
        MISSING,
        /** A module's attribute (its dict), or its {@code __getattr__}. */
        MODULE
    }

    /** The resolution of {@code obj.name} for a receiver that is not a class. */
    @TruffleBoundary
    public static AttributeResolution ofInstance(Object obj, String name) {
        PyType type = PyTypes.typeOf(obj);
        List<String> steps = new ArrayList<>();
        String typeName = type.getName();
        steps.add("type(" + describe(obj) + ") is " + typeName);
        Object getattribute = type.lookup("__getattribute__");
        boolean module = getattribute == AttributeLookup.moduleGetattribute;
        if (getattribute != AttributeLookup.objectGetattribute && !module) {
            PyType where = type.lookupOwner("__getattribute__");
            steps.add(typeName + " overrides __getattribute__ (in " + where.getName() + "), so it decides; nothing below runs unless it calls object.__getattribute__");
            return new AttributeResolution(Kind.CUSTOM_GETATTRIBUTE, getattribute, where, steps);
        }
        steps.add("searched " + typeName + ".__mro__ = " + mroText(type));
        Object meta = type.lookup(name);
        PyType owner = meta == null ? null : type.lookupOwner(name);
        if (meta == null) {
            steps.add("no class in the MRO has '" + name + "'");
        } else {
            steps.add("found '" + name + "' in " + owner.getName() + ".__dict__: " + describeClassAttribute(meta));
        }
        if (meta != null && Descriptors.isDataDescriptor(meta) && Descriptors.hasGet(meta)) {
            steps.add("a data descriptor, so it wins over the instance dict; its __get__(" + describe(obj) + ", " + typeName + ") gives the value");
            return new AttributeResolution(Kind.DATA_DESCRIPTOR, meta, owner, steps);
        }
        if (obj instanceof PyObject) {
            Object own = InstanceDicts.get(obj, name);
            if (own != null) {
                steps.add("found '" + name + "' in the instance's __dict__" + (meta != null ? ", which wins over the class's non-data attribute" : ""));
                return new AttributeResolution(Kind.INSTANCE_DICT, own, null, steps);
            }
            steps.add("the instance's __dict__ has no '" + name + "'");
        }
        Object getattr = type.lookup("__getattr__");
        String fallback = getattr == null ? "" : " (if that raises AttributeError, " + typeName + ".__getattr__ runs)";
        if (meta != null) {
            if (meta instanceof PFunction || meta instanceof PBuiltinFunction b && b.getKind() == PBuiltinFunction.Kind.METHOD) {
                steps.add("a function is a non-data descriptor: its __get__ binds it, giving a bound method of " + describe(obj));
                return new AttributeResolution(Kind.METHOD, meta, owner, steps);
            }
            if (Descriptors.hasGet(meta)) {
                steps.add("a non-data descriptor: called " + PyTypes.typeOf(meta).getName() + ".__get__(" + describe(obj) + ", " + typeName + ")" + fallback);
                return new AttributeResolution(Kind.NON_DATA_DESCRIPTOR, meta, owner, steps);
            }
            steps.add("a plain class attribute, shared by every instance");
            return new AttributeResolution(Kind.CLASS_ATTRIBUTE, meta, owner, steps);
        }
        if (module) {
            steps.add("not in the module's __dict__: the module's own __getattr__, if it defines one, is called");
            return new AttributeResolution(Kind.MODULE, getattribute, null, steps);
        }
        if (getattr != null) {
            steps.add("not found anywhere, so " + type.lookupOwner("__getattr__").getName() + ".__getattr__(" + describe(obj) + ", '" + name + "') is called");
            return new AttributeResolution(Kind.GETATTR, getattr, type.lookupOwner("__getattr__"), steps);
        }
        steps.add("not found: AttributeError");
        return new AttributeResolution(Kind.MISSING, null, null, steps);
    }

    /** The resolution of {@code cls.name} for a class: {@code type.__getattribute__}'s steps. */
    @TruffleBoundary
    public static AttributeResolution ofClass(PyType cls, String name) {
        PyType metatype = cls.getPyClass();
        List<String> steps = new ArrayList<>();
        steps.add(cls.getName() + " is a class; type(" + cls.getName() + ") is " + metatype.getName());
        Object getattribute = metatype.lookup("__getattribute__");
        if (getattribute != AttributeLookup.typeGetattribute) {
            PyType where = metatype.lookupOwner("__getattribute__");
            steps.add("the metaclass overrides __getattribute__ (in " + where.getName() + "), so it decides");
            return new AttributeResolution(Kind.CUSTOM_GETATTRIBUTE, getattribute, where, steps);
        }
        Object meta = metatype.lookup(name);
        if (meta != null && Descriptors.isDataDescriptor(meta) && Descriptors.hasGet(meta)) {
            PyType owner = metatype.lookupOwner(name);
            steps.add("searched the metaclass first: found '" + name + "' in " + owner.getName() + ".__dict__: " + describeClassAttribute(meta));
            steps.add("a data descriptor on the metaclass wins over the class's own attributes");
            return new AttributeResolution(Kind.DATA_DESCRIPTOR, meta, owner, steps);
        }
        steps.add("searched " + cls.getName() + ".__mro__ = " + mroText(cls));
        Object attr = cls.lookup(name);
        if (attr != null) {
            PyType owner = cls.lookupOwner(name);
            steps.add("found '" + name + "' in " + owner.getName() + ".__dict__: " + describeClassAttribute(attr));
            if (!(attr instanceof PFunction) && Descriptors.hasGet(attr)) {
                steps.add("a descriptor read from the class: " + PyTypes.typeOf(attr).getName() + ".__get__(None, " + cls.getName() + ") gives the value");
                return new AttributeResolution(Kind.NON_DATA_DESCRIPTOR, attr, owner, steps);
            }
            steps.add(attr instanceof PFunction ? "a function read from the class is just the function (nothing to bind)" : "a plain class attribute");
            return new AttributeResolution(Kind.CLASS_ATTRIBUTE, attr, owner, steps);
        }
        steps.add("no class in the MRO has '" + name + "'");
        if (meta != null) {
            PyType owner = metatype.lookupOwner(name);
            steps.add("found '" + name + "' on the metaclass, in " + owner.getName() + ".__dict__: " + describeClassAttribute(meta));
            if (meta instanceof PFunction || meta instanceof PBuiltinFunction b && b.getKind() == PBuiltinFunction.Kind.METHOD) {
                steps.add("a method of the metaclass, bound to the class " + cls.getName());
                return new AttributeResolution(Kind.METHOD, meta, owner, steps);
            }
            return new AttributeResolution(Descriptors.hasGet(meta) ? Kind.NON_DATA_DESCRIPTOR : Kind.CLASS_ATTRIBUTE, meta, owner, steps);
        }
        Object getattr = metatype.lookup("__getattr__");
        if (getattr != null) {
            steps.add("not found, so the metaclass's __getattr__ is called");
            return new AttributeResolution(Kind.GETATTR, getattr, metatype.lookupOwner("__getattr__"), steps);
        }
        steps.add("not found: AttributeError");
        return new AttributeResolution(Kind.MISSING, null, null, steps);
    }

    /** Either resolution, by the kind of receiver. */
    @TruffleBoundary
    public static AttributeResolution of(Object obj, String name) {
        return obj instanceof PyType cls ? ofClass(cls, name) : ofInstance(obj, name);
    }

    private static String describeClassAttribute(Object v) {
        if (v instanceof PProperty) {
            return "a property";
        }
        if (v instanceof PFunction) {
            return "a function";
        }
        if (v instanceof PGetSetDescriptor) {
            return "a getset descriptor";
        }
        if (v instanceof PBuiltinFunction) {
            return "a builtin method";
        }
        PyType t = PyTypes.typeOf(v);
        boolean get = t.lookup("__get__") != null;
        boolean set = t.lookup("__set__") != null || t.lookup("__delete__") != null;
        if (get || set) {
            return "a " + t.getName() + " object (defines " + (get ? "__get__" : "") + (get && set ? " and " : "") + (set ? "__set__/__delete__" : "") + ")";
        }
        return "the " + t.getName() + " " + PyStr.repr(v);
    }

    private static String mroText(PyType type) {
        StringBuilder sb = new StringBuilder("(");
        PyType[] mro = type.getMro();
        for (int i = 0; i < mro.length; i++) {
            sb.append(i > 0 ? ", " : "").append(mro[i].getName());
        }
        return sb.append(mro.length == 1 ? ",)" : ")").toString();
    }

    private static String describe(Object obj) {
        PyType t = PyTypes.typeOf(obj);
        return "<" + t.getName() + " instance>";
    }
}
