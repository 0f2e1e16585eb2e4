package dev.dunder.python.nodes.root;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PGenerator;

/**
 * Calling a generator function: bind the arguments into a frame that outlives the
 * call, and return a generator object that will run the body in that frame.
 */
public final class GeneratorFunctionRootNode extends PythonRootNode {
    @Child private FrameSetup setup;
    private final RootCallTarget resume;

    public GeneratorFunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, String qualname, SourceSection section,
                    FrameSetup setup, RootCallTarget resume) {
        super(language, descriptor, name, qualname, section);
        this.setup = setup;
        this.resume = resume;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        PFunction function = (PFunction) args[0];
        setup.execute(frame, function, args, 1);
        return create(frame.materialize(), function);
    }

    @TruffleBoundary
    private PGenerator create(MaterializedFrame frame, PFunction function) {
        RootCallTarget target = resume;
        return new PGenerator(frame, (gen, sent, thrown, first) -> (Object) target.call(gen, sent, thrown, first), function.getName(), function.getQualname());
    }

}
