package dev.dunder.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** The object models Dunder runs, with their language ids and how each reports an uncaught error. */
enum Model {
    PYTHON("python", "dunder-python", ".py", Model::reportPython),
    LUA("lua", "dunder-lua", ".lua", Model::reportGeneric),
    JS("js", "dunder-js", ".js", Model::reportJs);

    /** Prints an uncaught guest error; returns the exit code. */
    interface Reporter {
        int report(Context context, PolyglotException e, PrintStream err);
    }

    final String name;
    final String languageId;
    final String extension;
    final Reporter reporter;

    Model(String name, String languageId, String extension, Reporter reporter) {
        this.name = name;
        this.languageId = languageId;
        this.extension = extension;
        this.reporter = reporter;
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
