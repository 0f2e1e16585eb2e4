package dev.dunder.runtime.js.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * {@code next}, {@code return} and {@code throw} of generator objects (GeneratorResume and
 * GeneratorResumeAbrupt, §27.5.3): checks the generator's state and calls its body's
 * resume target directly, so a loop driving a generator compiles into one unit.
 */
public final class GeneratorMethodRootNode extends RootNode {
    private final JSGenerator.Mode mode;
    private final String name;
    /** Builtins belong to one realm: its plain-object shape for the results. */
    private final JSRealm realm;
    @Child private ResumeNode resume = new ResumeNode();
    @Child private DynamicObjectLibrary results = DynamicObjectLibrary.getFactory().createDispatched(2);

    public GeneratorMethodRootNode(JSRealm realm, JSGenerator.Mode mode, String name) {
        super(realm.getLanguage());
        this.realm = realm;
        this.mode = mode;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object thisValue = args[JSFunction.THIS];
        Object value = args.length > JSFunction.FIRST_ARGUMENT ? args[JSFunction.FIRST_ARGUMENT] : Undefined.INSTANCE;
        if (!(thisValue instanceof JSGenerator generator)) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.typeError(name + " method called on incompatible receiver " + JSRuntime.toDisplayString(thisValue));
        }
        Object result = resume.execute(generator, value, mode);
        JSObject o = realm.newObject();
        results.put(o, "value", result);
        results.put(o, "done", generator.getState() == JSGenerator.State.COMPLETED);
        return o;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "builtin " + name;
    }

    /**
     * Resumes a generator with a value: returns what it yields or returns (its state then
     * says which). A direct call for the generator function seen first, else indirect.
     */
    public static final class ResumeNode extends Node {
        @CompilationFinal private com.oracle.truffle.api.CallTarget cachedTarget;
        @Child private DirectCallNode direct;
        @Child private IndirectCallNode indirect;

        public Object execute(JSGenerator generator, Object value, JSGenerator.Mode mode) {
            switch (generator.getState()) {
                case EXECUTING:
                    throw running();
                case COMPLETED:
                    if (mode == JSGenerator.Mode.THROW) {
                        throw new JSException(value);
                    }
                    return mode == JSGenerator.Mode.RETURN ? value : Undefined.INSTANCE;
                case SUSPENDED_START:
                    if (mode != JSGenerator.Mode.NEXT) {
                        generator.setState(JSGenerator.State.COMPLETED);
                        if (mode == JSGenerator.Mode.THROW) {
                            throw new JSException(value);
                        }
                        return value;
                    }
                    break;
                default:
                    break;
            }
            com.oracle.truffle.api.CallTarget target = generator.getResumeTarget();
            if (cachedTarget == null && indirect == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cachedTarget = target;
                direct = insert(DirectCallNode.create(target));
            }
            if (target == cachedTarget) {
                return direct.call(generator, value, mode);
            }
            if (indirect == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                indirect = insert(IndirectCallNode.create());
            }
            return indirect.call(target, generator, value, mode);
        }

        @TruffleBoundary
        private static JSException running() {
            return Errors.typeError("Generator is already running");
        }
    }
}
