package dev.dunder.embedding;

import java.util.List;

/**
 * Dunder's three models as polyglot languages: the id to pass to
 * {@code Context.newBuilder}/{@code eval}, the MIME type, the file extension, and the few
 * facts about each language's syntax that JSR-223 asks a script engine for.
 *
 * <p>A language is usable when its implementation is on the class path (all three live in
 * the {@code dunder-interpreter} jar once their modes are written); {@link #isInstalled()}
 * says whether it is.
 */
public enum DunderLanguage {
    PYTHON("dunder-python", "text/x-python-dunder", "py", "python", "3.11"),
    LUA("dunder-lua", "text/x-lua-dunder", "lua", "lua", "5.4"),
    JS("dunder-js", "text/javascript-dunder", "js", "javascript", "ECMAScript 2020");

    private final String id;
    private final String mimeType;
    private final String extension;
    private final String languageName;
    private final String languageVersion;

    DunderLanguage(String id, String mimeType, String extension, String languageName, String languageVersion) {
        this.id = id;
        this.mimeType = mimeType;
        this.extension = extension;
        this.languageName = languageName;
        this.languageVersion = languageVersion;
    }

    /** The polyglot language id, e.g. {@code dunder-python}. */
    public String id() {
        return id;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The plain language name JSR-223 reports, e.g. {@code python}. */
    public String languageName() {
        return languageName;
    }

    /** The reference version whose behaviour this model follows. */
    public String languageVersion() {
        return languageVersion;
    }

    /** Whether this model's implementation is on the class path. */
    public boolean isInstalled() {
        return Installed.languages().contains(id);
    }

    /** {@code obj.m(a, b)} in this language ({@code obj:m(a, b)} in Lua, where methods are not bound). */
    public String methodCallSyntax(String object, String method, String... args) {
        String separator = this == LUA ? ":" : ".";
        return object + separator + method + "(" + String.join(", ", args) + ")";
    }

    /** A statement printing {@code text}. */
    public String outputStatement(String text) {
        String quoted = quote(text);
        return switch (this) {
            case PYTHON, LUA -> "print(" + quoted + ")";
            case JS -> "console.log(" + quoted + ")";
        };
    }

    /** Statements joined into one program. */
    public String program(String... statements) {
        return String.join(this == JS ? ";\n" : "\n", List.of(statements));
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Looks a language id up by id, MIME type or extension; null when none matches. */
    public static DunderLanguage find(String nameOrMimeOrExtension) {
        for (DunderLanguage l : values()) {
            if (l.id.equals(nameOrMimeOrExtension) || l.mimeType.equals(nameOrMimeOrExtension) || l.extension.equals(nameOrMimeOrExtension)) {
                return l;
            }
        }
        return null;
    }
}
