package dev.dunder.launcher.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive REPL: JLine line editing over one polyglot context in which every
 * model's language lives, so {@code :model} switches the language while the objects
 * already made keep their own lookup rules. Multi-line input follows the parser's
 * incomplete-source signal ({@link ReplParser}); expression results are shown by each
 * language's interactive mode (Python's {@code sys.displayhook}, ...).
 */
public final class Repl {
    private final ReplSettings settings;
    private final Terminal terminal;
    private final Context context;
    private final LineReader reader;
    private final PrintWriter out;
    private ReplModel model;
    private volatile boolean running;

    private Repl(ReplSettings settings, Terminal terminal) {
        this.settings = settings;
        this.terminal = terminal;
        this.model = ReplModel.byName(settings.model());
        PrintStream screen = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        Context.Builder builder = Context.newBuilder()
                        .in(terminal.input()).out(screen).err(screen)
                        .allowIO(IOAccess.ALL)
                        .allowPolyglotAccess(PolyglotAccess.ALL)
                        .allowCreateThread(true)
                        .options(settings.engineOptions())
                        .allowExperimentalOptions(settings.experimentalOptions());
        if (settings.cwd() != null) {
            builder.currentWorkingDirectory(settings.cwd().toAbsolutePath());
        }
        this.context = builder.build();
        this.out = terminal.writer();
        this.reader = LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("dunder")
                        .parser(new ReplParser(() -> context, () -> model))
                        .completer(new ReplCompleter(() -> context, () -> model))
                        .highlighter(settings.colour() ? new ReplHighlighter(() -> model) : new org.jline.reader.impl.DefaultHighlighter())
                        .variable(LineReader.HISTORY_FILE, HistoryFiles.of(model.name))
                        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P")
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .option(LineReader.Option.INSERT_TAB, false)
                        .build();
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, model.continuation);
    }

    /** Runs the REPL until Ctrl-D, {@code :quit} or the program exits; returns the exit code. */
    public static int start(ReplSettings settings) {
        Terminal terminal;
        try {
            terminal = settings.systemTerminal() ? TerminalBuilder.builder().system(true).dumb(!ConsoleCheck.isTerminal()).build() : streamTerminal(settings);
        } catch (IOException e) {
            settings.err().println("dunder: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        try (terminal) {
            Repl repl = new Repl(settings, terminal);
            return repl.loop();
        } catch (IOException e) {
            settings.err().println("dunder: terminal error: " + e.getMessage());
            return 1;
        }
    }

    /**
     * A terminal over plain streams (an embedding, the tests): JLine's own line discipline,
     * not a pseudo-terminal, so that Ctrl-C typed into the stream raises the interrupt
     * signal in this JVM.
     */
    private static Terminal streamTerminal(ReplSettings settings) throws IOException {
        Terminal t = new org.jline.terminal.impl.ExternalTerminal("dunder", "xterm-256color", settings.in(), settings.out(), StandardCharsets.UTF_8);
        t.setSize(new org.jline.terminal.Size(120, 40));
        return t;
    }

    /** Colour unless the user asked for none (https://no-color.org). */
    public static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    private int loop() {
        terminal.handle(Terminal.Signal.INT, signal -> interrupt());
        try {
            libraryNames(model);
            if (settings.file() != null) {
                Integer exit = runFile(settings.file());
                if (exit != null) {
                    return exit;
                }
            } else {
                out.println(banner());
            }
            while (true) {
                reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, model.continuation);
                String line;
                try {
                    line = reader.readLine(model.prompt);
                } catch (UserInterruptException e) {
                    if (model == ReplModel.PYTHON) {
                        out.println("KeyboardInterrupt");
                    }
                    continue;
                } catch (EndOfFileException e) {
                    out.println();
                    return 0;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.strip().startsWith(":")) {
                    if (!new ReplCommands(this).run(line, out)) {
                        return 0;
                    }
                    out.flush();
                    continue;
                }
                Integer exit = evaluate(Source.newBuilder(model.languageId, line, "<stdin>").interactive(true).buildLiteral());
                if (exit != null) {
                    return exit;
                }
            }
        } finally {
            saveHistory();
            close();
        }
    }

    private void close() {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                throw e;
            }
        }
    }

    private String banner() {
        return "Dunder 0.1.0 — the object models of Python, Lua and JavaScript. Model: " + model.name + ". Type :help for the teaching commands.";
    }

    private Integer runFile(String file) {
        try {
            Path path = resolve(file);
            // a JS file's declarations are module-local: run as REPL input, they are the REPL's afterwards
            return evaluate(Source.newBuilder(model.languageId, path.toFile()).interactive(model == ReplModel.JS).build());
        } catch (IOException e) {
            settings.err().println("dunder: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
    }

    /** Runs source in the context; returns an exit code when the program asked to exit, else null. */
    Integer evaluate(Source source) {
        running = true;
        try {
            context.eval(source);
            return null;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isInterrupted() || e.isCancelled()) {
                out.println(model.interrupted);
                return null;
            }
            report(e);
            return null;
        } finally {
            running = false;
            out.flush();
        }
    }

    void report(PolyglotException e) {
        out.flush();
        if (e.isGuestException()) {
            settings.reporter().report(model.name, context, e, new PrintStream(terminal.output(), true, StandardCharsets.UTF_8));
        } else {
            out.println("dunder: internal error: " + e.getMessage());
        }
        out.flush();
    }

    /** Ctrl-C while code runs: interrupt the guest from another thread, as the signal must not block. */
    private void interrupt() {
        if (!running) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                context.interrupt(Duration.ofSeconds(10));
            } catch (TimeoutException | RuntimeException e) {
                // the code finished or the context closed meanwhile
                if (System.getenv("DUNDER_DEBUG") != null) {
                    e.printStackTrace();
                }
            }
        }, "dunder-interrupt");
        t.setDaemon(true);
        t.start();
    }

    boolean hasLanguage(ReplModel m) {
        return context.getEngine().getLanguages().containsKey(m.languageId);
    }

    void switchModel(ReplModel m) {
        saveHistory();
        shareGlobals(model, m);
        model = m;
        reader.setVariable(LineReader.HISTORY_FILE, HistoryFiles.of(m.name));
        try {
            reader.getHistory().load();
        } catch (IOException e) {
            out.println("(history for " + m.name + " could not be read: " + e.getMessage() + ")");
        }
    }

    /** Each model's own global names when the REPL first used it (its library, not the user's). */
    private final java.util.Map<ReplModel, java.util.Set<String>> libraryNames = new java.util.EnumMap<>(ReplModel.class);

    private java.util.Set<String> libraryNames(ReplModel m) {
        return libraryNames.computeIfAbsent(m, k -> {
            context.initialize(k.languageId);
            return new java.util.HashSet<>(context.getBindings(k.languageId).getMemberKeys());
        });
    }

    /**
     * What the user defined in one model becomes visible by the same names in the next, as
     * the very same objects: a Python object read from Lua still runs its descriptors,
     * because every access goes back to its own language.
     */
    private void shareGlobals(ReplModel from, ReplModel to) {
        if (from == to) {
            return;
        }
        java.util.Set<String> fromLibrary = libraryNames(from);
        java.util.Set<String> toLibrary = libraryNames(to);
        org.graalvm.polyglot.Value source = context.getBindings(from.languageId);
        org.graalvm.polyglot.Value target = context.getBindings(to.languageId);
        java.util.List<String> shared = new java.util.ArrayList<>();
        for (String name : source.getMemberKeys()) {
            // "_" is each REPL's own last value (Python's displayhook, Node's echo), not something the user defined
            if (fromLibrary.contains(name) || toLibrary.contains(name) || name.startsWith("__") || name.equals("_")) {
                continue;
            }
            try {
                target.putMember(name, source.getMember(name));
                shared.add(name);
            } catch (PolyglotException | UnsupportedOperationException | IllegalArgumentException e) {
                out.println("(" + name + " could not be shared with " + to.name + ": " + e.getMessage() + ")");
            }
        }
        if (!shared.isEmpty()) {
            out.println("shared with " + to.name + ": " + String.join(", ", shared));
        }
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // the history is a convenience: never fail the session over it
        }
    }

    ReplModel model() {
        return model;
    }

    Context context() {
        return context;
    }

    Path resolve(String file) {
        Path p = Paths.get(file);
        return p.isAbsolute() || settings.cwd() == null ? p : settings.cwd().resolve(p);
    }
}
