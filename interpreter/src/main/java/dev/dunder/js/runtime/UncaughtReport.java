package dev.dunder.js.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import dev.dunder.js.JsLanguage;
import dev.dunder.runtime.js.JSException;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.builtins.Builtins;
import dev.dunder.runtime.js.inspect.Inspect;
import dev.dunder.runtime.js.objects.JSError;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.ops.Conversions;

/**
 * How Node reports an exception nobody caught: the file and line where it was thrown,
 * that source line with a caret under the position V8 recorded, then the error (its
 * stack's first line) or the thrown value; exit status 1. The {@code dunder} command
 * gets this function by evaluating an internal source named {@link #SOURCE_NAME}.
 *
 * <p>Node goes on to print the stack frames and its version; Dunder stops after the
 * error's first line (the frames of a different engine would not match Node's anyway).
 */
public final class UncaughtReport {
    public static final String SOURCE_NAME = "dunder-js:report-uncaught";

    private UncaughtReport() {
    }

    public static CallTarget callTarget(JsLanguage language) {
        return new RootNode(language) {
            @Override
            public Object execute(VirtualFrame frame) {
                return reporter(JsLanguage.realm(this));
            }
        }.getCallTarget();
    }

    @TruffleBoundary
    private static Object reporter(JSRealm realm) {
        return Builtins.function(realm, "reportUncaught", 1, (thisValue, args) -> {
            Object e = args.length > 0 ? args[0] : null;
            if (e instanceof JSException je && realm.interactive) {
                realm.writeErr(interactiveReport(je));
                return 1.0;
            }
            realm.writeErr(e instanceof JSException je ? report(je) : String.valueOf(e) + "\n");
            return 1.0;
        });
    }

    @TruffleBoundary
    static String report(JSException e) {
        Object value = e.getValue();
        String location = location(e);
        if (value instanceof JSError) {
            return location + (location.isEmpty() ? "" : "\n") + headline(value) + "\n";
        }
        String prefix = location.isEmpty() ? "" : "\n" + location;
        if (value instanceof JSObject) {
            return prefix + Inspect.inspect(value) + "\n";
        }
        String text = value instanceof JSSymbol ? "" : Conversions.toString(value);
        return prefix + text + "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n";
    }

    /** Node's REPL reports what an input threw in one line: "Uncaught TypeError: message". */
    @TruffleBoundary
    static String interactiveReport(JSException e) {
        Object value = e.getValue();
        return "Uncaught " + (value instanceof JSError ? headline(value) : Inspect.inspect(value)) + "\n";
    }

    /** The first line Node's inspect prints for an error: "TypeError: message" (improved with the class name). */
    private static String headline(Object error) {
        String text = Inspect.inspect(error);
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        if (nl < 0 && first.startsWith("[") && first.endsWith("]")) {
            first = first.substring(1, first.length() - 1);
        }
        return first;
    }

    /** "file.js:3", the source line, the caret line; empty if the position is unknown. */
    private static String location(JSException e) {
        Source source = e.getSource();
        int pos = e.getPosition();
        if (source == null || pos < 0 || pos > source.getLength()) {
            return "";
        }
        int line = source.getLineNumber(Math.min(pos, Math.max(0, source.getLength() - 1)));
        if (source.getLength() == 0) {
            line = 1;
        }
        String lineText = source.getLength() == 0 ? "" : source.getCharacters(line).toString();
        int lineStart = source.getLength() == 0 ? 0 : source.getLineStartOffset(line);
        int column = pos - lineStart;
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column && i < lineText.length(); i++) {
            caret.append(lineText.charAt(i) == '\t' ? '\t' : ' ');
        }
        for (int i = 0; i < column - lineText.length(); i++) {
            caret.append(' ');
        }
        caret.append("^".repeat(Math.max(0, Math.min(e.getLength(), Math.max(1, lineText.length() - column)))));
        return source.getName() + ":" + line + "\n" + lineText + "\n" + caret + "\n";
    }
}
