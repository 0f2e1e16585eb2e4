package dev.dunder.runtime.python.builtins;

import static dev.dunder.runtime.python.builtins.Def.function;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.source.Source;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.PythonException;
import dev.dunder.runtime.python.interop.ForeignErrors;
import dev.dunder.runtime.python.interop.PythonInterop;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;

/**
 * {@code import polyglot}: Python's door to the embedder and the other languages of the
 * same context. Each function needs the permission the embedder gave the context
 * ({@code allowPolyglotAccess}, {@code allowHostClassLookup}); without it a clear
 * PermissionError-like RuntimeError says which permission is missing.
 *
 * <pre>
 * polyglot.eval(language, code)       run code of another language (e.g. 'dunder-lua')
 * polyglot.import_value(name)         a value the embedder or another language exported
 * polyglot.export_value(name, value)  make a value visible to the others
 * polyglot.java_type(name)            a Java class (host class lookup), e.g. 'java.util.ArrayList'
 * polyglot.ForeignError               what a foreign exception is in Python
 * </pre>
 */
public final class PolyglotModule {
    private PolyglotModule() {
    }

    public static PModule create(PythonContext ctx) {
        PModule m = new PModule("polyglot");
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(m, "__name__", "polyglot");
        lib.put(m, "__doc__", "Access to the host and to the other languages of the polyglot context.");
        lib.put(m, "ForeignError", PyTypes.FOREIGN_ERROR);
        Env env = (Env) ctx.getEnv();
        function(m, "eval", "language, code, /", a -> eval(env, Convert.str(a[0], "eval() argument 1"), Convert.str(a[1], "eval() argument 2")));
        function(m, "import_value", "name, /", a -> {
            checkPolyglotAccess(env);
            Object v = env.importSymbol(Convert.str(a[0], "import_value() argument"));
            return v == null ? PNone.NONE : PythonInterop.toPython(v);
        });
        function(m, "export_value", "name, value, /", a -> {
            checkPolyglotAccess(env);
            env.exportSymbol(Convert.str(a[0], "export_value() argument 1"), PythonInterop.toInterop(a[1]));
            return PNone.NONE;
        });
        function(m, "java_type", "name, /", a -> {
            String name = Convert.str(a[0], "java_type() argument");
            if (!env.isHostLookupAllowed()) {
                throw PyErrors.runtimeError("host class lookup is not allowed by the embedder (Context.Builder.allowHostClassLookup)");
            }
            Object cls;
            try {
                cls = env.lookupHostSymbol(name);
            } catch (RuntimeException e) {
                cls = null;
            }
            if (cls == null) {
                throw PyErrors.format(PyTypes.IMPORT_ERROR, "no Java class '%s' (or the embedder's class filter refused it)", name);
            }
            return cls;
        });
        return m;
    }

    private static void checkPolyglotAccess(Env env) {
        if (!env.isPolyglotBindingsAccessAllowed()) {
            throw PyErrors.runtimeError("polyglot bindings are not accessible: the embedder did not allow polyglot access (Context.Builder.allowPolyglotAccess)");
        }
    }

    private static Object eval(Env env, String language, String code) {
        if (!env.getPublicLanguages().containsKey(language)) {
            if (env.getInternalLanguages().containsKey(language)) {
                throw PyErrors.runtimeError("access to language '%s' is not allowed by the embedder (Context.Builder.allowPolyglotAccess)", language);
            }
            throw PyErrors.valueError("no language '%s' in this context; installed: %s", language, String.join(", ", env.getPublicLanguages().keySet()));
        }
        Source source = Source.newBuilder(language, code, "<polyglot eval>").build();
        try {
            CallTarget target = env.parsePublic(source);
            return PythonInterop.toPython(target.call());
        } catch (PythonException e) {
            throw e;
        } catch (AbstractTruffleException e) {
            if (ForeignErrors.isCatchable(e)) {
                throw ForeignErrors.wrap(e);
            }
            throw e;
        }
    }
}
