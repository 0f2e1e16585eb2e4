package dev.dunder.python;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.python.parser.PythonParsing;
import dev.dunder.python.runtime.ContextSetup;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.interop.PythonInterop;
import dev.dunder.runtime.python.interop.PythonValueView;

/**
 * Dunder's Python: the Python 3 data model on Truffle.
 *
 * <p>A map of the implementation:
 * <ul>
 * <li>{@code grammar/} (PythonLexer.g4, PythonParser.g4): the syntax; {@link PythonParsing} turns a
 * parse tree into Truffle nodes after {@code ScopeAnalyzer} has decided, CPython-style, which
 * names are locals, cells, free variables or globals.</li>
 * <li>{@code dev.dunder.python.nodes}: the executable tree. Attribute reads are
 * {@code GetAttributeNode}s, inline caches keyed on the receiver's Shape (its class and its
 * instance-dict layout) under the class's stability assumption.</li>
 * <li>{@code dev.dunder.runtime.python} (runtime module): the objects and the data model itself —
 * classes, MRO, descriptors, the reference attribute lookup, builtins.</li>
 * </ul>
 */
@TruffleLanguage.Registration(id = PythonLanguage.ID, name = "Python (Dunder)", version = "3.11", defaultMimeType = PythonLanguage.MIME_TYPE,
                characterMimeTypes = PythonLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE,
                website = "https://eev.ee/blog/2017/11/28/object-models/")
@ProvidedTags({StandardTags.StatementTag.class, StandardTags.ExpressionTag.class, StandardTags.RootTag.class,
    StandardTags.RootBodyTag.class, StandardTags.CallTag.class})
public final class PythonLanguage extends TruffleLanguage<PythonContext> {
    public static final String ID = "dunder-python";
    public static final String MIME_TYPE = "text/x-python-dunder";

    private static final ContextReference<PythonContext> CONTEXT = ContextReference.create(PythonLanguage.class);
    private static final LanguageReference<PythonLanguage> LANGUAGE = LanguageReference.create(PythonLanguage.class);

    static {
        PythonContext.setAccessor(() -> CONTEXT.get(null));
        PythonInterop.setLanguageClass(PythonLanguage.class);
    }

    @Option(help = "Check every cached attribute read against the reference lookup (AttributeResolution); slow, for tests.",
                    category = OptionCategory.INTERNAL, stability = OptionStability.EXPERIMENTAL)
    static final OptionKey<Boolean> VerifyLookups = new OptionKey<>(false);

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new PythonLanguageOptionDescriptors();
    }

    /** Whether the lookup verifier ({@code --dunder-python.VerifyLookups}) is on for the current context. */
    public static boolean verifyLookups(Node node) {
        return context(node).isVerifyLookups();
    }

    public static PythonContext context(Node node) {
        return CONTEXT.get(node);
    }

    public static PythonLanguage get(Node node) {
        return LANGUAGE.get(node);
    }

    @Override
    protected PythonContext createContext(Env env) {
        dev.dunder.common.StackWalking.prepare();
        PythonParsing.warmUpInBackground();
        PythonContext context = ContextSetup.create(this, env);
        context.setVerifyLookups(env.getOptions().get(VerifyLookups));
        return context;
    }

    @Override
    protected void initializeContext(PythonContext context) {
        ContextSetup.initialize(this, context);
    }

    @Override
    protected void finalizeContext(PythonContext context) {
        context.flush();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        if (request.getSource().isInteractive()) {
            return PythonParsing.parseInteractive(this, request.getSource());
        }
        return PythonParsing.parseMain(this, request.getSource());
    }

    /** Interactive input shows its values itself, through sys.displayhook (as CPython's REPL). */
    @Override
    protected boolean isVisible(PythonContext context, Object value) {
        return false;
    }

    /** {@code context.getBindings("dunder-python")}: the globals of {@code __main__}. */
    @Override
    protected Object getScope(PythonContext context) {
        return context.getScope();
    }

    /** Plain Java values Python produced (int, str, ...) show their Python class and repr to embedders. */
    @Override
    protected Object getLanguageView(PythonContext context, Object value) {
        return new PythonValueView(value);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded;
    }
}
