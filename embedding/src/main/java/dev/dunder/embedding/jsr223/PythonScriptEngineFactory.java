package dev.dunder.embedding.jsr223;

import dev.dunder.embedding.DunderLanguage;

/** JSR-223 engines for Dunder's Python model: {@code new ScriptEngineManager().getEngineByName("dunder-python")}. */
public final class PythonScriptEngineFactory extends DunderScriptEngineFactory {
    public PythonScriptEngineFactory() {
        super(DunderLanguage.PYTHON);
    }
}
