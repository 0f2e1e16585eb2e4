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
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;

/**
 * What {@code receiver.key = value} does for receivers of one shape ([[Set]], §10.1.9),
 * valid under the stability assumptions of the prototypes consulted: overwrite an
 * own writable property, add a new one (a shape transition), call a setter found on
 * the chain, or refuse (read-only, getter without setter, not extensible).
 */
public abstract class SetPlan extends Node {
    private static final Assumption[] NONE = new Assumption[0];

    protected Assumption[] assumptions = NONE;

    public Assumption[] getAssumptions() {
        return assumptions;
    }

    /** Stores; returns false when [[Set]] refuses (strict code then throws). */
    public abstract boolean execute(JSObject receiver, Object value);

    @TruffleBoundary
    public static SetPlan create(JSObject receiver, Object key) {
        if (receiver.hasExoticProperties() && GetPlan.isExoticKey(receiver, key)) {
            return new Generic(key);
        }
        Shape shape = receiver.getShape();
        boolean watched = receiver.isWatched();
        Property p = shape.getProperty(key);
        if (p != null) {
            int flags = p.getFlags();
            if (PropertyFlags.isAccessor(flags)) {
                return SetPlanFactory.OwnSetterNodeGen.create(key);
            }
            if (!PropertyFlags.isWritable(flags)) {
                return new Refuse();
            }
            return SetPlanFactory.WriteOwnNodeGen.create(key, watched);
        }
        List<Assumption> list = new ArrayList<>();
        for (JSObject proto = receiver.getPrototype(); proto != null; proto = proto.getPrototype()) {
            if (proto instanceof JSProxy || (proto.hasExoticProperties() && GetPlan.isExoticKey(proto, key)) || proto.isUnstable()) {
                return new Generic(key);
            }
            list.add(proto.getStableAssumption());
            PropertyDescriptor d = proto.getOwnProperty(key);
            if (d != null) {
                SetPlan plan;
                if (d.isAccessorDescriptor()) {
                    plan = d.set == dev.dunder.runtime.js.objects.Undefined.INSTANCE ? new Refuse() : new ConstantSetter(d.set);
                } else if (!d.writable) {
                    plan = new Refuse();
                } else {
                    break;
                }
                plan.assumptions = list.toArray(NONE);
                return plan;
            }
        }
        SetPlan plan = receiver.isExtensible() ? SetPlanFactory.AddPropertyNodeGen.create(key, watched) : new Refuse();
        plan.assumptions = list.toArray(NONE);
        return plan;
    }

    /** Overwrite an own writable data property. */
    public abstract static class WriteOwn extends SetPlan {
        protected final Object key;
        protected final boolean watched;

        protected WriteOwn(Object key, boolean watched) {
            this.key = key;
            this.watched = watched;
        }

        @Specialization(limit = "1")
        protected boolean write(JSObject receiver, Object value, @CachedLibrary("receiver") DynamicObjectLibrary lib) {
            if (watched) {
                receiver.invalidate();
            }
            lib.put(receiver, key, value);
            return true;
        }
    }

    /** Add a new own property: a shape transition the library caches. */
    public abstract static class AddProperty extends SetPlan {
        protected final Object key;
        protected final boolean watched;

        protected AddProperty(Object key, boolean watched) {
            this.key = key;
            this.watched = watched;
        }

        @Specialization(limit = "1")
        protected boolean add(JSObject receiver, Object value, @CachedLibrary("receiver") DynamicObjectLibrary lib) {
            if (watched) {
                receiver.invalidate();
            }
            lib.put(receiver, key, value);
            return true;
        }
    }

    /** An own accessor: call its setter. */
    public abstract static class OwnSetter extends SetPlan {
        protected final Object key;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        protected OwnSetter(Object key) {
            this.key = key;
        }

        @Specialization(limit = "1")
        protected boolean write(JSObject receiver, Object value, @CachedLibrary("receiver") DynamicObjectLibrary lib) {
            Accessor a = (Accessor) lib.getOrDefault(receiver, key, null);
            if (!a.hasSetter()) {
                return false;
            }
            call.call(a.getSetter(), receiver, value);
            return true;
        }
    }

    /** A setter found on a prototype. */
    static final class ConstantSetter extends SetPlan {
        private final Object setter;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        ConstantSetter(Object setter) {
            this.setter = setter;
        }

        @Override
        public boolean execute(JSObject receiver, Object value) {
            call.call(setter, receiver, value);
            return true;
        }
    }

    static final class Refuse extends SetPlan {
        @Override
        public boolean execute(JSObject receiver, Object value) {
            return false;
        }
    }

    static final class Generic extends SetPlan {
        private final Object key;

        Generic(Object key) {
            this.key = key;
        }

        @Override
        public boolean execute(JSObject receiver, Object value) {
            return set(receiver, key, value);
        }

        @TruffleBoundary
        private static boolean set(JSObject receiver, Object key, Object value) {
            return receiver.set(key, value, receiver);
        }
    }
}
