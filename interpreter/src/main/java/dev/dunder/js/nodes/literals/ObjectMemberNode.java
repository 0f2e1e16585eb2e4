package dev.dunder.js.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.js.nodes.functions.FunctionNaming;
import dev.dunder.js.nodes.functions.MakeFunctionNode;
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.Null;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** One member of an object literal, defined on the new object. */
public abstract class ObjectMemberNode extends Node {
    public abstract void execute(VirtualFrame frame, JSObject target);

    /** {@code key: value} with a literal key: a plain store into the fresh object (a cached shape transition). */
    public abstract static class Data extends ObjectMemberNode {
        protected final Object key;
        @Child protected ExpressionNode value;

        protected Data(Object key, ExpressionNode value) {
            this.key = key;
            this.value = value;
        }

        public static Data create(Object key, ExpressionNode value) {
            return ObjectMemberNodeFactory.DataNodeGen.create(key, value);
        }

        @Override
        public final void execute(VirtualFrame frame, JSObject target) {
            Object v = value.executeGeneric(frame);
            if (value instanceof MakeFunctionNode mf && mf.isMethod()) {
                ((JSFunction) v).setHomeObject(target);
            }
            executeStore(target, v);
        }

        protected abstract void executeStore(JSObject target, Object v);

        @Specialization(limit = "3")
        protected void store(JSObject target, Object v, @CachedLibrary("target") DynamicObjectLibrary lib) {
            if (lib.containsKey(target, key)) {
                storeSlow(target, key, v);
            } else {
                lib.put(target, key, v);
            }
        }

        @TruffleBoundary
        private static void storeSlow(JSObject target, Object key, Object v) {
            target.defineDirect(key, v, 0);
        }
    }

    /** {@code [expr]: value} and computed methods: the key is evaluated, anonymous functions are named after it. */
    public static final class Computed extends ObjectMemberNode {
        @Child private ExpressionNode key;
        @Child private ExpressionNode value;
        private final boolean nameFunction;

        public Computed(ExpressionNode key, ExpressionNode value, boolean nameFunction) {
            this.key = key;
            this.value = value;
            this.nameFunction = nameFunction;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject target) {
            Object k = Conversions.toPropertyKey(key.executeGeneric(frame));
            Object v = value.executeGeneric(frame);
            if (value instanceof MakeFunctionNode mf && mf.isMethod()) {
                ((JSFunction) v).setHomeObject(target);
            }
            if (nameFunction) {
                FunctionNaming.setName(v, k, null);
            }
            define(target, k, v);
        }

        @TruffleBoundary
        private static void define(JSObject target, Object k, Object v) {
            target.defineDirect(k, v, 0);
        }
    }

    /** {@code get k() {}} / {@code set k(v) {}}: an enumerable, configurable accessor (merged with its pair). */
    public static final class AccessorMember extends ObjectMemberNode {
        private final Object literalKey;
        @Child private ExpressionNode computedKey;
        @Child private MakeFunctionNode function;
        private final boolean isGetter;

        public AccessorMember(Object literalKey, ExpressionNode computedKey, MakeFunctionNode function, boolean isGetter) {
            this.literalKey = literalKey;
            this.computedKey = computedKey;
            this.function = function;
            this.isGetter = isGetter;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject target) {
            Object k = literalKey != null ? literalKey : Conversions.toPropertyKey(computedKey.executeGeneric(frame));
            JSFunction f = (JSFunction) function.executeGeneric(frame);
            f.setHomeObject(target);
            if (literalKey == null) {
                FunctionNaming.setName(f, k, isGetter ? "get" : "set");
            }
            define(target, k, f, isGetter);
        }

        @TruffleBoundary
        static void define(JSObject target, Object k, JSFunction f, boolean isGetter) {
            PropertyDescriptor existing = target.getOwnProperty(k);
            Object getter = Undefined.INSTANCE;
            Object setter = Undefined.INSTANCE;
            if (existing != null && existing.isAccessorDescriptor()) {
                getter = existing.get;
                setter = existing.set;
            }
            if (isGetter) {
                getter = f;
            } else {
                setter = f;
            }
            target.defineDirect(k, new Accessor(getter, setter), PropertyFlags.ACCESSOR);
        }
    }

    /** {@code __proto__: value}: sets the new object's prototype when the value is an object or null. */
    public static final class Proto extends ObjectMemberNode {
        @Child private ExpressionNode value;

        public Proto(ExpressionNode value) {
            this.value = value;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject target) {
            Object v = value.executeGeneric(frame);
            if (v instanceof JSObject p) {
                target.setPrototypeUnchecked(p);
            } else if (v == Null.INSTANCE) {
                target.setPrototypeUnchecked(null);
            }
        }
    }

    /** {@code ...source}: copies the source's own enumerable properties. */
    public static final class Spread extends ObjectMemberNode {
        @Child private ExpressionNode value;

        public Spread(ExpressionNode value) {
            this.value = value;
        }

        @Override
        public void execute(VirtualFrame frame, JSObject target) {
            copy(target, value.executeGeneric(frame));
        }

        @TruffleBoundary
        static void copy(JSObject target, Object source) {
            if (source == Undefined.INSTANCE || source == Null.INSTANCE) {
                return;
            }
            JSObject from = Conversions.toObject(source);
            for (Object key : from.ownPropertyKeys()) {
                if (!(key instanceof String) && !(key instanceof JSSymbol)) {
                    continue;
                }
                PropertyDescriptor d = from.getOwnProperty(key);
                if (d != null && d.enumerable) {
                    target.createDataProperty(key, from.get(key, from));
                }
            }
        }
    }
}
