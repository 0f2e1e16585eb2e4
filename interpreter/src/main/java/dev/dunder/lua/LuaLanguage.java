package dev.dunder.lua;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.lua.runtime.LuaContextSetup;
import dev.dunder.lua.runtime.LuaSources;
import dev.dunder.runtime.lua.LuaContext;

/**
 * Dunder's Lua: Lua 5.4's tables and metatables on Truffle.
 *
 * <p>A map of the implementation:
 * <ul>
 * <li>{@code grammar/} (LuaLexer.g4, LuaParser.g4, LuaLexerBase): the syntax, shaped after
 * Lua's own parser so that {@code LuaSyntaxErrors} reports Lua's messages;
 * {@code AstBuilder} resolves names (locals, upvalues, {@code _ENV.name} globals) and gotos,
 * {@code NodeBuilder} makes the Truffle tree.</li>
 * <li>{@code dev.dunder.lua.nodes}: the executable tree. {@code t.name} and {@code obj:m()} are
 * {@code FieldLookupNode}s, inline caches keyed on the table's Shape (its string keys and its
 * metatable) holding an {@code IndexPlan} for the whole {@code __index} chain, valid under the
 * stability assumptions of the tables on the chain.</li>
 * <li>{@code dev.dunder.runtime.lua} (runtime module): {@code LuaTable} (a DynamicObject with an
 * array part and a hash part), the reference operations of the model ({@code LuaIndex},
 * {@code LuaOperators}, {@code LuaCalls}), and the standard library.</li>
 * </ul>
 */
@TruffleLanguage.Registration(id = LuaLanguage.ID, name = "Lua (Dunder)", version = "5.4", defaultMimeType = LuaLanguage.MIME_TYPE,
                characterMimeTypes = LuaLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE,
                website = "https://eev.ee/blog/2017/11/28/object-models/")
@ProvidedTags({StandardTags.StatementTag.class, StandardTags.ExpressionTag.class, StandardTags.RootTag.class,
    StandardTags.RootBodyTag.class, StandardTags.CallTag.class})
public final class LuaLanguage extends TruffleLanguage<LuaContext> {
    public static final String ID = "dunder-lua";
    public static final String MIME_TYPE = "text/x-lua-dunder";

    private static final ContextReference<LuaContext> CONTEXT = ContextReference.create(LuaLanguage.class);

    static {
        LuaContext.setAccessor(() -> CONTEXT.get(null));
        dev.dunder.runtime.lua.LuaValueView.setLanguageClass(LuaLanguage.class);
    }

    @Option(help = "Check every cached index operation against the reference lookup (IndexResolution); slow, for tests.",
                    category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> VerifyLookups = new OptionKey<>(false);

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new LuaLanguageOptionDescriptors();
    }

    public static LuaContext context(Node node) {
        return CONTEXT.get(node);
    }

    /** {@code "chunk:line: "} of the function at a stack level (1: the caller of the running function). */
    public static String where(int level) {
        return LuaContextSetup.where(level);
    }

    @Override
    protected LuaContext createContext(Env env) {
        dev.dunder.common.StackWalking.prepare();
        LuaContext context = LuaContextSetup.create(this, env);
        context.setVerifyLookups(env.getOptions().get(VerifyLookups));
        return context;
    }

    @Override
    protected void initializeContext(LuaContext context) {
        LuaContextSetup.initialize(context);
    }

    @Override
    protected void finalizeContext(LuaContext context) {
        context.abandonCoroutines();
        context.flush();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return LuaSources.parseMain(this, request.getSource());
    }

    /** Interactive results are printed by the main chunk itself, all of them, as lua.c's REPL prints them. */
    @Override
    protected boolean isVisible(LuaContext context, Object value) {
        return false;
    }

    /** Values Lua code produced (floats above all), as Lua's tostring displays them to embedders and tools. */
    @Override
    protected Object getLanguageView(LuaContext context, Object value) {
        return new dev.dunder.runtime.lua.LuaValueView(value);
    }

    /** {@code context.getBindings("dunder-lua")}: the global table {@code _G}. */
    @Override
    protected Object getScope(LuaContext context) {
        return new dev.dunder.lua.runtime.LuaGlobalScope(context.getGlobals());
    }

    /**
     * Coroutines run on threads of their own, but hand control back and forth, so Lua code
     * only ever runs on one thread at a time.
     */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }
}
