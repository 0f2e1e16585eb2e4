package dev.dunder.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code dunder} command: runs a script of any model ({@code .py}, {@code .lua},
 * {@code .js}, or {@code --model}) through the public polyglot API, and reports an
 * uncaught error the way that model's own interpreter does.
 */
public final class Main {
    static final String VERSION = "0.1.0";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, null);
    }

    /** Runs the command as if started in {@code cwd} (null: the process's own); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, java.nio.file.Path cwd) {
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("dunder: " + e.getMessage());
            err.println("usage: " + CommandLine.USAGE_LINE);
            err.println("Try 'dunder -h' for more information.");
            return 2;
        }
        if (cmd.help) {
            out.print(CommandLine.HELP);
            return 0;
        }
        if (cmd.version) {
            String runtime;
            try (org.graalvm.polyglot.Engine engine = org.graalvm.polyglot.Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
                runtime = engine.getImplementationName();
            }
            out.println("Dunder " + VERSION + " (python, lua, js object models on GraalVM Truffle; runtime: " + runtime + ")");
            return 0;
        }
        if (cmd.repl) {
            boolean system = in == System.in && out == System.out;
            if (cmd.file == null && system && !dev.dunder.launcher.repl.ConsoleCheck.isTerminal()) {
                cmd.stdin = true; // as CPython: no arguments and a pipe or file on stdin run it as the program
            } else {
                return startRepl(cmd, in, out, err, cwd, system);
            }
        }
        if (cmd.model.stackSize > 0) {
            return onOwnStack(cmd, in, out, err, cwd);
        }
        return runProgram(cmd, in, out, err, cwd);
    }

    /**
     * Runs the program in a thread with the model's own stack size: Lua calls nest about as
     * deep as the reference interpreter allows (hundreds of thousands of frames) before
     * "stack overflow", where the default thread stack would stop at a few thousand.
     */
    private static int onOwnStack(CommandLine cmd, InputStream in, PrintStream out, PrintStream err, java.nio.file.Path cwd) {
        int[] code = {70};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                code[0] = runProgram(cmd, in, out, err, cwd);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "dunder-" + cmd.model.name, cmd.model.stackSize);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return code[0];
    }

    private static int runProgram(CommandLine cmd, InputStream in, PrintStream out, PrintStream err, java.nio.file.Path cwd) {
        Model model = cmd.model;
        Source source;
        try {
            source = cmd.source(model, in, cwd);
        } catch (IOException e) {
            return model.cannotOpen(cmd.file, err);
        }
        List<String> argv = new ArrayList<>();
        argv.add(cmd.file != null ? cmd.file : cmd.code != null ? "-c" : "-");
        argv.addAll(cmd.scriptArgs);
        Context.Builder builder = Context.newBuilder(model.languageId)
                        .in(in).out(out).err(err)
                        .allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                        .allowCreateThread(true)
                        .arguments(model.languageId, argv.toArray(new String[0]))
                        .options(cmd.engineOptions)
                        .allowExperimentalOptions(cmd.experimentalOptions);
        if (cwd != null) {
            builder.currentWorkingDirectory(cwd.toAbsolutePath());
        }
        if ("dunder-js".equals(model.languageId) && cmd.file != null) {
            // a program file runs as Node runs it: a CommonJS module; -c CODE and stdin stay global scripts, as node -e and node - run them
            builder.option("dunder-js.ModuleScope", "true");
        }
        Context built;
        try {
            built = builder.build();
        } catch (IllegalArgumentException e) {
            err.println("dunder: " + e.getMessage());
            return 2;
        }
        try (Context context = built) {
            try {
                context.eval(source);
                return 0;
            } catch (PolyglotException e) {
                return report(context, model, e, err);
            }
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            err.println("dunder: internal error: " + e.getMessage());
            return 70;
        }
    }

    /** The interactive REPL ({@code dunder} alone, or {@code dunder -i FILE}). */
    private static int startRepl(CommandLine cmd, InputStream in, PrintStream out, PrintStream err, java.nio.file.Path cwd, boolean system) {
        dev.dunder.launcher.repl.ReplSettings settings = new dev.dunder.launcher.repl.ReplSettings(cmd.model.name, cmd.file, cmd.engineOptions,
                        cmd.experimentalOptions, in, out, err, system, cwd, dev.dunder.launcher.repl.Repl.colourWanted(), (name, context, e, stream) -> report(context, Model.byName(name), e, stream));
        return dev.dunder.launcher.repl.Repl.start(settings);
    }

    /** Prints an uncaught error in the model's style and returns the exit code. */
    static int report(Context context, Model model, PolyglotException e, PrintStream err) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInterrupted() || e.isCancelled()) {
            err.println("KeyboardInterrupt");
            return 130;
        }
        if (!e.isGuestException() || e.isInternalError()) {
            err.println("dunder: internal error: " + e.getMessage());
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("dev.dunder")) {
                    err.println("    at " + el);
                }
            }
            return 70;
        }
        try {
            return model.reporter.report(context, e, err);
        } catch (PolyglotException again) {
            if (again.isExit()) {
                return again.getExitStatus();
            }
            if (System.getenv("DUNDER_DEBUG") != null) {
                again.printStackTrace();
            }
            err.println(e.getMessage());
            return 1;
        }
    }

    /** Reads a file as text with its name as given on the command line (CPython's tracebacks print that name). */
    static Source fileSource(String language, String path, java.nio.file.Path cwd) throws IOException {
        File f = cwd == null || new File(path).isAbsolute() ? new File(path) : cwd.resolve(path).toFile();
        String text = java.nio.file.Files.readString(f.toPath(), StandardCharsets.UTF_8);
        return Source.newBuilder(language, text, path).uri(f.getAbsoluteFile().toURI()).build();
    }

}
