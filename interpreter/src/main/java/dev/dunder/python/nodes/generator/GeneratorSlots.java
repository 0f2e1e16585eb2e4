package dev.dunder.python.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The frame slots a generator's body uses to resume where it left off:
 * "resuming" (true from resumption until the pending yield is reached again),
 * the value sent in, and the exception thrown in.
 */
public record GeneratorSlots(int resuming, int sent, int thrown) {
    /** Marks a yield that suspended the frame and has not been resumed yet. */
    public static final Object PENDING = new Object() {
        @Override
        public String toString() {
            return "<pending yield>";
        }
    };

    /** The saved result of a yield that already completed in the statement being re-entered. */
    public record Done(Object value) {
    }

    public boolean isResuming(VirtualFrame frame) {
        return frame.getObject(resuming) == Boolean.TRUE;
    }

    public void stopResuming(VirtualFrame frame) {
        frame.setObject(resuming, null);
    }
}
