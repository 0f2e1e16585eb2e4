package dev.dunder.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** The object models Dunder runs, with their language ids and how each reports an uncaught error. */
enum Model {
    PYTHON("python", "dunder-python", ".py", Model::reportPython, 0),
    /** Lua programs run on a 1 GB stack: Lua-to-Lua calls do not use the C stack, so lua5.4 recurses ~500k deep. */
    LUA("lua", "dunder-lua", ".lua", Model::reportLua, 1L << 30),
    JS("js", "dunder-js", ".js", Model::reportJs, 0);

    /** Prints an uncaught guest error; returns the exit code. */
    interface Reporter {
        int report(Context context, PolyglotException e, PrintStream err);
    }

    final String name;
    final String languageId;
    final String extension;
    final Reporter reporter;
    /** The stack size of the thread programs run on (0: the caller's thread). */
    final long stackSize;

    Model(String name, String languageId, String extension, Reporter reporter, long stackSize) {
        this.name = name;
        this.languageId = languageId;
        this.extension = extension;
        this.reporter = reporter;
        this.stackSize = stackSize;
    }

    static Model byName(String name) {
        for (Model m : values()) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        return null;
    }

    static Model byFile(String file) {
        for (Model m : values()) {
            if (file.endsWith(m.extension)) {
                return m;
            }
        }
        return null;
    }

    /** CPython: the interpreter hands the exception to sys.excepthook, which prints the traceback. */
    private static int reportPython(Context context, PolyglotException e, PrintStream err) {
        Value hook = context.eval(Source.create("dunder-python", "__import__('sys').excepthook"));
        hook.execute(null, e.getGuestObject(), null);
        return 1;
    }

    /**
     * lua.c: the interpreter has formatted "lua: message" and the stack traceback into the
     * error's "report" member (a byte string, one byte per char); print it as bytes.
     */
    private static int reportLua(Context context, PolyglotException e, PrintStream err) {
        Value error = e.getGuestObject();
        String report = error != null && error.hasMember("report") ? error.getMember("report").asString() : "lua: " + e.getMessage() + "\n";
        err.write(report.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, report.length());
        err.flush();
        return 1;
    }

    /** What the model's own interpreter says when the program file cannot be read; returns the exit code. */
    int cannotOpen(String file, PrintStream err) {
        if (this == LUA) {
            err.println("lua: cannot open " + file);
            return 1;
        }
        err.println("dunder: can't open file '" + file + "': [Errno 2] No such file or directory");
        return 2;
    }

    /**
     * Node: the language formats the report (file:line, the source line, a caret, the
     * error) through a function it hands out for an internal source of this name.
     */
    private static int reportJs(Context context, PolyglotException e, PrintStream err) {
        Value report = context.eval(Source.newBuilder("dunder-js", "", "dunder-js:report-uncaught").internal(true).buildLiteral());
        return report.execute(e.getGuestObject()).asInt();
    }

    private static int reportGeneric(Context context, PolyglotException e, PrintStream err) {
        err.println(e.getMessage());
        return 1;
    }
}
