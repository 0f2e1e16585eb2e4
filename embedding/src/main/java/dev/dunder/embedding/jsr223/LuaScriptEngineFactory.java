package dev.dunder.embedding.jsr223;

import dev.dunder.embedding.DunderLanguage;

/** JSR-223 engines for Dunder's Lua model: {@code new ScriptEngineManager().getEngineByName("dunder-lua")}. */
public final class LuaScriptEngineFactory extends DunderScriptEngineFactory {
    public LuaScriptEngineFactory() {
        super(DunderLanguage.LUA);
    }
}
