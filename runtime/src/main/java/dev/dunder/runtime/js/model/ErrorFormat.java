package dev.dunder.runtime.js.model;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.objects.JSError;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.Undefined;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * How errors read: the "Name: message" headline (Error.prototype.toString's rule),
 * the V8-style {@code stack} text, and the call sites captured when an error is made.
 */
public final class ErrorFormat {
    /** V8 keeps this many frames (Error.stackTraceLimit). */
    private static final int STACK_LIMIT = 10;
    /**
     * The root name of a script's top level as embedders see it in guest stack frames;
     * V8's stack text shows that frame without a name ("at file.js:7:1").
     */
    public static final String SCRIPT_ROOT_NAME = ":program";

    private ErrorFormat() {
    }

    /** The "    at f (file.js:3:5)" lines of the JavaScript frames on the stack. */
    @TruffleBoundary
    public static List<String> captureFrames() {
        List<String> frames = new ArrayList<>();
        Truffle.getRuntime().iterateFrames(frame -> {
            if (frames.size() >= STACK_LIMIT) {
                return frames;
            }
            RootNode root = frame.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rc ? rc.getRootNode() : null;
            if (root == null || root.isInternal() || root.getSourceSection() == null) {
                return null;
            }
            Node call = frame.getCallNode();
            SourceSection at = call == null ? null : call.getEncapsulatingSourceSection();
            String file = root.getSourceSection().getSource().getPath();
            if (file == null) {
                file = root.getSourceSection().getSource().getName();
            }
            String where = at == null ? file : file + ":" + at.getStartLine() + ":" + at.getStartColumn();
            String name = root.getName();
            frames.add(name == null || name.isEmpty() || SCRIPT_ROOT_NAME.equals(name) ? "    at " + where : "    at " + name + " (" + where + ")");
            return null;
        });
        return frames;
    }

    /** The stack text: the headline, then the frames. */
    @TruffleBoundary
    public static String stackText(JSError e) {
        StringBuilder b = new StringBuilder(errorToString(e));
        for (String f : e.getFrames()) {
            b.append('\n').append(f);
        }
        return b.toString();
    }

    /** Error.prototype.toString (§20.5.3.4): "name: message", or whichever is non-empty. */
    @TruffleBoundary
    public static String errorToString(JSObject e) {
        Object nameValue = e.get("name", e);
        String name = nameValue == Undefined.INSTANCE ? "Error" : Conversions.toString(nameValue);
        Object msgValue = e.get("message", e);
        String msg = msgValue == Undefined.INSTANCE ? "" : Conversions.toString(msgValue);
        if (name.isEmpty()) {
            return msg;
        }
        if (msg.isEmpty()) {
            return name;
        }
        return name + ": " + msg;
    }

    /** What an embedder sees as the message of a thrown value. */
    @TruffleBoundary
    public static String headline(Object value) {
        try {
            if (value instanceof JSError e) {
                return errorToString(e);
            }
            return JSRuntime.toDisplayString(value);
        } catch (JSException | StackOverflowError again) {
            return "(error while formatting the exception)";
        }
    }
}
