package dev.dunder.python.nodes.vars;

import dev.dunder.runtime.common.Boxing;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.TracebackLocation;

/**
 * Something that can be assigned to or deleted: a name, an attribute, a subscript, or
 * a tuple/list of targets. A failing store is reported at the target itself, which is
 * what CPython 3.11 underlines ({@code c.area = 10} → {@code ^^^^^^} under {@code c.area}).
 */
public abstract class TargetNode extends Node implements TracebackLocation {
    private int charIndex = -1;
    private int length;

    public abstract void executeAssign(VirtualFrame frame, Object value);

    public abstract void executeDelete(VirtualFrame frame);

    /** Assigns an int that a typed execute produced unboxed; targets that can keep it unboxed override this. */
    public void executeAssignLong(VirtualFrame frame, long value) {
        executeAssign(frame, Boxing.box(value));
    }

    /** Assigns a float that a typed execute produced unboxed. */
    public void executeAssignDouble(VirtualFrame frame, double value) {
        executeAssign(frame, value);
    }

    public final void setSourceRange(int index, int len) {
        this.charIndex = index;
        this.length = len;
    }

    @Override
    public SourceSection getTracebackSection() {
        return getSourceSection();
    }

    @Override
    public SourceSection getSourceSection() {
        if (charIndex < 0 || getRootNode() == null || getRootNode().getSourceSection() == null) {
            return null;
        }
        return getRootNode().getSourceSection().getSource().createSection(charIndex, length);
    }

    /** Records this target as the frame's traceback line if none is recorded yet. */
    protected final PythonException located(PythonException e) {
        if (!e.isFrameRecorded() && charIndex >= 0) {
            e.recordFrame(this);
        }
        return e;
    }
}
