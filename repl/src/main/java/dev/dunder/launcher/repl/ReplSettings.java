package dev.dunder.launcher.repl;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * How the {@code dunder} command starts the REPL.
 *
 * @param model the first model ("python", "lua" or "js")
 * @param file a program to run first ({@code dunder -i FILE}), or null
 * @param engineOptions polyglot options from the command line
 * @param experimentalOptions whether experimental options are allowed
 * @param in the keyboard; {@code out} the screen (a real terminal when they are the process's own)
 * @param systemTerminal whether {@code in}/{@code out} are the process's standard streams
 * @param cwd the working directory, or null
 * @param colour whether to highlight input (off when {@code NO_COLOR} is set)
 * @param reporter prints an uncaught guest error the way the model's command-line tool does
 */
public record ReplSettings(String model, String file, Map<String, String> engineOptions, boolean experimentalOptions, InputStream in, PrintStream out,
                PrintStream err, boolean systemTerminal, Path cwd, boolean colour, Reporter reporter) {

    /** The model's uncaught-error report (a traceback for python); returns an exit code. */
    public interface Reporter {
        int report(String model, Context context, PolyglotException e, PrintStream err);
    }
}
