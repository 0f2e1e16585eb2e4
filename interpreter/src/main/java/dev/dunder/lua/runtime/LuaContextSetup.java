package dev.dunder.lua.runtime;

import com.oracle.truffle.api.TruffleLanguage.Env;

import dev.dunder.lua.LuaLanguage;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.lib.BaseLib;
import dev.dunder.runtime.lua.lib.CoroutineLib;
import dev.dunder.runtime.lua.lib.DebugLib;
import dev.dunder.runtime.lua.lib.Utf8Lib;
import dev.dunder.runtime.lua.lib.IoLib;
import dev.dunder.runtime.lua.lib.MathLib;
import dev.dunder.runtime.lua.lib.OsLib;
import dev.dunder.runtime.lua.lib.PackageLib;
import dev.dunder.runtime.lua.lib.StringLib;
import dev.dunder.runtime.lua.lib.TableLib;

/**
 * Creates a context's interpreter state as lua.c's luaL_openlibs does: the global
 * table with the standard libraries, each also in {@code package.loaded}, and the
 * script's arguments in the global {@code arg}.
 */
public final class LuaContextSetup {
    private LuaContextSetup() {
    }

    public static LuaContext create(LuaLanguage language, Env env) {
        LuaInterpreterServices services = new LuaInterpreterServices(language, env);
        LuaContext ctx = new LuaContext(language, env.out(), env.err(), env.in(), services);
        services.setContext(ctx);
        return ctx;
    }

    public static void initialize(LuaContext ctx) {
        LuaTable g = new LuaTable();
        LuaTable loaded = new LuaTable();
        ctx.setGlobals(g);
        ctx.setLoaded(loaded);
        loaded.rawSetStr("_G", g);
        BaseLib.install(ctx, g);
        PackageLib.install(ctx, g, loaded);
        loaded.rawSetStr("string", StringLib.install(ctx, g));
        loaded.rawSetStr("table", TableLib.install(ctx, g));
        loaded.rawSetStr("math", MathLib.install(ctx, g));
        loaded.rawSetStr("io", IoLib.install(ctx, g));
        loaded.rawSetStr("os", OsLib.install(ctx, g));
        loaded.rawSetStr("utf8", Utf8Lib.install(ctx, g));
        loaded.rawSetStr("coroutine", CoroutineLib.install(ctx, g));
        loaded.rawSetStr("debug", DebugLib.install(ctx, g));
        String[] argv = ((LuaInterpreterServices) ctx.getInterpreter()).getEnv().getApplicationArguments();
        if (argv.length > 0) {
            LuaTable arg = new LuaTable();
            arg.rawSetInt(-1, "lua");
            for (int i = 0; i < argv.length; i++) {
                arg.rawSetInt(i, LuaStrings.fromJava(argv[i]));
            }
            g.rawSetStr("arg", arg);
        }
    }

    public static String where(int level) {
        return StackLevels.where(level);
    }

    /** The script's own arguments (after its name), passed to the main chunk as {@code ...}. */
    static Object[] scriptArguments(LuaContext ctx) {
        String[] argv = ((LuaInterpreterServices) ctx.getInterpreter()).getEnv().getApplicationArguments();
        Object[] out = new Object[Math.max(0, argv.length - 1)];
        for (int i = 1; i < argv.length; i++) {
            out[i - 1] = LuaStrings.fromJava(argv[i]);
        }
        return out;
    }
}
