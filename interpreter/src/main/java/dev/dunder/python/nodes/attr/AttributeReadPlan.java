package dev.dunder.python.nodes.attr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.dunder.python.nodes.call.CallDispatchNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.model.AttributeResolution;
import dev.dunder.runtime.python.model.AttributeResolution.Kind;
import dev.dunder.runtime.python.model.Descriptors;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PGetSetDescriptor;
import dev.dunder.runtime.python.objects.PMethod;
import dev.dunder.runtime.python.objects.PProperty;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/**
 * What {@code obj.name} does for receivers of one shape, decided once from the
 * class's MRO (valid while the class's stability assumption holds) and the shape
 * (which fixes whether the instance dict has the name). Each subclass is one
 * outcome of MODELS.md's steps, in the order the steps are tried by {@link #plan}.
 */
public abstract class AttributeReadPlan extends Node {

    public abstract Object execute(Object receiver);

    /**
     * Whether this plan is what the reference lookup decides for {@code receiver}: the same
     * step and the same object found (checked by the lookup verifier, never on the fast path).
     */
    public abstract boolean agreesWith(AttributeResolution reference, Object receiver);

    /**
     * The plan for an instance of {@code type} whose shape is {@code shape} (null for
     * receivers without an instance dict, such as ints and strings).
     */
    @TruffleBoundary
    public static AttributeReadPlan plan(PyType type, Shape shape, String name) {
        Object getattribute = type.lookup("__getattribute__");
        boolean module = getattribute == AttributeLookup.moduleGetattribute;
        if (getattribute != AttributeLookup.objectGetattribute && !module) {
            return new Generic(name);
        }
        AttributeReadPlan plan = genericGetattribute(type, shape, name, module);
        Object getattr = type.lookup("__getattr__");
        if (getattr == null || plan instanceof Generic) {
            return plan;
        }
        // step 6: __getattr__ runs when the steps above raise AttributeError; plans that
        // cannot raise it stay, a miss calls __getattr__ directly, the rest take the full protocol
        if (plan instanceof InstanceField || plan instanceof Constant || plan instanceof BindFunction) {
            return plan;
        }
        if (plan instanceof Missing && getattr instanceof PFunction f) {
            return new CallGetattr(f, name);
        }
        return new Generic(name);
    }

    /** Steps 1-5 of {@code object.__getattribute__} (MODELS.md), decided for one class and shape. */
    private static AttributeReadPlan genericGetattribute(PyType type, Shape shape, String name, boolean module) {
        Object meta = type.lookup(name);                                   // step 1
        if (meta != null && Descriptors.isDataDescriptor(meta) && Descriptors.hasGet(meta)) {   // step 2
            if (meta instanceof PProperty p && p.getPyClass() == PyTypes.PROPERTY && p.getFget() instanceof PFunction) {
                return new PropertyGet(p, p.getFget());
            }
            if (meta instanceof PGetSetDescriptor gs) {
                return new GetSet(gs);
            }
            return descriptorGet(meta, type);
        }
        if (shape != null && shape.hasProperty(dev.dunder.runtime.python.objects.AttributeDictStorage.OVERRIDE)) {
            return new Generic(name);
        }
        boolean inInstance = shape != null && shape.hasProperty(name);
        if (inInstance) {                                                  // step 3
            return InstanceField.create(name);
        }
        if (meta != null) {                                                // steps 4 and 5
            if (meta instanceof PFunction f) {
                return new BindFunction(f);
            }
            if (meta instanceof PBuiltinFunction b && b.getKind() == PBuiltinFunction.Kind.METHOD) {
                return new BindFunction(b);
            }
            if (Descriptors.hasGet(meta)) {
                return descriptorGet(meta, type);
            }
            return new Constant(meta);
        }
        if (module) {
            return new Generic(name);
        }
        return new Missing(name);
    }

    /** A descriptor whose class defines {@code __get__} in Python is called directly; others take the reference path. */
    private static AttributeReadPlan descriptorGet(Object descriptor, PyType owner) {
        PyType descriptorType = PyTypes.typeOf(descriptor);
        if (!descriptorType.isBuiltin() && descriptorType.lookup("__get__") instanceof PFunction get) {
            return new UserDescriptorGet(descriptor, owner, get, descriptorType.getStableAssumption());
        }
        return new DescriptorGet(descriptor, owner);
    }

    /** Step 3: the value in the instance dict (a shape property). */
    public abstract static class InstanceField extends AttributeReadPlan {
        protected final String name;

        protected InstanceField(String name) {
            this.name = name;
        }

        static InstanceField create(String name) {
            return AttributeReadPlanFactory.InstanceFieldNodeGen.create(name);
        }

        @Specialization
        protected Object read(Object receiver, @CachedLibrary(limit = "1") DynamicObjectLibrary lib) {
            return lib.getOrDefault((DynamicObject) receiver, name, null);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            Object own = DynamicObjectLibrary.getUncached().getOrDefault((DynamicObject) receiver, name, null);
            return reference.kind() == Kind.INSTANCE_DICT && (own == reference.found() || own != null && own.equals(reference.found()));
        }
    }

