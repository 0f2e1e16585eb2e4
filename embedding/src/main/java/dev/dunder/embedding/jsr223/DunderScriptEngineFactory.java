package dev.dunder.embedding.jsr223;

import java.util.List;
import java.util.function.Supplier;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

import dev.dunder.embedding.Dunder;
import dev.dunder.embedding.DunderBuilder;
import dev.dunder.embedding.DunderLanguage;

/**
 * The JSR-223 factory of one Dunder model; {@code ScriptEngineManager} finds the three
 * subclasses through {@code META-INF/services}. Its engines are built with
 * {@link DunderBuilder}'s safe defaults, except that scripts may use Java members annotated
 * {@code @HostAccess.Export} (so objects put into the bindings are usable where the embedder
 * opted in). For other settings, make an engine with {@link DunderScriptEngine#create}.
 *
 * <p>When the model is not on the class path, {@link #getScriptEngine()} fails and
 * {@code ScriptEngineManager.getEngineByName} answers null.
 */
public abstract class DunderScriptEngineFactory implements ScriptEngineFactory {
    private final DunderLanguage language;

    protected DunderScriptEngineFactory(DunderLanguage language) {
        this.language = language;
    }

    public DunderLanguage getDunderLanguage() {
        return language;
    }

    @Override
    public String getEngineName() {
        return "Dunder " + language.languageName();
    }

    @Override
    public String getEngineVersion() {
        return "0.1.0";
    }

    @Override
    public List<String> getExtensions() {
        return List.of(language.extension());
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of(language.mimeType());
    }

    @Override
    public List<String> getNames() {
        return List.of(language.id());
    }

    @Override
    public String getLanguageName() {
        return language.languageName();
    }

    @Override
    public String getLanguageVersion() {
        return language.languageVersion();
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> language.id();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            // a context is used by one thread at a time: not thread-safe in JSR-223's terms
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return language.methodCallSyntax(obj, m, args);
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return language.outputStatement(toDisplay);
    }

    @Override
    public String getProgram(String... statements) {
        return language.program(statements);
    }

    @Override
    public ScriptEngine getScriptEngine() {
        Supplier<DunderBuilder> defaults = () -> Dunder.of(language).allowHostAccess(org.graalvm.polyglot.HostAccess.EXPLICIT);
        return DunderScriptEngine.create(this, defaults);
    }
}
