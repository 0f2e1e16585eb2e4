package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.ReturnException;
import dev.dunder.common.nodes.StatementNode;
import dev.dunder.js.nodes.root.JsRootNode;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.objects.JSGenerator;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * Continues a generator's body in its own frame (GeneratorResume, §27.5.3.3). Arguments:
 * the generator, the value sent in and how ({@link JSGenerator.Mode}). The body re-enters
 * the statements on the path to the pending yield. Returns the value of the next yield
 * (the generator is then suspended) or of the {@code return} or end of the body (the
 * generator is then completed); an exception completes it and propagates.
 */
public final class GeneratorResumeRootNode extends JsRootNode {
    @Child private StatementNode body;
    private final GeneratorSlots slots;

    public GeneratorResumeRootNode(TruffleLanguage<?> language, String name, SourceSection section, StatementNode body, GeneratorSlots slots) {
        super(language, new FrameDescriptor(), name, section);
        this.body = body;
        this.slots = slots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        JSGenerator generator = (JSGenerator) args[0];
        MaterializedFrame own = (MaterializedFrame) generator.getFrame();
        boolean started = generator.getState() != JSGenerator.State.SUSPENDED_START;
        own.setObject(slots.resuming(), started);
        own.setObject(slots.sent(), args[1]);
        own.setObject(slots.mode(), args[2]);
        generator.setState(JSGenerator.State.EXECUTING);
        Object value;
        try {
            body.executeVoid(own);
            value = Undefined.INSTANCE;
        } catch (YieldException y) {
            generator.setState(JSGenerator.State.SUSPENDED_YIELD);
            return y.getValue();
        } catch (ReturnException r) {
            value = r.getValue();
        } catch (GeneratorReturnException r) {
            value = r.getValue();
        } catch (JSException e) {
            generator.setState(JSGenerator.State.COMPLETED);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            generator.setState(JSGenerator.State.COMPLETED);
            throw Errors.rangeError("Maximum call stack size exceeded");
        }
        generator.setState(JSGenerator.State.COMPLETED);
        return value;
    }
}
