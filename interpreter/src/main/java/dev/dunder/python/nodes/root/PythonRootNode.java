package dev.dunder.python.nodes.root;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.RootNode;

/** The root of a Python code object (module, function, class body, lambda, comprehension). */
public abstract class PythonRootNode extends RootNode {
    private final String name;
    private final String qualifiedName;
    private final SourceSection section;

    protected PythonRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, String qualifiedName, SourceSection section) {
        super(language, descriptor);
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.section = section;
    }

    /** {@code co_name}, what tracebacks print after "in". */
    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getQualifiedName() {
        return qualifiedName;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public boolean isCaptureFramesForTrace(boolean compiled) {
        return false;
    }

    @Override
    public String toString() {
        return "<python " + qualifiedName + ">";
    }
}
