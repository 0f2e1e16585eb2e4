package dev.dunder.runtime.lua;

import dev.dunder.runtime.common.interop.InteropArray;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.runtime.lua.model.LuaMetatables;

/**
 * A Lua error on its way up the stack: {@code error(v)} or a runtime error, carrying
 * the error value (any Lua value; runtime errors carry a message string that starts
 * with {@code chunk:line:}).
 *
 * <p>Errors raised by library functions often describe their <em>caller</em>: Lua's
 * luaL_error prefixes the position of the function that called the builtin, and
 * luaL_argerror names the builtin the way the caller called it ("bad argument #1 to
 * 'rep'", or {@code 'string.rep'} when called from another builtin). Such an error is
 * created <em>pending</em> and completed by whoever catches it first: the Lua call
 * site that called the builtin ({@link #complete}) or a builtin that called it
 * ({@link #completeFromBuiltin}).
 *
 * <p>When an error escapes the main chunk, the interpreter formats what {@code lua}
 * prints for it ("lua: msg" and a stack traceback) into {@link #getReport()}, which the
 * {@code dunder} command reads through interop (member {@code "report"}).
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private enum Pending {
        NONE,
        WHERE,
        BAD_ARGUMENT
    }

    private Object value;
    private Pending pending = Pending.NONE;
    private int argument;
    private String detail;
    private LuaBuiltin raisedBy;
    private String report;
    /** What lua.c's message handler made of the value, if it ran while the error was raised (to-be-closed variables see it). */
    private Object handled;
    /** A compile error (interop's PARSE_ERROR); {@link #incomplete}: the source ended too early (a REPL keeps reading). */
    private boolean syntaxError;
    private boolean incomplete;

    public LuaError(Object value, Node location) {
        super(location);
        this.value = value;
    }

    /** A runtime error at a known position: its message is already complete. */
    public static LuaError positioned(String message, Node location) {
        return new LuaError(message, location);
    }

    /** luaL_error in a builtin: {@code message}, prefixed with the caller's position when it is completed. */
    public static LuaError withWhere(String message) {
        LuaError e = new LuaError(null, null);
        e.pending = Pending.WHERE;
        e.detail = message;
        return e;
    }

    /** luaL_argerror: "bad argument #arg to 'name' (detail)". */
    public static LuaError badArgument(int arg, String detail) {
        LuaError e = new LuaError(null, null);
        e.pending = Pending.BAD_ARGUMENT;
        e.argument = arg;
        e.detail = detail;
        return e;
    }

    /** A syntax error from compiling a chunk. */
    public static LuaError syntax(String message, boolean incompleteSource) {
        LuaError e = new LuaError(message, null);
        e.syntaxError = true;
        e.incomplete = incompleteSource;
        return e;
    }

    @ExportMessage
    com.oracle.truffle.api.interop.ExceptionType getExceptionType() {
        return syntaxError ? com.oracle.truffle.api.interop.ExceptionType.PARSE_ERROR : com.oracle.truffle.api.interop.ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incomplete;
    }

    /**
     * Where the error was raised, for embedders ({@code PolyglotException.getSourceLocation}):
     * the raising node's statement, or — for an error a library function raised, such as
     * {@code error("...")} — the Lua statement that called it, the innermost Lua frame.
     */
    @ExportMessage
    boolean hasSourceLocation() {
        return raisedAt() != null;
    }

    @ExportMessage(name = "getSourceLocation")
    com.oracle.truffle.api.source.SourceSection exportedSourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        com.oracle.truffle.api.source.SourceSection s = raisedAt();
        if (s == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return s;
    }

    @TruffleBoundary
    private com.oracle.truffle.api.source.SourceSection raisedAt() {
        com.oracle.truffle.api.source.SourceSection s = sectionOf(getLocation());
        if (s != null) {
            return s;
        }
        java.util.List<com.oracle.truffle.api.TruffleStackTraceElement> frames = com.oracle.truffle.api.TruffleStackTrace.getStackTrace(this);
        if (frames != null) {
            for (com.oracle.truffle.api.TruffleStackTraceElement frame : frames) {
                s = sectionOf(frame.getLocation());
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static com.oracle.truffle.api.source.SourceSection sectionOf(Node node) {
        if (node == null) {
            return null;
        }
        com.oracle.truffle.api.source.SourceSection s = node.getEncapsulatingSourceSection();
        return s != null && s.isAvailable() ? s : null;
    }

    public boolean isPending() {
        return pending != Pending.NONE;
    }

    /**
     * A pending error leaves a builtin's frame: the first one is the builtin that raised it;
     * leaving another one means a builtin called the raising one, and Lua completes the
     * error without position or call-site name.
     */
    public void raisedBy(LuaBuiltin builtin) {
        if (pending == Pending.NONE) {
            return;
        }
        if (raisedBy == null) {
            raisedBy = builtin;
        } else if (raisedBy != builtin) {
            completeFromBuiltin();
        }
    }

    /**
     * Completes a pending error at the Lua call site of the builtin.
     *
     * @param where the call site's position prefix, {@code "chunk:line: "}
     * @param calledName the name the call site used ({@code rep} for {@code s:rep()}), or null
     * @param methodCall whether the call was {@code obj:name(...)}: argument numbers then skip self
     */
    @TruffleBoundary
    public void complete(String where, String calledName, boolean methodCall) {
        if (pending == Pending.WHERE) {
            value = where + detail;
        } else if (pending == Pending.BAD_ARGUMENT) {
            int arg = argument;
            String name = calledName;
            if (methodCall && name != null) {
                arg--;
                if (arg == 0) {
                    value = where + "calling '" + name + "' on bad self (" + detail + ")";
                    pending = Pending.NONE;
                    return;
                }
            }
            if (name == null) {
                name = globalName();
            }
            value = where + "bad argument #" + arg + " to '" + name + "' (" + detail + ")";
        }
        pending = Pending.NONE;
    }

    /** Completes a pending error raised by a builtin that another builtin called: no position, no call-site name. */
    public void completeFromBuiltin() {
        if (pending != Pending.NONE) {
            complete("", null, false);
        }
    }

    private String globalName() {
        if (raisedBy == null) {
            return "?";
        }
        String n = LuaMetatables.globalFunctionName(raisedBy);
        return n == null ? "?" : n;
    }

    /** The error value ({@code pcall} returns it). */
    public Object getValue() {
        if (pending != Pending.NONE) {
            completeFromBuiltin();
        }
        return value;
    }

    public Object getHandled() {
        return handled;
    }

    public void setHandled(Object handled) {
        this.handled = handled;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        Object v = getValue();
        if (v instanceof String s) {
            return LuaStrings.toJava(s);
        }
        if (v instanceof Long || v instanceof Double) {
            return LuaStrings.toJava(LuaMetatables.rawToString(v));
        }
        return "(error object is a " + LuaValues.typeName(v) + " value)";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new InteropArray(new String[]{"report", "value"});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return member.equals("report") || member.equals("value");
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (member.equals("report")) {
            return report == null ? getMessage() : report;
        }
        if (member.equals("value")) {
            return getValue();
        }
        throw UnknownIdentifierException.create(member);
    }
}
