package dev.dunder.lua.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import dev.dunder.lua.LuaLanguage;
import dev.dunder.lua.nodes.root.LuaFunctionRootNode;
import dev.dunder.lua.parser.ChunkNames;
import dev.dunder.lua.parser.LuaParsing;
import dev.dunder.lua.parser.LuaSyntaxError;
import dev.dunder.lua.parser.NodeBuilder;
import dev.dunder.lua.parser.ast.FunctionBody;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaStrings;

/**
 * Compiling Lua source: the main program (a Truffle Source from the polyglot API) and
 * chunks loaded at run time ({@code load}, {@code dofile}, {@code require}). A syntax
 * error becomes a Lua error whose message is Lua's, "chunk:line: message near 'token'".
 */
public final class LuaSources {
    private LuaSources() {
    }

    /** The call target of {@code context.eval}: the program as the main chunk. */
    public static CallTarget parseMain(LuaLanguage language, Source source) {
        String text = LuaStrings.fromJava(source.getCharacters().toString());
        if (text.startsWith("#")) {
            // lua.c skips a first line starting with '#' (a Unix shebang); keep the line break
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl);
        }
        String chunkName = chunkNameOf(source);
        if (source.isInteractive()) {
            // lua.c's REPL: a line that is an expression list has its values printed
            try {
                LuaFunctionRootNode expression = compile(language, source, "return " + text, chunkName);
                return new MainRootNode(language, expression.getCallTarget(), true).getCallTarget();
            } catch (LuaError notAnExpression) {
                // a statement: compiled as it is below
            }
        }
        LuaFunctionRootNode main;
        try {
            main = compile(language, source, text, chunkName);
        } catch (LuaError e) {
            e.setReport("lua: " + e.getValue() + "\n");
            throw e;
        }
        return new MainRootNode(language, main.getCallTarget(), false).getCallTarget();
    }

    /** Lua's chunk name for a source from the polyglot API, as lua.c would name it. */
    static String chunkNameOf(Source source) {
        String name = source.getName();
        if (name.equals("<string>")) {
            return "=(command line)";
        }
        if (name.equals("<stdin>")) {
            return "=stdin";
        }
        return "@" + LuaStrings.fromJava(name);
    }

    /** Parses and builds a chunk; {@code text} is a byte string. */
    static LuaFunctionRootNode compile(LuaLanguage language, Source source, String text, String chunkName) {
        String chunkId = ChunkNames.chunkId(chunkName);
        FunctionBody body;
        try {
            body = LuaParsing.parse(text, chunkName);
        } catch (LuaSyntaxError e) {
            throw LuaError.syntax(chunkId + ":" + e.getLine() + ": " + e.getMessage(), e.isIncomplete());
        }
        return new NodeBuilder(language, source, chunkId).buildChunk(body);
    }
}
