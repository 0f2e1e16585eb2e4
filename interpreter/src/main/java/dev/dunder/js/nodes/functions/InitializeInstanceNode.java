package dev.dunder.js.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.js.objects.ClassElements;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * InitializeInstanceElements (§7.3.34) as a node: for the class a site keeps seeing, its
 * fields' initializers are direct calls and the new own properties plain stores, so
 * creating a class instance with fields compiles to an allocation and stores. Anything
 * unusual (a key the object already has, private methods) takes {@link ClassElementsInit}.
 */
public abstract class InitializeInstanceNode extends Node {
    protected static final int CLASS_CACHE = 2;

    public static InitializeInstanceNode create() {
        return InitializeInstanceNodeGen.create();
    }

    public abstract void execute(JSObject instance, JSFunction constructor);

    protected static Fields fieldsFor(ClassElements elements) {
        return new Fields(elements);
    }

    @Specialization(guards = "constructor.getClassElements() == cachedElements", limit = "CLASS_CACHE")
    protected static void cached(JSObject instance, JSFunction constructor,
                    @Cached("constructor.getClassElements()") ClassElements cachedElements,
                    @Cached("fieldsFor(cachedElements)") Fields fields) {
        fields.execute(instance, constructor);
    }

    @Specialization(replaces = "cached")
    protected static void generic(JSObject instance, JSFunction constructor) {
        slow(instance, constructor);
    }

    @TruffleBoundary
    private static void slow(JSObject instance, JSFunction constructor) {
        ClassElementsInit.initialize(instance, constructor);
    }

    /** The fields of one class: one direct call and one store each. */
    static final class Fields extends Node {
        private final boolean empty;
        private final boolean simple;
        @Children private final FieldNode[] fields;

        Fields(ClassElements elements) {
            this.empty = elements == null || elements.isEmpty();
            this.simple = elements == null || elements.getPrivateMethods().isEmpty();
            int n = elements == null ? 0 : elements.getFields().size();
            this.fields = new FieldNode[n];
            for (int i = 0; i < n; i++) {
                fields[i] = new FieldNode(elements.getFields().get(i));
            }
        }

        @ExplodeLoop
        void execute(JSObject instance, JSFunction constructor) {
            if (empty) {
                return;
            }
            if (!simple) {
                slow(instance, constructor);
                return;
            }
            for (FieldNode f : fields) {
                f.execute(instance);
            }
        }
    }

    /** One field: run its initializer with {@code this} the instance, define the own property. */
    static final class FieldNode extends Node {
        private final Object key;
        private final JSFunction initializer;
        @Child private DirectCallNode call;
        @Child private DynamicObjectLibrary lib = DynamicObjectLibrary.getFactory().createDispatched(2);
        private static final Object[] NO_ARGS = new Object[0];

        FieldNode(ClassElements.Field field) {
            this.key = field.key();
            this.initializer = field.initializer();
            this.call = initializer == null ? null : DirectCallNode.create(initializer.getCallTarget());
        }

        void execute(JSObject instance) {
            Object value = call == null ? Undefined.INSTANCE : call.call(initializer.packArguments(instance, Undefined.INSTANCE, NO_ARGS));
            if (lib.containsKey(instance, key) || instance.hasExoticProperties()) {
                define(instance, key, value);
            } else {
                lib.put(instance, key, value);
            }
        }

        @TruffleBoundary
        private static void define(JSObject instance, Object key, Object value) {
            ClassElementsInit.defineField(instance, key, value);
        }
    }
}
