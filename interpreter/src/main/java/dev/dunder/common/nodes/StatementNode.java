package dev.dunder.common.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The base of every executable node of every model. It knows its place in the
 * source (character index and length, resolved lazily to a SourceSection) and is
 * instrumentable, so statement-counting resource limits, debuggers and tracing
 * tools see each statement.
 */
@GenerateWrapper
public abstract class StatementNode extends Node implements InstrumentableNode {
    private static final int NO_SOURCE = -1;

    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;
    private boolean isStatement;

    public abstract void executeVoid(VirtualFrame frame);

    public final void setSourceSection(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final boolean hasSource() {
        return sourceCharIndex != NO_SOURCE;
    }

    public final int getSourceCharIndex() {
        return sourceCharIndex;
    }

    public final int getSourceLength() {
        return sourceLength;
    }

    /** Marks this node as a statement (counted by statement limits, a stepping point). */
    public final void markStatement() {
        this.isStatement = true;
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        Source source = sourceOf(this);
        if (source == null) {
            return null;
        }
        return source.createSection(sourceCharIndex, sourceLength);
    }

    private static Source sourceOf(Node node) {
        var root = node.getRootNode();
        if (root == null) {
            return null;
        }
        SourceSection rootSection = root.getSourceSection();
        return rootSection == null ? null : rootSection.getSource();
    }

    @Override
    public boolean isInstrumentable() {
        return hasSource();
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.StatementTag.class && isStatement;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new StatementNodeWrapper(this, probe);
    }
}