    /** Step 5: a plain class attribute (a shared fallback value). */
    static final class Constant extends AttributeReadPlan {
        private final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        public Object execute(Object receiver) {
            return value;
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return reference.kind() == Kind.CLASS_ATTRIBUTE && reference.found() == value;
        }
    }

    /** Step 4 for functions: a bound method. */
    static final class BindFunction extends AttributeReadPlan {
        private final Object function;

        BindFunction(Object function) {
            this.function = function;
        }

        @Override
        public Object execute(Object receiver) {
            return new PMethod(function, receiver);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return reference.kind() == Kind.METHOD && reference.found() == function;
        }
    }

    /** Step 2 for a plain property: call its getter. */
    static final class PropertyGet extends AttributeReadPlan {
        private final PProperty property;
        private final Object fget;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        PropertyGet(PProperty property, Object fget) {
            this.property = property;
            this.fget = fget;
        }

        @Override
        public Object execute(Object receiver) {
            return call.call(fget, receiver);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return reference.kind() == Kind.DATA_DESCRIPTOR && reference.found() == property;
        }
    }

    /** Step 2 for Java-implemented data descriptors ({@code __class__}, {@code __dict__}, slots). */
    static final class GetSet extends AttributeReadPlan {
        private final PGetSetDescriptor descriptor;

        GetSet(PGetSetDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public Object execute(Object receiver) {
            return get(receiver);
        }

        @TruffleBoundary
        private Object get(Object receiver) {
            return descriptor.get(receiver);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return reference.kind() == Kind.DATA_DESCRIPTOR && reference.found() == descriptor;
        }
    }

    /** Steps 2/4 for any other descriptor: {@code type(meta).__get__(meta, obj, type)}. */
    static final class DescriptorGet extends AttributeReadPlan {
        private final Object descriptor;
        private final PyType owner;

        DescriptorGet(Object descriptor, PyType owner) {
            this.descriptor = descriptor;
            this.owner = owner;
        }

        @Override
        public Object execute(Object receiver) {
            return bind(receiver);
        }

        @TruffleBoundary
        private Object bind(Object receiver) {
            return bind(descriptor, receiver, owner);
        }

        @TruffleBoundary
        static Object bind(Object descriptor, Object receiver, PyType owner) {
            return Descriptors.bind(descriptor, receiver, owner);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return isDescriptorStep(reference) && reference.found() == descriptor;
        }
    }

    /**
     * Steps 2/4 for a descriptor written in Python: {@code type(d).__get__(d, obj, type(obj))}
     * called directly, while the descriptor's class is unchanged (else the reference path).
     */
    static final class UserDescriptorGet extends AttributeReadPlan {
        private final Object descriptor;
        private final PyType owner;
        private final PFunction get;
        private final com.oracle.truffle.api.Assumption getUnchanged;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        UserDescriptorGet(Object descriptor, PyType owner, PFunction get, com.oracle.truffle.api.Assumption getUnchanged) {
            this.descriptor = descriptor;
            this.owner = owner;
            this.get = get;
            this.getUnchanged = getUnchanged;
        }

        @Override
        public Object execute(Object receiver) {
            if (getUnchanged.isValid()) {
                return call.call(get, descriptor, receiver, owner);
            }
            return DescriptorGet.bind(descriptor, receiver, owner);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return isDescriptorStep(reference) && reference.found() == descriptor;
        }
    }

    /** Step 6: the attribute is nowhere, so {@code type(obj).__getattr__(obj, name)}. */
    static final class CallGetattr extends AttributeReadPlan {
        private final PFunction getattr;
        private final String name;
        @Child private CallDispatchNode call = CallDispatchNode.create();

        CallGetattr(PFunction getattr, String name) {
            this.getattr = getattr;
            this.name = name;
        }

        @Override
        public Object execute(Object receiver) {
            return call.call(getattr, receiver, name);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return reference.kind() == Kind.GETATTR && reference.found() == getattr;
        }
    }

    /** Step 6 without {@code __getattr__}: AttributeError. */
    static final class Missing extends AttributeReadPlan {
        private final String name;

        Missing(String name) {
            this.name = name;
        }

        @Override
        public Object execute(Object receiver) {
            throw PyErrors.noAttribute(receiver, name);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return reference.kind() == Kind.MISSING;
        }
    }

    /** A custom {@code __getattribute__} or a {@code __getattr__} fallback: the full protocol. */
    static final class Generic extends AttributeReadPlan {
        private final String name;

        Generic(String name) {
            this.name = name;
        }

        @Override
        public Object execute(Object receiver) {
            return read(receiver);
        }

        @TruffleBoundary
        private Object read(Object receiver) {
            return AttributeLookup.getAttribute(receiver, name);
        }

        @Override
        public boolean agreesWith(AttributeResolution reference, Object receiver) {
            return true; // the reference path itself
        }
    }

    static boolean isDescriptorStep(AttributeResolution reference) {
        return reference.kind() == Kind.DATA_DESCRIPTOR || reference.kind() == Kind.NON_DATA_DESCRIPTOR;
    }

    static PyType typeOfShape(Shape shape) {
        return (PyType) shape.getDynamicType();
    }


    static boolean isPyObject(Object o) {
        return o instanceof PyObject;
    }
}
