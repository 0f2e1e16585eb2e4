package dev.dunder.runtime.python.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.model.InstanceDicts;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PClassMethod;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.PyIter;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * Interop members are Python attributes.
 *
 * <p>Reading, writing, deleting and invoking run the real protocol ({@link AttributeLookup}):
 * {@code __getattribute__}, descriptors and {@code __getattr__} behave as they do for
 * {@code obj.name} in Python code, and an AttributeError is an unknown member.
 *
 * <p>The questions ("is it readable?", "which members are there?") must not run getters,
 * so they are answered statically from the instance dict and the class's MRO: a name is
 * readable when one of them has it, or when the class hooks attribute access
 * ({@code __getattr__} or its own {@code __getattribute__}), since then any name may be.
 * The member list is {@code dir(obj)}; dunder names count as internal members.
 */
public final class InteropMembers {
    private InteropMembers() {
    }

    public static boolean isInternal(String name) {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }

    @TruffleBoundary
    public static Object getMembers(Object receiver, boolean includeInternal) {
        Object names = PyCall.callSpecialIfPresent(receiver, "__dir__");
        List<Object> result = new ArrayList<>();
        if (names != null) {
            for (Object n : PyIter.toArray(names)) {
                if (n instanceof String s && (includeInternal || !isInternal(s))) {
                    result.add(s);
                }
            }
        }
        result.sort((a, b) -> ((String) a).compareTo((String) b));
        return new PTuple(result.toArray());
    }

    /** The value {@code obj.name} finds without running code, or null: instance dict first, then the class. */
    @TruffleBoundary
    public static Object staticLookup(Object receiver, String name) {
        if (receiver instanceof PyType cls) {
            Object own = cls.lookup(name);
            return own != null ? own : cls.getPyClass().lookup(name);
        }
        Object own = InstanceDicts.get(receiver, name);
        return own != null ? own : PyTypes.typeOf(receiver).lookup(name);
    }

    /** The class customizes reads: any name may resolve. */
    @TruffleBoundary
    public static boolean hooksReads(Object receiver) {
        PyType type = PyTypes.typeOf(receiver);
        Object getattribute = type.lookup("__getattribute__");
        if (getattribute != AttributeLookup.objectGetattribute && getattribute != AttributeLookup.typeGetattribute
                        && getattribute != AttributeLookup.moduleGetattribute) {
            return true;
        }
        if (type.lookup("__getattr__") != null) {
            return true;
        }
        return receiver instanceof PModule && InstanceDicts.get(receiver, "__getattr__") != null;
    }

    @TruffleBoundary
    public static boolean isReadable(Object receiver, String name) {
        return staticLookup(receiver, name) != null || hooksReads(receiver);
    }

    /** Whether {@code obj.name = v} can succeed for a name (existing or not), judged without running code. */
    @TruffleBoundary
    public static boolean isWritable(Object receiver, String name) {
        PyType type = PyTypes.typeOf(receiver);
        Object setattr = type.lookup("__setattr__");
        if (setattr != AttributeLookup.objectSetattr && setattr != AttributeLookup.typeSetattr) {
            return true;
        }
        if (receiver instanceof PyType cls) {
            return !cls.isBuiltin();
        }
        Object meta = type.lookup(name);
        if (meta instanceof PGetSetDescriptor gs) {
            return gs.isWritable();
        }
        if (meta instanceof PProperty p) {
            return p.getFset() != null && p.getFset() != dev.dunder.runtime.python.objects.PNone.NONE;
        }
        if (meta != null && Descriptors.isDataDescriptor(meta)) {
            return PyTypes.typeOf(meta).lookup("__set__") != null;
        }
        return InstanceDicts.hasDict(receiver);
    }

    @TruffleBoundary
    public static boolean isModifiable(Object receiver, String name) {
        return isReadable(receiver, name) && isWritable(receiver, name);
    }

    @TruffleBoundary
    public static boolean isInsertable(Object receiver, String name) {
        return !isReadable(receiver, name) && isWritable(receiver, name);
    }

    @TruffleBoundary
    public static boolean isRemovable(Object receiver, String name) {
        PyType type = PyTypes.typeOf(receiver);
        Object delattr = type.lookup("__delattr__");
        if (delattr != AttributeLookup.objectDelattr && delattr != AttributeLookup.typeDelattr) {
            return true;
        }
        if (receiver instanceof PyType cls) {
            return !cls.isBuiltin() && cls.getDict().getItem(name) != null;
        }
        return InstanceDicts.hasDict(receiver) && InstanceDicts.get(receiver, name) != null;
    }

    /** Callable without running a getter: a method, a class or static method, or a callable value. */
    @TruffleBoundary
    public static boolean isInvocable(Object receiver, String name) {
        Object found = staticLookup(receiver, name);
        if (found == null || found instanceof PProperty) {
            return false;
        }
        if (found instanceof PFunction || found instanceof PBuiltinFunction || found instanceof PClassMethod) {
            return true;
        }
        return !Descriptors.hasGet(found) && PythonInterop.isCallable(found);
    }

    /** Reading may run code: a property or other descriptor, or an attribute hook. */
    @TruffleBoundary
    public static boolean hasReadSideEffects(Object receiver, String name) {
        if (hooksReads(receiver)) {
            return true;
        }
        Object meta = receiver instanceof PyType cls ? cls.lookup(name) : PyTypes.typeOf(receiver).lookup(name);
        return meta != null && !(meta instanceof PFunction) && !(meta instanceof PBuiltinFunction) && Descriptors.hasGet(meta);
    }

    @TruffleBoundary
    public static Object read(Object receiver, String name) throws UnknownIdentifierException {
        try {
            Object value = AttributeLookup.getAttributeOrNull(receiver, name);
            if (value == null) {
                throw UnknownIdentifierException.create(name);
            }
            return PythonInterop.toInterop(value);
        } catch (PythonException e) {
            if (AttributeLookup.isAttributeError(e)) {
                throw UnknownIdentifierException.create(name);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static void write(Object receiver, String name, Object value) throws UnknownIdentifierException {
        try {
            AttributeLookup.setAttribute(receiver, name, PythonInterop.toPython(value));
        } catch (PythonException e) {
            if (AttributeLookup.isAttributeError(e)) {
                throw UnknownIdentifierException.create(name);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static void remove(Object receiver, String name) throws UnknownIdentifierException {
        try {
            AttributeLookup.deleteAttribute(receiver, name);
        } catch (PythonException e) {
            if (AttributeLookup.isAttributeError(e)) {
                throw UnknownIdentifierException.create(name);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
    }

    @TruffleBoundary
    public static Object invoke(Object receiver, String name, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        Object method;
        try {
            method = AttributeLookup.getAttributeOrNull(receiver, name);
        } catch (PythonException e) {
            if (AttributeLookup.isAttributeError(e)) {
                throw UnknownIdentifierException.create(name);
            }
            throw ForeignErrors.unwrapForeign(e);
        }
        if (method == null) {
            throw UnknownIdentifierException.create(name);
        }
        if (!PythonInterop.isCallable(method)) {
            throw UnsupportedMessageException.create();
        }
        return PythonInterop.call(method, arguments);
    }

    /** For messages: {@code 'name'} of what. */
    public static String describe(Object receiver) {
        return PyStr.qualifiedTypeName(PyTypes.typeOf(receiver));
    }
}
