package dev.dunder.js.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The frame slots a generator body uses to continue where it stopped: "resuming"
 * (true from a resumption until the pending yield is reached again), the value sent
 * in, and how it was sent (next, throw, return).
 */
public record GeneratorSlots(int resuming, int sent, int mode) {
    /** A yield that suspended the frame and has not been resumed yet. */
    public static final Object PENDING = new Object() {
        @Override
        public String toString() {
            return "<pending yield>";
        }
    };

    /** The result of a yield that already completed, for statements re-entered while resuming. */
    public record Done(Object value) {
    }

    public boolean isResuming(VirtualFrame frame) {
        return frame.getObject(resuming) == Boolean.TRUE;
    }

    public void stopResuming(VirtualFrame frame) {
        frame.setObject(resuming, Boolean.FALSE);
    }
}
