package dev.dunder.runtime.python.builtins;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.TracebackLocation;
import dev.dunder.runtime.python.objects.HiddenKey;
import dev.dunder.runtime.python.objects.PBaseException;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.objects.TracebackEntry;
import dev.dunder.runtime.python.ops.PyStr;

/**
 * Prints an exception the way CPython 3.11's traceback module does: chained
 * exceptions first, "Traceback (most recent call last):", one entry per frame with
 * the source line and the ~~~^^^ markers, then {@code Type: message} with the
 * "Did you mean" hint for NameError and AttributeError.
 */
public final class TracebackPrinter {
    /** Names a NameError may suggest (locals, globals, builtins of the failing frame), captured when raised. */
    public static final HiddenKey CANDIDATES = new HiddenKey("candidates");

    private TracebackPrinter() {
    }

    @TruffleBoundary
    public static String format(PBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(PBaseException e, StringBuilder sb, IdentityHashMap<Object, Object> seen) {
        seen.put(e, e);
        if (e.getCause() instanceof PBaseException cause && !seen.containsKey(cause)) {
            format(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e.isSuppressContext() && e.getContext() instanceof PBaseException ctx && !seen.containsKey(ctx)) {
            format(ctx, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<TracebackEntry> tb = e.getTraceback();
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            appendEntries(tb, sb);
        }
        if (e.getPyClass().isSubtypeOf(PyTypes.SYNTAX_ERROR)) {
            appendSyntaxError(e, sb);
        } else {
            sb.append(exceptionLine(e)).append('\n');
        }
        Object notes = dev.dunder.runtime.python.model.AttributeLookup.lookupOrNull(e, "__notes__");
        if (notes instanceof PList list) {
            for (int i = 0; i < list.size(); i++) {
                sb.append(PyStr.str(list.get(i))).append('\n');
            }
        }
    }

    /** Innermost first in storage; printed outermost first, collapsing runs of the same line like CPython. */
    private static void appendEntries(List<TracebackEntry> tb, StringBuilder sb) {
        String last = null;
        int repeats = 0;
        for (int i = tb.size() - 1; i >= 0; i--) {
            String entry = formatEntry(tb.get(i).node());
            if (entry.equals(last)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
                last = entry;
            }
            sb.append(entry);
        }
        flushRepeats(sb, repeats);
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int hidden = repeats - 2;
            sb.append("  [Previous line repeated ").append(hidden).append(" more time").append(hidden > 1 ? "s" : "").append("]\n");
        }
    }

    private static String formatEntry(Node node) {
        SourceSection section = node instanceof TracebackLocation loc ? loc.getTracebackSection() : node.getEncapsulatingSourceSection();
        RootNode root = node.getRootNode();
        String name = root == null ? "?" : root.getName();
        if (section == null || !section.isAvailable()) {
            return "  File \"?\", line ?, in " + name + "\n";
        }
        Source source = section.getSource();
        int lineNo = section.getStartLine();
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(source.getName()).append("\", line ").append(lineNo).append(", in ").append(name).append('\n');
        if (!source.hasCharacters() || lineNo > source.getLineCount() || (source.getName().startsWith("<") && source.getName().endsWith(">"))) {
            // like CPython's linecache, no source lines for -c code, stdin, exec'd strings
            return sb.toString();
        }
        String line = source.getCharacters(lineNo).toString();
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return sb.toString();
        }
        sb.append("    ").append(stripped).append('\n');
        int strippedChars = line.length() - line.stripLeading().length();
        int start = section.getStartColumn() - 1;
        int end;
        int[] anchors = null;
        if (section.getEndLine() == lineNo) {
            end = section.getEndColumn();
            if (node instanceof TracebackLocation loc) {
                anchors = loc.getCaretAnchors();
            }
        } else {
            end = line.stripTrailing().length();
        }
        boolean show = end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0);
        if (show && end > start) {
            sb.append("    ").append(" ".repeat(Math.max(0, start - strippedChars)));
            if (anchors != null) {
                sb.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0])).append("~".repeat(Math.max(0, end - start - anchors[1])));
            } else {
                sb.append("^".repeat(end - start));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String exceptionLine(PBaseException e) {
        String line = PyStr.exceptionLine(e);
        String hint = suggestion(e);
        if (hint != null) {
            line += ". Did you mean: '" + hint + "'?";
        }
        return line;
    }

    private static String suggestion(PBaseException e) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object name = lib.getOrDefault(e, PyErrors.NAME, null);
        if (!(name instanceof String wrong)) {
            return null;
        }
        try {
            if (e.getPyClass().isSubtypeOf(PyTypes.ATTRIBUTE_ERROR)) {
                Object obj = lib.getOrDefault(e, PyErrors.OBJ, null);
                if (obj == null || obj == PNone.NONE && !(lib.containsKey(e, PyErrors.OBJ))) {
                    return null;
                }
                Object dirList = dev.dunder.runtime.python.model.PyCall.callSpecialIfPresent(obj, "__dir__");
                List<String> names = new ArrayList<>();
                for (Object o : dev.dunder.runtime.python.ops.PyIter.toArray(dirList)) {
                    if (o instanceof String s) {
                        names.add(s);
                    }
                }
                return Suggestions.suggest(wrong, names);
            }
            if (e.getPyClass().isSubtypeOf(PyTypes.NAME_ERROR)) {
                Object candidates = lib.getOrDefault(e, CANDIDATES, null);
                if (candidates instanceof java.util.function.Supplier<?> supplier) {
                    @SuppressWarnings("unchecked")
                    List<String> names = (List<String>) supplier.get();
                    return Suggestions.suggest(wrong, names);
                }
            }
        } catch (RuntimeException ex) {
            return null;
        }
        return null;
    }

    private static void appendSyntaxError(PBaseException e, StringBuilder sb) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object file = lib.getOrDefault(e, "filename", PNone.NONE);
        Object lineno = lib.getOrDefault(e, "lineno", PNone.NONE);
        Object text = lib.getOrDefault(e, "text", PNone.NONE);
        Object offset = lib.getOrDefault(e, "offset", PNone.NONE);
        Object endOffset = lib.getOrDefault(e, "end_offset", PNone.NONE);
        Object msg = lib.getOrDefault(e, "msg", PNone.NONE);
        if (file instanceof String || lineno instanceof Long) {
            sb.append("  File \"").append(file instanceof String f ? f : "<string>").append("\", line ").append(PyStr.str(lineno)).append('\n');
        }
        if (text instanceof String t) {
            String noNl = t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
            String stripped = noNl.stripLeading();
            int removed = noNl.length() - stripped.length();
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            if (offset instanceof Long off) {
                int start = (int) (long) off;
                int end = endOffset instanceof Long eo && eo > start ? (int) (long) eo : start + 1;
                int col = Math.max(0, start - 1 - removed);
                int width = Math.max(1, end - start);
                sb.append("    ").append(" ".repeat(col)).append("^".repeat(width)).append('\n');
            }
        }
        String name = PyStr.qualifiedTypeName(e.getPyClass());
        String m = msg == PNone.NONE ? PyStr.str(e) : PyStr.str(msg);
        sb.append(name).append(m.isEmpty() ? "" : ": " + m).append('\n');
    }
}
