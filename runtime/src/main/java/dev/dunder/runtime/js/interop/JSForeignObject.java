package dev.dunder.runtime.js.interop;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyDescriptor;

/**
 * ToObject of a foreign value, for the builtins that work on "this object" or "that
 * object" ({@code Object.keys(x)}, {@code JSON.stringify(x)}, {@code Array.prototype.map}
 * called on a foreign array): an exotic object whose own properties are the foreign
 * object's members (or its array elements and {@code length}), each read, written and
 * deleted through interop. Its prototype is Array.prototype for foreign arrays, so
 * {@code xs.map(f)} works as on a JS array, else Object.prototype.
 */
public final class JSForeignObject extends JSObject {
    private final Object foreign;

    public JSForeignObject(Shape shape, Object foreign) {
        super(shape);
        this.foreign = foreign;
    }

    public Object getForeign() {
        return foreign;
    }

    private InteropLibrary interop() {
        return InteropLibrary.getUncached(foreign);
    }

    @Override
    public boolean hasExoticProperties() {
        return true;
    }

    @Override
    public String getBuiltinTag() {
        return interop().hasArrayElements(foreign) ? "Array" : "Object";
    }

    @Override
    @TruffleBoundary
    public PropertyDescriptor getOwnProperty(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        InteropLibrary lib = interop();
        try {
            if (lib.hasArrayElements(foreign)) {
                if ("length".equals(name)) {
                    return PropertyDescriptor.data((double) lib.getArraySize(foreign), true, false, false);
                }
                long index = ArrayIndex.of(name);
                if (index >= 0) {
                    return lib.isArrayElementReadable(foreign, index)
                                    ? PropertyDescriptor.data(JSInterop.toJS(lib.readArrayElement(foreign, index)), true, true, true)
                                    : null;
                }
            }
            if (lib.isMemberReadable(foreign, name)) {
                return PropertyDescriptor.data(JSInterop.toJS(lib.readMember(foreign, name)), lib.isMemberModifiable(foreign, name), true,
                                lib.isMemberRemovable(foreign, name));
            }
        } catch (InteropException e) {
            return null;
        }
        return null;
    }

    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if (key instanceof String && desc.isDataDescriptor()) {
            ForeignAccess.set(foreign, key, desc.getValueOrUndefined());
            return true;
        }
        return false;
    }

    @Override
    public Object get(Object key, Object receiver) {
        PropertyDescriptor d = getOwnProperty(key);
        if (d != null) {
            return d.value;
        }
        JSObject proto = getPrototype();
        return proto == null ? dev.dunder.runtime.js.objects.Undefined.INSTANCE : proto.get(key, receiver);
    }

    @Override
    @TruffleBoundary
    public boolean set(Object key, Object value, Object receiver) {
        if (!(key instanceof String)) {
            return false;
        }
        ForeignAccess.set(foreign, key, value);
        return true;
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        if (!(key instanceof String name)) {
            return true;
        }
        InteropLibrary lib = interop();
        try {
            long index = ArrayIndex.of(name);
            if (index >= 0 && lib.hasArrayElements(foreign)) {
                if (lib.isArrayElementRemovable(foreign, index)) {
                    lib.removeArrayElement(foreign, index);
                }
                return !lib.isArrayElementExisting(foreign, index);
            }
            if (lib.isMemberRemovable(foreign, name)) {
                lib.removeMember(foreign, name);
            }
            return !lib.isMemberExisting(foreign, name);
        } catch (InteropException e) {
            return false;
        }
    }

    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        InteropLibrary lib = interop();
        try {
            if (lib.hasArrayElements(foreign)) {
                long n = lib.getArraySize(foreign);
                for (long i = 0; i < n; i++) {
                    keys.add(String.valueOf(i));
                }
                keys.add("length");
                return keys;
            }
            if (lib.hasMembers(foreign)) {
                Object members = lib.getMembers(foreign);
                InteropLibrary m = InteropLibrary.getUncached(members);
                long n = m.getArraySize(members);
                for (long i = 0; i < n; i++) {
                    keys.add(InteropLibrary.getUncached().asString(m.readArrayElement(members, i)));
                }
            }
        } catch (InteropException e) {
            return keys;
        }
        return keys;
    }
}
