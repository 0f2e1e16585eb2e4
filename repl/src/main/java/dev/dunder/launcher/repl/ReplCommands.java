package dev.dunder.launcher.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The teaching commands typed at the prompt ({@code :explain}, {@code :draw},
 * {@code :model}...). Each one evaluates a helper of the current model, so what it shows
 * comes from that model's own lookup code.
 */
final class ReplCommands {
    static final String HELP = """
                    Commands (the model's own code answers each of them):
                      :model python|lua|js      switch the object model (objects keep their own rules)
                      :explain EXPR.NAME        every step of looking NAME up on EXPR  (EXPR:NAME in lua)
                      :draw EXPR                draw EXPR and everything its lookups reach
                      :draw --dot EXPR          the same as Graphviz DOT
                      :draw --svg FILE EXPR     the same as an SVG file
                      :mro EXPR / :chain EXPR   the chain a lookup on EXPR searches
                      :doc EXPR                 the documentation of EXPR
                      :load LESSON|FILE         run an essay lesson (e.g. :load vector) or a file
                      :help                     this list
                      :quit                     leave (or Ctrl-D)
                    """;

    private final Repl repl;

    ReplCommands(Repl repl) {
        this.repl = repl;
    }

    /** Runs one command line; returns false when the REPL should end. */
    boolean run(String line, PrintWriter out) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String command = space < 0 ? trimmed : trimmed.substring(0, space);
        String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
        switch (command) {
            case ":help", ":h", ":?" -> out.print(HELP);
            case ":quit", ":q", ":exit" -> {
                return false;
            }
            case ":model" -> model(argument, out);
            case ":explain" -> explain(argument, out);
            case ":draw" -> draw(argument, out);
            case ":mro", ":chain" -> helper(out, "chain_text", requireExpression(argument, command));
            case ":doc" -> helper(out, "help_text", requireExpression(argument, command));
            case ":load" -> load(argument, out);
            default -> out.println("unknown command " + command + " (:help lists them)");
        }
        return true;
    }

    private void model(String name, PrintWriter out) {
        ReplModel m = ReplModel.byName(name);
        if (m == null) {
            out.println("usage: :model python|lua|js");
            return;
        }
        if (!repl.hasLanguage(m)) {
            out.println("the " + m.name + " model is not part of this build of Dunder");
            return;
        }
        repl.switchModel(m);
        out.println("model: " + m.name);
    }

    private void explain(String argument, PrintWriter out) {
        ReplModel m = repl.model();
        int split = lastMemberSeparator(argument, m.memberSeparators());
        if (split <= 0 || split == argument.length() - 1) {
            out.println("usage: :explain EXPR.NAME" + (m == ReplModel.LUA ? "  or  :explain EXPR:NAME" : ""));
            return;
        }
        String expression = argument.substring(0, split);
        String name = argument.substring(split + 1);
        helper(out, "explain_text", expression + ", " + ReplModel.quote(name) + ", " + ReplModel.quote(expression));
    }

    /** The last '.' (or ':' in Lua) outside brackets and strings. */
    static int lastMemberSeparator(String text, String separators) {
        int depth = 0;
        int found = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
            } else if (depth == 0 && separators.indexOf(c) >= 0) {
                found = i;
            }
        }
        return found;
    }

    private void draw(String argument, PrintWriter out) {
        String format = "box";
        String svgFile = null;
        String expression = argument;
        if (argument.startsWith("--dot")) {
            format = "dot";
            expression = argument.substring(5).strip();
        } else if (argument.startsWith("--svg")) {
            String[] parts = argument.substring(5).strip().split("\\s+", 2);
            if (parts.length < 2 || parts[0].isEmpty()) {
                out.println("usage: :draw --svg FILE EXPR");
                return;
            }
            format = "svg";
            svgFile = parts[0];
            expression = parts[1];
        }
        if (expression.isEmpty()) {
            out.println("usage: :draw [--dot | --svg FILE] EXPR");
            return;
        }
        String text = call("draw_text", expression + ", " + ReplModel.quote(format) + ", " + ReplModel.quote(expression), out);
        if (text == null) {
            return;
        }
        if (svgFile == null) {
            out.print(text);
            return;
        }
        try {
            Path path = repl.resolve(svgFile);
            Files.writeString(path, text, StandardCharsets.UTF_8);
            out.println("wrote " + path);
        } catch (IOException e) {
            out.println("cannot write " + svgFile + ": " + e.getMessage());
        }
    }

    private static String requireExpression(String argument, String command) {
        return argument.isEmpty() ? null : argument;
    }

    private void helper(PrintWriter out, String function, String arguments) {
        if (arguments == null) {
            out.println("usage: " + function.replace("_text", "") + " needs an expression");
            return;
        }
        String text = call(function, arguments, out);
        if (text != null) {
            out.print(text.endsWith("\n") ? text : text + "\n");
        }
    }

    /** Evaluates a teaching helper of the current model; prints the model's error and returns null on failure. */
    private String call(String function, String arguments, PrintWriter out) {
        ReplModel m = repl.model();
        try {
            Value v = repl.context().eval(Source.create(m.languageId, m.helperCall(function, arguments)));
            return v.isString() ? v.asString() : v.toString();
        } catch (PolyglotException e) {
            out.flush();
            repl.report(e);
            return null;
        }
    }

    private void load(String argument, PrintWriter out) {
        ReplModel m = repl.model();
        if (argument.isEmpty()) {
            out.println("usage: :load LESSON|FILE   lessons for " + m.name + ": " + String.join(", ", Lessons.names(m)));
            return;
        }
        try {
            Source source;
            String lesson = Lessons.find(m, argument);
            if (lesson != null) {
                // a JS script's declarations are module-local: loaded as REPL input, they stay visible afterwards (as Node's .load)
                source = Source.newBuilder(m.languageId, lesson, argument + Lessons.extension(m)).interactive(m == ReplModel.JS).build();
            } else {
                Path path = repl.resolve(argument);
                if (!Files.exists(path)) {
                    out.println("no lesson or file named " + argument + " (lessons: " + String.join(", ", Lessons.names(m)) + ")");
                    return;
                }
                source = Source.newBuilder(m.languageId, path.toFile()).interactive(m == ReplModel.JS).build();
            }
            repl.evaluate(source);
        } catch (IOException e) {
            out.println("cannot read " + argument + ": " + e.getMessage());
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
