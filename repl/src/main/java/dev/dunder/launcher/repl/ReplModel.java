package dev.dunder.launcher.repl;

import java.util.List;
import java.util.Set;

/**
 * What the REPL does differently per object model: prompts, how an input is wrapped for
 * evaluation, the keywords it highlights, and the guest expressions behind the teaching
 * commands. Each teaching command runs the model's own code (its readable reference
 * lookup), so the REPL itself knows nothing of Python, Lua or JS semantics.
 */
enum ReplModel {
    PYTHON("python", "dunder-python", ">>> ", "... ",
                    Set.of("False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
                                    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                                    "return", "try", "while", "with", "yield"),
                    "#", "__import__('_dunder')", "KeyboardInterrupt"),
    LUA("lua", "dunder-lua", "> ", ">> ",
                    Set.of("and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local", "nil", "not", "or",
                                    "repeat", "return", "then", "true", "until", "while"),
                    "--", "require(\"_dunder\")", "interrupted!"),
    JS("js", "dunder-js", "> ", "... ",
                    Set.of("break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export", "extends",
                                    "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return", "static",
                                    "super", "switch", "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while", "with", "yield"),
                    "//", "__dunder", "Uncaught Error: Script execution was interrupted by `SIGINT`");

    final String name;
    final String languageId;
    final String prompt;
    final String continuation;
    final Set<String> keywords;
    final String lineComment;
    /** A guest expression for the model's teaching helpers (explain_text, draw_text, completions, help_text). */
    final String helpers;
    /** What the model's REPL prints when Ctrl-C stops running code. */
    final String interrupted;

    ReplModel(String name, String languageId, String prompt, String continuation, Set<String> keywords, String lineComment, String helpers,
                    String interrupted) {
        this.name = name;
        this.languageId = languageId;
        this.prompt = prompt;
        this.continuation = continuation;
        this.keywords = keywords;
        this.lineComment = lineComment;
        this.helpers = helpers;
        this.interrupted = interrupted;
    }

    static ReplModel byName(String name) {
        for (ReplModel m : values()) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        return null;
    }

    static List<String> names() {
        return List.of("python", "lua", "js");
    }

    /** A guest-language call of one of the model's teaching helpers, evaluating to a string (or a list of strings). */
    String helperCall(String function, String arguments) {
        String call = helpers + "." + function + "(" + arguments + ")";
        return this == LUA ? "return " + call : call;
    }

    /** A string literal of the guest language (the three accept the same double-quoted form). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** The attribute-access separators the model's completion understands. */
    String memberSeparators() {
        return this == LUA ? ".:" : ".";
    }
}
