package dev.dunder.js.nodes.functions;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.js.objects.Accessor;
import dev.dunder.runtime.js.objects.ClassElements;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.PrivateName;
import dev.dunder.runtime.js.objects.PropertyDescriptor;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/** One element of a class body, evaluated while the class is defined (§15.7.14 ClassDefinitionEvaluation). */
public abstract class ClassMemberNode extends Node {
    /** What the class definition accumulates while its members are evaluated. */
    public static final class Accumulator {
        public final JSFunction constructor;
        public final JSObject prototype;
        public final List<ClassElements.PrivateMethod> privateMethods;
        public final List<ClassElements.Field> instanceFields;
        /** Static fields (Field) and static blocks (JSFunction), in order. */
        public final List<Object> staticElements;

        public Accumulator(JSFunction constructor, JSObject prototype, List<ClassElements.PrivateMethod> privateMethods,
                        List<ClassElements.Field> instanceFields, List<Object> staticElements) {
            this.constructor = constructor;
            this.prototype = prototype;
            this.privateMethods = privateMethods;
            this.instanceFields = instanceFields;
            this.staticElements = staticElements;
        }
    }

    public abstract void execute(VirtualFrame frame, Accumulator acc);

    /** The key of a member: literal, computed (evaluated now) or private (a binding holding the PrivateName). */
    static Object key(VirtualFrame frame, Object literal, ExpressionNode computed) {
        if (literal != null) {
            return literal;
        }
        Object k = computed.executeGeneric(frame);
        return k instanceof PrivateName ? k : Conversions.toPropertyKey(k);
    }

    /** A method, getter or setter. */
    public static final class Method extends ClassMemberNode {
        private final boolean isStatic;
        private final Object literalKey;
        @Child private ExpressionNode computedKey;
        @Child private MakeFunctionNode function;
        /** "get", "set" or null. */
        private final String accessor;

        public Method(boolean isStatic, Object literalKey, ExpressionNode computedKey, MakeFunctionNode function, String accessor) {
            this.isStatic = isStatic;
            this.literalKey = literalKey;
            this.computedKey = computedKey;
            this.function = function;
            this.accessor = accessor;
        }

        @Override
        public void execute(VirtualFrame frame, Accumulator acc) {
            Object k = key(frame, literalKey, computedKey);
            JSFunction f = (JSFunction) function.executeGeneric(frame);
            JSObject target = isStatic ? acc.constructor : acc.prototype;
            f.setHomeObject(target);
            define(acc, target, k, f);
        }

        @TruffleBoundary
        private void define(Accumulator acc, JSObject target, Object k, JSFunction f) {
            if (literalKey == null && !(k instanceof PrivateName)) {
                FunctionNaming.setName(f, k, accessor);
            }
            if (k instanceof PrivateName p) {
                if (isStatic) {
                    Object existing = target.getShape().hasProperty(p) ? com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(target, p, null) : null;
                    target.defineDirect(p, merged(existing, f), 0);
                } else {
                    for (int i = 0; i < acc.privateMethods.size(); i++) {
                        if (acc.privateMethods.get(i).key() == p) {
                            acc.privateMethods.set(i, new ClassElements.PrivateMethod(p, merged(acc.privateMethods.get(i).value(), f)));
                            return;
                        }
                    }
                    acc.privateMethods.add(new ClassElements.PrivateMethod(p, merged(null, f)));
                }
                return;
            }
            if (accessor == null) {
                target.defineOwnProperty(k, PropertyDescriptor.data(f, true, false, true));
                return;
            }
            PropertyDescriptor existing = target.getOwnProperty(k);
            Object getter = Undefined.INSTANCE;
            Object setter = Undefined.INSTANCE;
            if (existing != null && existing.isAccessorDescriptor()) {
                getter = existing.get;
                setter = existing.set;
            }
            if (accessor.equals("get")) {
                getter = f;
            } else {
                setter = f;
            }
            target.defineDirect(k, new Accessor(getter, setter), PropertyFlags.ACCESSOR | PropertyFlags.NOT_ENUMERABLE);
        }

        /** A private method's value, or a getter/setter merged into its pair's Accessor. */
        private Object merged(Object existing, JSFunction f) {
            if (accessor == null) {
                return f;
            }
            Accessor a = existing instanceof Accessor x ? x : new Accessor(Undefined.INSTANCE, Undefined.INSTANCE);
            return accessor.equals("get") ? new Accessor(f, a.getSetter()) : new Accessor(a.getGetter(), f);
        }
    }

    /** A field: the key now, the initializer for each instance (or once, for static fields). */
    public static final class Field extends ClassMemberNode {
        private final boolean isStatic;
        private final Object literalKey;
        @Child private ExpressionNode computedKey;
        @Child private MakeFunctionNode initializer;

        public Field(boolean isStatic, Object literalKey, ExpressionNode computedKey, MakeFunctionNode initializer) {
            this.isStatic = isStatic;
            this.literalKey = literalKey;
            this.computedKey = computedKey;
            this.initializer = initializer;
        }

        @Override
        public void execute(VirtualFrame frame, Accumulator acc) {
            Object k = key(frame, literalKey, computedKey);
            JSFunction init = null;
            if (initializer != null) {
                init = (JSFunction) initializer.executeGeneric(frame);
                init.setHomeObject(isStatic ? acc.constructor : acc.prototype);
            }
            add(acc, new ClassElements.Field(k, init));
        }

        @TruffleBoundary
        private void add(Accumulator acc, ClassElements.Field field) {
            if (isStatic) {
                acc.staticElements.add(field);
            } else {
                acc.instanceFields.add(field);
            }
        }
    }

    /** {@code static { ... }}: run once, in order with the static fields. */
    public static final class StaticBlock extends ClassMemberNode {
        @Child private MakeFunctionNode body;

        public StaticBlock(MakeFunctionNode body) {
            this.body = body;
        }

        @Override
        public void execute(VirtualFrame frame, Accumulator acc) {
            JSFunction f = (JSFunction) body.executeGeneric(frame);
            f.setHomeObject(acc.constructor);
            add(acc, f);
        }

        @TruffleBoundary
        private static void add(Accumulator acc, JSFunction f) {
            acc.staticElements.add(f);
        }
    }
}
