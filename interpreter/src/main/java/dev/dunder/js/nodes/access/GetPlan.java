package dev.dunder.js.nodes.access;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.js.nodes.call.CallDispatchNode;
import dev.dunder.runtime.js.model.PropertyResolution;
import dev.dunder.runtime.js.ops.Conversions;
import dev.dunder.runtime.js.ops.Equality;
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSError;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSPrimitiveObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * What {@code receiver.key} does for receivers of one shape: [[Get]] worked out once
 * along the prototype chain (MODELS.md's js section), valid while every prototype it
 * looked at stays unchanged ({@link #getAssumptions()}). Each subclass is one outcome:
 * an own data or accessor property, a value or getter found on a prototype (a
 * constant), nothing (undefined), or an exotic receiver that needs the full protocol.
 */
public abstract class GetPlan extends Node {
    private static final Assumption[] NONE = new Assumption[0];

    protected Assumption[] assumptions = NONE;

    public Assumption[] getAssumptions() {
        return assumptions;
    }

    /** Reads the property; {@code receiver} is the original receiver (the getters' {@code this}). */
    public abstract Object execute(Object holder, Object receiver);

    /**
     * Does this plan give the answer the reference path found for {@code holder}
     * (the receiver, or a primitive's prototype)? Compares where and what was found,
     * never calling a getter or trap. Plans that run the reference [[Get]] themselves agree.
     */
    public boolean agreesWith(PropertyResolution reference, JSObject holder) {
        return true;
    }

    /**
     * The plan for {@code key} on objects with {@code shape}, whose first object is
     * {@code first} (the receiver itself, or for primitives their prototype with
     * {@code own} false).
     */
    @TruffleBoundary
    public static GetPlan create(JSObject first, Object key, boolean own) {
        if (own && first.hasExoticProperties() && isExoticKey(first, key)) {
            if (first instanceof JSArray && "length".equals(key)) {
                return new ArrayLength();
            }
            return new Generic(key);
        }
        Shape shape = first.getShape();
        if (own) {
            Property p = shape.getProperty(key);
            if (p != null) {
                if (PropertyFlags.isAccessor(p.getFlags())) {
                    return GetPlanFactory.OwnAccessorNodeGen.create(key);
                }
                return GetPlanFactory.OwnDataNodeGen.create(key);
            }
        }
        List<Assumption> list = new ArrayList<>();
        JSObject proto = own ? first.getPrototype() : first;
        while (proto != null) {
            if (proto instanceof JSProxy || (proto.hasExoticProperties() && isExoticKey(proto, key)) || proto.isUnstable()) {
                return new Generic(key);
            }
            list.add(proto.getStableAssumption());
            PropertyDescriptor d = proto.getOwnProperty(key);
            if (d != null) {
                GetPlan plan = d.isAccessorDescriptor() ? new ConstantGetter(d.get) : new Constant(d.value);
                plan.assumptions = list.toArray(NONE);
                return plan;
            }
            proto = proto.getPrototype();
        }
        GetPlan missing = new Missing();
        missing.assumptions = list.toArray(NONE);
        return missing;
    }

    /** Keys whose [[Get]] on this exotic object is not the ordinary one. */
    static boolean isExoticKey(JSObject o, Object key) {
        if (o instanceof JSProxy) {
            return true;
        }
        if (o instanceof JSArray) {
            return "length".equals(key) || (key instanceof String s && ArrayIndex.parse(s) >= 0);
        }
        if (o instanceof JSError) {
            return "stack".equals(key);
        }
        if (o instanceof JSPrimitiveObject) {
            return "length".equals(key) || (key instanceof String s && ArrayIndex.parse(s) >= 0);
        }
        return true;
    }

    /** An own data property: a load from the object's storage. */
    public abstract static class OwnData extends GetPlan {
        protected final Object key;

        protected OwnData(Object key) {
            this.key = key;
        }

        @Specialization(limit = "1")
        protected Object read(JSObject holder, Object receiver, @CachedLibrary("holder") DynamicObjectLibrary lib) {
            return lib.getOrDefault(holder, key, Undefined.INSTANCE);
        }

        @Override
        public boolean agreesWith(PropertyResolution reference, JSObject holder) {
            return reference.kind() == PropertyResolution.Kind.DATA && reference.holder() == holder
                            && Equality.sameValue(reference.value(), DynamicObjectLibrary.getUncached().getOrDefault(holder, key, Undefined.INSTANCE));
        }
    }

    /** An own accessor property: call its getter with the receiver. */
    public abstract static class OwnAccessor extends GetPlan {
        protected final Object key;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        protected OwnAccessor(Object key) {
            this.key = key;
        }

        @Specialization(limit = "1")
        protected Object read(JSObject holder, Object receiver, @CachedLibrary("holder") DynamicObjectLibrary lib) {
            Accessor a = (Accessor) lib.getOrDefault(holder, key, null);
            if (!a.hasGetter()) {
                return Undefined.INSTANCE;
            }
            return call.call(a.getGetter(), receiver);
        }

        @Override
        public boolean agreesWith(PropertyResolution reference, JSObject holder) {
            return reference.kind() == PropertyResolution.Kind.ACCESSOR && reference.holder() == holder;
        }
    }

    /** A data property found on a prototype: a constant while the chain is unchanged. */
    static final class Constant extends GetPlan {
        private final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        public Object execute(Object holder, Object receiver) {
            return value;
        }

        @Override
        public boolean agreesWith(PropertyResolution reference, JSObject holder) {
            return reference.kind() == PropertyResolution.Kind.DATA && Equality.sameValue(reference.value(), value);
        }
    }

    /** An accessor found on a prototype: its getter is a constant, called with the receiver. */
    static final class ConstantGetter extends GetPlan {
        private final Object getter;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        ConstantGetter(Object getter) {
            this.getter = getter;
        }

        @Override
        public Object execute(Object holder, Object receiver) {
            if (getter == Undefined.INSTANCE) {
                return Undefined.INSTANCE;
            }
            return call.call(getter, receiver);
        }

        @Override
        public boolean agreesWith(PropertyResolution reference, JSObject holder) {
            return reference.kind() == PropertyResolution.Kind.ACCESSOR && reference.getter() == getter;
        }
    }

    /** Nowhere on the chain: undefined. */
    static final class Missing extends GetPlan {
        @Override
        public Object execute(Object holder, Object receiver) {
            return Undefined.INSTANCE;
        }

        @Override
        public boolean agreesWith(PropertyResolution reference, JSObject holder) {
            return reference.kind() == PropertyResolution.Kind.MISSING;
        }
    }

    /** {@code array.length}. */
    static final class ArrayLength extends GetPlan {
        @Override
        public Object execute(Object holder, Object receiver) {
            long length = ((JSArray) holder).getLength();
            return length <= Integer.MAX_VALUE ? (Object) (int) length : (Object) (double) length;
        }

        @Override
        public boolean agreesWith(PropertyResolution reference, JSObject holder) {
            return reference.kind() == PropertyResolution.Kind.DATA && Conversions.isNumber(reference.value())
                            && Conversions.numberValue(reference.value()) == ((JSArray) holder).getLength();
        }
    }

    /** Exotic objects and busy prototypes: the reference [[Get]]. */
    static final class Generic extends GetPlan {
        private final Object key;

        Generic(Object key) {
            this.key = key;
        }

        @Override
        public Object execute(Object holder, Object receiver) {
            return get((JSObject) holder, key, receiver);
        }

        @TruffleBoundary
        private static Object get(JSObject holder, Object key, Object receiver) {
            return holder.get(key, receiver);
        }
    }
}
