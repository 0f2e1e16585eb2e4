package dev.dunder.embedding.jsr223;

import dev.dunder.embedding.DunderLanguage;

/** JSR-223 engines for Dunder's Js model: {@code new ScriptEngineManager().getEngineByName("dunder-js")}. */
public final class JsScriptEngineFactory extends DunderScriptEngineFactory {
    public JsScriptEngineFactory() {
        super(DunderLanguage.JS);
    }
}
