package dev.dunder.runtime.lua.lib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.LuaValues;
import dev.dunder.runtime.lua.model.LuaCalls;

/**
 * {@code require} and the {@code package} table (reference manual 6.3): modules are
 * looked for in {@code package.preload}, then along {@code package.path} (files relative
 * to the working directory), then among Dunder's own library modules written in Lua.
 */
public final class PackageLib {
    private static final String STDLIB = "/dunder/stdlib/lua/";
    static final String DEFAULT_PATH = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;/usr/local/lib/lua/5.4/?.lua;"
                    + "/usr/local/lib/lua/5.4/?/init.lua;/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua";

    private PackageLib() {
    }

    public static void install(LuaContext ctx, LuaTable g, LuaTable loaded) {
        LuaTable pkg = new LuaTable();
        Library lib = new Library(ctx, pkg, "package.");
        lib.set("loaded", loaded);
        lib.set("preload", new LuaTable());
        lib.set("path", DEFAULT_PATH);
        lib.set("cpath", "");
        lib.set("config", "/\n;\n?\n!\n-\n");
        lib.add("searchpath", args -> {
            StringBuilder tried = new StringBuilder();
            String found = searchPath(ctx, Args.checkString(args, 1), Args.checkString(args, 2), tried);
            return found != null ? found : new Object[]{LuaNil.NIL, tried.substring(Math.min(2, tried.length()))};
        });
        g.rawSetStr("package", pkg);
        loaded.rawSetStr("package", pkg);
        new Library(ctx, g, "").add("require", args -> require(ctx, pkg, Args.checkString(args, 1)));
    }

    private static Object require(LuaContext ctx, LuaTable pkg, String name) {
        LuaTable loaded = ctx.getLoaded();
        Object existing = loaded.rawGetStr(name);
        if (LuaValues.isTruthy(existing)) {
            return existing;
        }
        StringBuilder tried = new StringBuilder();
        Object loader = null;
        Object data = LuaNil.NIL;
        Object preload = pkg.rawGetStr("preload");
        if (preload instanceof LuaTable p && p.rawGetStr(name) != LuaNil.NIL) {
            loader = p.rawGetStr(name);
            data = ":preload:";
        } else if (name.equals(DunderLib.NAME)) {
            // a built-in module, made on first use (see DunderLib)
            loaded.rawSetStr(name, DunderLib.create(ctx));
            return new Object[]{loaded.rawGetStr(name), ":builtin:"};
        } else {
            tried.append("\n\tno field package.preload['").append(name).append("']");
            Object path = pkg.rawGetStr("path");
            if (!(path instanceof String pathString)) {
                throw new LuaError("'package.path' must be a string", null);
            }
            String file = searchPath(ctx, name, pathString, tried);
            if (file != null) {
                loader = ctx.getInterpreter().load(ctx.getInterpreter().readFile(file), "@" + file, ctx.getGlobals());
                data = file;
            } else {
                String text = stdlibModule(name);
                if (text != null) {
                    loader = ctx.getInterpreter().load(text, "@" + name.replace('.', '/') + ".lua", ctx.getGlobals());
                    data = name;
                }
            }
        }
        if (loader == null) {
            throw LuaError.withWhere("module '" + name + "' not found:" + tried);
        }
        Object result = LuaCalls.first(LuaCalls.call(loader, name, data));
        if (result != LuaNil.NIL) {
            loaded.rawSetStr(name, result);
        } else if (loaded.rawGetStr(name) == LuaNil.NIL) {
            loaded.rawSetStr(name, Boolean.TRUE);
        }
        return new Object[]{loaded.rawGetStr(name), data};
    }

    /** package.searchpath: the first file named by a template that can be read; the others are noted in {@code tried}. */
    private static String searchPath(LuaContext ctx, String name, String path, StringBuilder tried) {
        String fileName = name.replace('.', '/');
        for (String template : path.split(";")) {
            if (template.isEmpty()) {
                continue;
            }
            String candidate = template.replace("?", fileName);
            if (ctx.getInterpreter().readFile(candidate) != null) {
                return candidate;
            }
            tried.append("\n\tno file '").append(candidate).append("'");
        }
        return null;
    }

    /** A module of Dunder's library written in Lua, or null. */
    private static String stdlibModule(String name) {
        try (InputStream in = PackageLib.class.getResourceAsStream(STDLIB + name.replace('.', '/') + ".lua")) {
            if (in == null) {
                return null;
            }
            return LuaStrings.fromJava(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
