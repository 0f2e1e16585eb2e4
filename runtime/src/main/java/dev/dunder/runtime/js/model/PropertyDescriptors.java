package dev.dunder.runtime.js.model;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** Property descriptors to and from the objects that defineProperty takes and getOwnPropertyDescriptor returns. */
public final class PropertyDescriptors {
    private PropertyDescriptors() {
    }

    /** ToPropertyDescriptor (§6.2.6.5). */
    @TruffleBoundary
    public static PropertyDescriptor toPropertyDescriptor(Object o) {
        if (!(o instanceof JSObject obj)) {
            throw Errors.typeError("Property description must be an object: " + JSRuntime.toDisplayString(o));
        }
        PropertyDescriptor d = new PropertyDescriptor();
        if (obj.hasProperty("enumerable")) {
            d.hasEnumerable = true;
            d.enumerable = Conversions.toBoolean(obj.get("enumerable"));
        }
        if (obj.hasProperty("configurable")) {
            d.hasConfigurable = true;
            d.configurable = Conversions.toBoolean(obj.get("configurable"));
        }
        if (obj.hasProperty("value")) {
            d.hasValue = true;
            d.value = obj.get("value");
        }
        if (obj.hasProperty("writable")) {
            d.hasWritable = true;
            d.writable = Conversions.toBoolean(obj.get("writable"));
        }
        if (obj.hasProperty("get")) {
            Object g = obj.get("get");
            if (g != Undefined.INSTANCE && !JSRuntime.isCallable(g)) {
                throw Errors.typeError("Getter must be a function: " + JSRuntime.toDisplayString(g));
            }
            d.hasGet = true;
            d.get = g;
        }
        if (obj.hasProperty("set")) {
            Object s = obj.get("set");
            if (s != Undefined.INSTANCE && !JSRuntime.isCallable(s)) {
                throw Errors.typeError("Setter must be a function: " + JSRuntime.toDisplayString(s));
            }
            d.hasSet = true;
            d.set = s;
        }
        if ((d.hasGet || d.hasSet) && (d.hasValue || d.hasWritable)) {
            throw Errors.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, " + JSRuntime.toDisplayString(obj));
        }
        return d;
    }

    /** FromPropertyDescriptor (§6.2.6.4): a plain object in V8's field order. */
    @TruffleBoundary
    public static JSObject fromPropertyDescriptor(PropertyDescriptor d) {
        JSObject o = JSRealm.get().newObject();
        if (d.hasValue) {
            o.createDataProperty("value", d.value);
        }
        if (d.hasWritable) {
            o.createDataProperty("writable", d.writable);
        }
        if (d.hasGet) {
            o.createDataProperty("get", d.get);
        }
        if (d.hasSet) {
            o.createDataProperty("set", d.set);
        }
        if (d.hasEnumerable) {
            o.createDataProperty("enumerable", d.enumerable);
        }
        if (d.hasConfigurable) {
            o.createDataProperty("configurable", d.configurable);
        }
        return o;
    }

    /** CompletePropertyDescriptor (§6.2.6.6). */
    public static void complete(PropertyDescriptor d) {
        if (d.isGenericDescriptor() || d.isDataDescriptor()) {
            if (!d.hasValue) {
                d.hasValue = true;
                d.value = Undefined.INSTANCE;
            }
            if (!d.hasWritable) {
                d.hasWritable = true;
            }
        } else {
            if (!d.hasGet) {
                d.hasGet = true;
                d.get = Undefined.INSTANCE;
            }
            if (!d.hasSet) {
                d.hasSet = true;
                d.set = Undefined.INSTANCE;
            }
        }
        d.hasEnumerable = true;
        d.hasConfigurable = true;
    }
}
