package dev.dunder.runtime.js.objects;

/**
 * A Property Descriptor (ECMA-262 §6.2.6): the record that defineProperty takes and
 * getOwnPropertyDescriptor returns. Each field may be absent.
 */
public final class PropertyDescriptor {
    public Object value;
    public Object get;
    public Object set;
    public boolean writable;
    public boolean enumerable;
    public boolean configurable;
    public boolean hasValue;
    public boolean hasGet;
    public boolean hasSet;
    public boolean hasWritable;
    public boolean hasEnumerable;
    public boolean hasConfigurable;

    public static PropertyDescriptor data(Object value, boolean writable, boolean enumerable, boolean configurable) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.value = value;
        d.hasValue = true;
        d.writable = writable;
        d.hasWritable = true;
        d.enumerable = enumerable;
        d.hasEnumerable = true;
        d.configurable = configurable;
        d.hasConfigurable = true;
        return d;
    }

    public static PropertyDescriptor accessor(Object getter, Object setter, boolean enumerable, boolean configurable) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.get = getter;
        d.hasGet = true;
        d.set = setter;
        d.hasSet = true;
        d.enumerable = enumerable;
        d.hasEnumerable = true;
        d.configurable = configurable;
        d.hasConfigurable = true;
        return d;
    }

    /** A complete descriptor for a stored property: its value slot and flags. */
    public static PropertyDescriptor fromSlot(Object stored, int flags) {
        if (PropertyFlags.isAccessor(flags)) {
            Accessor a = (Accessor) stored;
            return accessor(a.getGetter(), a.getSetter(), PropertyFlags.isEnumerable(flags), PropertyFlags.isConfigurable(flags));
        }
        return data(stored, PropertyFlags.isWritable(flags), PropertyFlags.isEnumerable(flags), PropertyFlags.isConfigurable(flags));
    }

    public boolean isAccessorDescriptor() {
        return hasGet || hasSet;
    }

    public boolean isDataDescriptor() {
        return hasValue || hasWritable;
    }

    public boolean isGenericDescriptor() {
        return !isAccessorDescriptor() && !isDataDescriptor();
    }

    public Object getValueOrUndefined() {
        return hasValue ? value : Undefined.INSTANCE;
    }
}
