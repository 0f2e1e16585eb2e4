package dev.dunder.js;

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

import dev.dunder.js.parser.JsParsing;
import dev.dunder.js.runtime.UncaughtReport;
import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.builtins.RealmSetup;

/**
 * Dunder's JavaScript: ECMAScript's prototype chains on Truffle.
 *
 * <p>A map of the implementation:
 * <ul>
 * <li>{@code grammar/} (JsLexer.g4, JsParser.g4, JsLexerBase): the syntax, with
 * automatic semicolon insertion, regular expression and template literals.</li>
 * <li>{@code dev.dunder.js.parser}: parse tree to AST ({@code AstBuilder}), the static
 * scope analysis that resolves every name ({@code ScopeAnalyzer}: var hoisting,
 * block scopes, captured variables, {@code this} for arrows), AST to Truffle nodes
 * ({@code NodeBuilder}).</li>
 * <li>{@code dev.dunder.js.nodes}: the executable tree. Property reads and writes are
 * {@code PropertyGetNode}/{@code PropertySetNode}: inline caches keyed on the
 * receiver's Shape, whose dynamic type is its [[Prototype]], holding plans valid under
 * the stability assumptions of the prototypes on the chain.</li>
 * <li>{@code dev.dunder.runtime.js} (runtime module): objects ({@code JSObject} and
 * the exotic ones), the reference algorithms of the specification, the builtins,
 * and Node's {@code util.inspect} for {@code console.log}.</li>
 * </ul>
 * Sources an embedder evaluates are ECMAScript scripts: top-level declarations are
 * globals (what {@code getBindings} and JSR-223 see). The launcher running a file sets
 * {@link #ModuleScope} and gets Node's CommonJS module instead: the top level is a function body.
 */
@TruffleLanguage.Registration(id = JsLanguage.ID, name = "JavaScript (Dunder)", version = "ES2023", defaultMimeType = JsLanguage.MIME_TYPE,
                characterMimeTypes = JsLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE,
                website = "https://eev.ee/blog/2017/11/28/object-models/")
@ProvidedTags({StandardTags.StatementTag.class, StandardTags.ExpressionTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
    StandardTags.CallTag.class})
public final class JsLanguage extends TruffleLanguage<JSRealm> {
    public static final String ID = "dunder-js";
    public static final String MIME_TYPE = "text/javascript-dunder";

    @Option(help = "Check every cached property read against the reference [[Get]] (PropertyResolution); slow, for tests.",
                    category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> VerifyLookups = new OptionKey<>(false);

    @Option(help = "Run sources as Node runs a CommonJS module file (top-level declarations are locals, this is module.exports), "
                    + "instead of ECMAScript script semantics (top-level declarations are globals).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> ModuleScope = new OptionKey<>(false);

    /** This language instance's ModuleScope (contexts are exclusive, and areOptionsCompatible keeps differing ones apart). */
    private boolean moduleScope;

    public boolean isModuleScope() {
        return moduleScope;
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions, org.graalvm.options.OptionValues newOptions) {
        return firstOptions.get(ModuleScope).equals(newOptions.get(ModuleScope));
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new JsLanguageOptionDescriptors();
    }

    private static final ContextReference<JSRealm> CONTEXT = ContextReference.create(JsLanguage.class);

    static {
        JSRealm.setAccessor(() -> CONTEXT.get(null));
        dev.dunder.runtime.js.interop.JsValueView.setLanguageClass(JsLanguage.class);
    }

    public static JSRealm realm(Node node) {
        return CONTEXT.get(node);
    }

    @Override
    protected JSRealm createContext(Env env) {
        dev.dunder.common.StackWalking.prepare();
        JSRealm realm = new JSRealm(this, env.out(), env.err());
        JSRealm.Host host = realm.getHost();
        host.arguments = env.getApplicationArguments();
        host.environment = env.getEnvironment();
        host.workingDirectory = workingDirectory(env);
        host.exit = code -> env.getContext().closeExited(null, code);
        realm.verifyLookups = env.getOptions().get(VerifyLookups);
        moduleScope = env.getOptions().get(ModuleScope);
        return realm;
    }

    /** process.cwd(): empty when the embedder denies file access (a sandbox may not even ask for the directory). */
    private static String workingDirectory(Env env) {
        try {
            return env.getCurrentWorkingDirectory() == null ? "" : env.getCurrentWorkingDirectory().getPath();
        } catch (SecurityException e) {
            return "";
        }
    }

    @Override
    protected void initializeContext(JSRealm realm) {
        RealmSetup.setup(realm);
    }

    @Override
    protected void finalizeContext(JSRealm realm) {
        realm.flush();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        if (request.getSource().isInternal() && UncaughtReport.SOURCE_NAME.equals(request.getSource().getName())) {
            return UncaughtReport.callTarget(this);
        }
        return JsParsing.parseScript(this, request.getSource());
    }

    /** A REPL input shows its value itself (Node's inspect format, see ScriptRootNode), so the launcher must not print it again. */
    @Override
    protected boolean isVisible(JSRealm realm, Object value) {
        return false;
    }

    /** Plain values (numbers, strings, booleans) JS code produced, as JS displays them to embedders and tools. */
    @Override
    protected Object getLanguageView(JSRealm realm, Object value) {
        return new dev.dunder.runtime.js.interop.JsValueView(value);
    }

    /** {@code context.getBindings("dunder-js")}: the global object's properties. */
    @Override
    protected Object getScope(JSRealm realm) {
        return new dev.dunder.js.runtime.JsGlobalScope(realm.globalObject);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded;
    }
}
