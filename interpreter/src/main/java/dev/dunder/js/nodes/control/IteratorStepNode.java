package dev.dunder.js.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.access.PropertyGetNode;
import dev.dunder.js.nodes.call.CallDispatchNode;
import dev.dunder.runtime.js.builtins.GeneratorMethodRootNode;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * IteratorStep and IteratorValue (§7.4.4–7.4.6) as a node: calls {@code next} through a
 * call cache and reads {@code done} and {@code value} through property caches. A
 * generator whose {@code next} is the builtin one is resumed directly, without the
 * {done, value} object.
 */
public final class IteratorStepNode extends Node {
    @Child private GeneratorMethodRootNode.ResumeNode resume;
    @Child private CallDispatchNode call;
    @Child private PropertyGetNode getDone;
    @Child private PropertyGetNode getValue;

    public static IteratorStepNode create() {
        return new IteratorStepNode();
    }

    /** The next value, or null when the iterator is done. */
    public Object execute(JSRuntime.IteratorRecord it) {
        Object iterator = it.iterator();
        if (iterator instanceof JSGenerator generator && it.next() == JsLanguage.realm(this).generatorNextFunction) {
            if (resume == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                resume = insert(new GeneratorMethodRootNode.ResumeNode());
            }
            Object v = resume.execute(generator, Undefined.INSTANCE, JSGenerator.Mode.NEXT);
            return generator.getState() == JSGenerator.State.COMPLETED ? null : v;
        }
        if (call == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(CallDispatchNode.create());
            getDone = insert(PropertyGetNode.create("done", 0));
            getValue = insert(PropertyGetNode.create("value", 0));
        }
        Object result = call.call0(it.next(), iterator);
        if (!(result instanceof JSObject)) {
            CompilerDirectives.transferToInterpreter();
            throw notAnObject(result);
        }
        if (Conversions.toBoolean(getDone.execute(result))) {
            return null;
        }
        return getValue.execute(result);
    }

    @TruffleBoundary
    private static RuntimeException notAnObject(Object result) {
        return Errors.typeError("Iterator result " + JSRuntime.toDisplayString(result) + " is not an object");
    }
}
