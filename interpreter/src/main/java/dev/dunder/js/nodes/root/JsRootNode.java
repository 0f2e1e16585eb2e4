package dev.dunder.js.nodes.root;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** The common part of the script and function roots: name and source section (for stack traces and carets). */
public abstract class JsRootNode extends RootNode {
    private final String name;
    private final SourceSection section;

    protected JsRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, SourceSection section) {
        super(language, descriptor);
        this.name = name;
        this.section = section;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }
}
