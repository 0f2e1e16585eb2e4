package dev.dunder.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Source;

/** The arguments of the {@code dunder} command. */
final class CommandLine {
    static final String USAGE_LINE = "dunder [--model python|lua|js] [-c CODE | -i FILE | FILE | -] [ARG...]";
    static final String HELP = """
                    usage: %s

                    Runs Python, Lua or JavaScript programs on one Truffle runtime, each with its own
                    object model. The model comes from the file extension (.py, .lua, .js) or --model.

                      FILE            run the program in FILE (a first line starting with #! is skipped)
                      -               read the program from standard input
                      -c CODE         run CODE
                      -i FILE         run FILE, then start the REPL with its globals
                      (nothing)       start the interactive REPL (when standard input is a terminal;
                                      otherwise the program is read from standard input)
                      --model MODEL   python (default), lua or js
                      --OPTION=VALUE  a polyglot engine option, e.g. --engine.TraceCompilation=true
                      --experimental-options  allow experimental engine options
                      --version       print the version and exit
                      -h, --help      print this help and exit
                    """.formatted(USAGE_LINE);

    /** A bad command line: exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    Model model;
    String file;
    String code;
    boolean stdin;
    /** Start the REPL (after running {@link #file} when {@code -i FILE} was given). */
    boolean repl;
    boolean help;
    boolean version;
    final List<String> scriptArgs = new ArrayList<>();
    /** {@code --engine.TraceCompilation=true} and other polyglot options, passed through. */
    final java.util.Map<String, String> engineOptions = new java.util.LinkedHashMap<>();
    boolean experimentalOptions;

    static CommandLine parse(String[] args) throws UsageException {
        CommandLine c = new CommandLine();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                c.help = true;
                return c;
            } else if (a.equals("--version") || a.equals("-V")) {
                c.version = true;
                return c;
            } else if (a.equals("--model") || a.startsWith("--model=")) {
                String name;
                if (a.startsWith("--model=")) {
                    name = a.substring("--model=".length());
                } else {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--model needs a value: python, lua or js");
                    }
                    name = args[++i];
                }
                c.model = Model.byName(name);
                if (c.model == null) {
                    throw new UsageException("unknown model '" + name + "' (expected python, lua or js)");
                }
            } else if (a.equals("--experimental-options")) {
                c.experimentalOptions = true;
            } else if (a.startsWith("--") && a.contains(".")) {
                int eq = a.indexOf('=');
                c.engineOptions.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            } else if (a.equals("-c")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("argument expected for the -c option");
                }
                c.code = args[++i];
                i++;
                break;
            } else if (a.equals("-i")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("argument expected for the -i option");
                }
                c.repl = true;
                c.file = args[++i];
                i++;
                break;
            } else if (a.equals("-")) {
                c.stdin = true;
                i++;
                break;
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException("unknown option " + a);
            } else {
                c.file = a;
                i++;
                break;
            }
            i++;
        }
        while (i < args.length) {
            c.scriptArgs.add(args[i++]);
        }
        if (c.file == null && c.code == null && !c.stdin) {
            c.repl = true;
        }
        if (c.model == null) {
            c.model = c.file != null && Model.byFile(c.file) != null ? Model.byFile(c.file) : Model.PYTHON;
        }
        return c;
    }

    Source source(Model m, InputStream in, java.nio.file.Path cwd) throws IOException {
        if (code != null) {
            return Source.newBuilder(m.languageId, code, "<string>").build();
        }
        if (stdin) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder(m.languageId, text, "<stdin>").build();
        }
        return Main.fileSource(m.languageId, file, cwd);
    }
}
