package dev.dunder.python.runtime;

import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.python.PythonLanguage;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.builtins.Builtins;
import dev.dunder.runtime.python.builtins.SysModule;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PNone;

/** Creates a context's interpreter state: streams, argv, builtins, sys and {@code __main__}. */
public final class ContextSetup {
    private static final String MAIN = "__main__";

    private ContextSetup() {
    }

    public static PythonContext create(PythonLanguage language, Env env) {
        PythonContext ctx = new PythonContext(env.out(), env.err(), env.in());
        String[] args = env.getApplicationArguments();
        for (String a : args) {
            ctx.getArgv().add(a);
        }
        if (ctx.getArgv().isEmpty()) {
            ctx.getArgv().add("");
        }
        String main = ctx.getArgv().get(0);
        int slash = main.lastIndexOf('/');
        ctx.setMainDirectory(slash >= 0 ? main.substring(0, slash) : (main.isEmpty() ? "" : "."));
        ctx.setInterpreter(new Interpreter(language, ctx, env));
        ctx.setEnv(env);
        return ctx;
    }

    public static void initialize(PythonLanguage language, PythonContext ctx) {
        ctx.setBuiltins(Builtins.create(ctx));
        PModule sys = SysModule.create(ctx);
        ctx.setSys(sys);
        ctx.getModules().setItem("builtins", ctx.getBuiltins());
        ctx.getModules().setItem("sys", sys);
        PModule main = new PModule(MAIN);
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        lib.put(main, "__name__", MAIN);
        lib.put(main, "__doc__", PNone.NONE);
        lib.put(main, "__builtins__", ctx.getBuiltins());
        ctx.getModules().setItem(MAIN, main);
    }

    public static PModule mainModule(PythonContext ctx) {
        return (PModule) ctx.getModules().getItem(MAIN);
    }
}
