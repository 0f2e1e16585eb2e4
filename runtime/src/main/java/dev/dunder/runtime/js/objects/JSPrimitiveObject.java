package dev.dunder.runtime.js.objects;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

/**
 * A wrapper object for a primitive: {@code new Number(1)}, {@code new String("ab")},
 * {@code Object(sym)}, ... ([[NumberData]], [[StringData]], ...). String wrappers are
 * exotic (§10.4.3): they have read-only index properties and a {@code length}.
 */
public final class JSPrimitiveObject extends JSObject {
    private final Object value;

    public JSPrimitiveObject(Shape shape, Object value) {
        super(shape);
        this.value = value;
    }

    public Object getPrimitive() {
        return value;
    }

    @Override
    public String getBuiltinTag() {
        if (value instanceof String) {
            return "String";
        } else if (value instanceof Double || value instanceof Integer) {
            return "Number";
        } else if (value instanceof Boolean) {
            return "Boolean";
        }
        return "Object";
    }

    @Override
    public boolean hasExoticProperties() {
        return value instanceof String;
    }

    @Override
    @TruffleBoundary
    public PropertyDescriptor getOwnProperty(Object key) {
        if (value instanceof String s) {
            long index = ArrayIndex.of(key);
            if (index >= 0 && index < s.length()) {
                return PropertyDescriptor.data(String.valueOf(s.charAt((int) index)), false, true, false);
            }
            if ("length".equals(key)) {
                return PropertyDescriptor.data((double) s.length(), false, false, false);
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if (value instanceof String s) {
            long index = ArrayIndex.of(key);
            if ((index >= 0 && index < s.length()) || "length".equals(key)) {
                return validateAndApplyReadOnly(desc, getOwnProperty(key));
            }
        }
        return super.defineOwnProperty(key, desc);
    }

    /** A string's own characters never change: only a redefinition that changes nothing succeeds. */
    private static boolean validateAndApplyReadOnly(PropertyDescriptor desc, PropertyDescriptor current) {
        if (desc.isAccessorDescriptor() || (desc.hasConfigurable && desc.configurable) || (desc.hasWritable && desc.writable)) {
            return false;
        }
        if (desc.hasEnumerable && desc.enumerable != current.enumerable) {
            return false;
        }
        return !desc.hasValue || dev.dunder.runtime.js.ops.Equality.sameValue(desc.value, current.value);
    }

    @Override
    @TruffleBoundary
    public Object get(Object key, Object receiver) {
        if (value instanceof String) {
            PropertyDescriptor d = getOwnProperty(key);
            if (d != null && (ArrayIndex.of(key) >= 0 || "length".equals(key))) {
                return d.value;
            }
        }
        return super.get(key, receiver);
    }

    @Override
    @TruffleBoundary
    public boolean set(Object key, Object v, Object receiver) {
        if (value instanceof String s) {
            long index = ArrayIndex.of(key);
            if ((index >= 0 && index < s.length()) || "length".equals(key)) {
                return false;
            }
        }
        return super.set(key, v, receiver);
    }

    @Override
    @TruffleBoundary
    public boolean delete(Object key) {
        if (value instanceof String s) {
            long index = ArrayIndex.of(key);
            if ((index >= 0 && index < s.length()) || "length".equals(key)) {
                return false;
            }
        }
        return super.delete(key);
    }

    @Override
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        if (value instanceof String s) {
            List<Object> keys = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                keys.add(Integer.toString(i));
            }
            List<Object> rest = super.ownPropertyKeys();
            int firstNonIndex = 0;
            while (firstNonIndex < rest.size() && rest.get(firstNonIndex) instanceof String k && ArrayIndex.parse(k) >= 0) {
                keys.add(k);
                firstNonIndex++;
            }
            keys.add("length");
            keys.addAll(rest.subList(firstNonIndex, rest.size()));
            return keys;
        }
        return super.ownPropertyKeys();
    }
}
