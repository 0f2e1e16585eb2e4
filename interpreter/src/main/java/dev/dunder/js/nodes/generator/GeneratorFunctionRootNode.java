package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.JsLanguage;
import dev.dunder.js.nodes.access.PropertyGetNode;
import dev.dunder.js.nodes.root.JsRootNode;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSFunction;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.JSObject;

/**
 * Calling a {@code function*} (§27.3.4, §15.5.3): binds the parameters in the function's
 * frame, then returns a generator object that owns that frame; the body runs only when
 * the generator is resumed ({@link GeneratorResumeRootNode}).
 */
public final class GeneratorFunctionRootNode extends JsRootNode {
    @Child private StatementNode prologue;
    @Child private PropertyGetNode getPrototype = PropertyGetNode.create("prototype", 0);
    private final RootCallTarget resume;
    private final GeneratorSlots slots;
    @CompilationFinal private com.oracle.truffle.api.object.Shape defaultShape;

    public GeneratorFunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, SourceSection section, StatementNode prologue,
                    RootCallTarget resume, GeneratorSlots slots) {
        super(language, descriptor, name, section);
        this.prologue = prologue;
        this.resume = resume;
        this.slots = slots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            prologue.executeVoid(frame);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.rangeError("Maximum call stack size exceeded");
        }
        frame.setObject(slots.resuming(), Boolean.FALSE);
        MaterializedFrame own = frame.materialize();
        Object callee = frame.getArguments()[JSFunction.FUNCTION];
        Object proto = getPrototype.execute(callee);
        com.oracle.truffle.api.object.Shape shape;
        if (proto instanceof JSObject p) {
            shape = JSObject.shapeFor(JSGenerator.class, p);
        } else {
            if (defaultShape == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                defaultShape = JSObject.shapeFor(JSGenerator.class, JsLanguage.realm(this).generatorPrototype);
            }
            shape = defaultShape;
        }
        return new JSGenerator(shape, own, resume);
    }
}
