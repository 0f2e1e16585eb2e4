package dev.dunder.runtime.lua.lib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

import dev.dunder.runtime.lua.LuaBuiltin;
import dev.dunder.runtime.lua.LuaContext;
import dev.dunder.runtime.lua.LuaError;
import dev.dunder.runtime.lua.LuaFile;
import dev.dunder.runtime.lua.LuaNil;
import dev.dunder.runtime.lua.LuaNumberFormat;
import dev.dunder.runtime.lua.LuaNumberParser;
import dev.dunder.runtime.lua.LuaStrings;
import dev.dunder.runtime.lua.LuaTable;
import dev.dunder.runtime.lua.model.LuaCalls;

/**
 * The io library on the standard streams (reference manual 6.8): {@code io.write},
 * {@code io.read}, {@code io.lines} and the file handles {@code io.stdin},
 * {@code io.stdout}, {@code io.stderr} with their methods. Opening other files is not
 * offered by Dunder.
 */
public final class IoLib {
    private IoLib() {
    }

    public static LuaTable install(LuaContext ctx, LuaTable g) {
        LuaTable io = new LuaTable();
        Library lib = new Library(ctx, io, "io.");
        LuaFile stdin = new LuaFile(LuaFile.Kind.STDIN);
        LuaFile stdout = new LuaFile(LuaFile.Kind.STDOUT);
        LuaFile stderr = new LuaFile(LuaFile.Kind.STDERR);
        Input input = new Input(ctx.getIn());
        lib.set("stdin", stdin);
        lib.set("stdout", stdout);
        lib.set("stderr", stderr);
        lib.add("write", args -> write(ctx, stdout, args, 1));
        lib.add("read", args -> read(input, args, 1));
        lib.add("lines", args -> lines(ctx, input, args, 1));
        lib.add("flush", args -> {
            ctx.flush();
            return stdout;
        });
        lib.add("type", args -> {
            Object v = Args.checkAny(args, 1);
            if (v instanceof LuaFile f) {
                return f.isClosed() ? "closed file" : "file";
            }
            return LuaNil.NIL;
        });

        LuaTable methods = new LuaTable();
        Library m = new Library(ctx, methods, "");
        m.add("write", args -> write(ctx, checkFile(args), args, 2));
        m.add("read", args -> {
            checkFile(args);
            return read(input, args, 2);
        });
        m.add("lines", args -> {
            checkFile(args);
            return lines(ctx, input, args, 2);
        });
        m.add("flush", args -> {
            ctx.flush();
            return checkFile(args);
        });
        m.add("close", args -> {
            LuaFile f = checkFile(args);
            if (f.getKind() != LuaFile.Kind.STDIN) {
                return new Object[]{LuaNil.NIL, "cannot close standard file"};
            }
            f.close();
            return Boolean.TRUE;
        });
        m.add("setvbuf", args -> {
            checkFile(args);
            return Boolean.TRUE;
        });
        LuaTable meta = new LuaTable();
        meta.rawSetStr("__index", methods);
        meta.rawSetStr("__name", "FILE*");
        meta.rawSetStr("__tostring", new LuaBuiltin(ctx.getLanguage(), "tostring", args -> checkFile(args).toString()));
        ctx.setFileMetatable(meta);
        g.rawSetStr("io", io);
        return io;
    }

    private static LuaFile checkFile(Object[] args) {
        if (args.length > 1 && args[1] instanceof LuaFile f) {
            return f;
        }
        throw Args.typeError(args, 1, "FILE*");
    }

    private static Object write(LuaContext ctx, LuaFile file, Object[] args, int first) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < args.length; i++) {
            Object v = args[i];
            if (v instanceof String s) {
                sb.append(s);
            } else if (v instanceof Long l) {
                sb.append(l);
            } else if (v instanceof Double d) {
                sb.append(LuaNumberFormat.formatG(d, 14, false, false));
            } else {
                throw Args.typeError(args, i, "string");
            }
        }
        if (file.getKind() == LuaFile.Kind.STDERR) {
            ctx.writeErr(sb.toString());
        } else {
            ctx.write(sb.toString());
        }
        return file;
    }

    private static Object read(Input input, Object[] args, int first) {
        if (args.length <= first) {
            return input.line(false);
        }
        Object[] out = new Object[args.length - first];
        for (int i = first; i < args.length; i++) {
            Object r = readOne(input, args, i);
            out[i - first] = r;
            if (r == LuaNil.NIL) {
                Object[] shorter = new Object[i - first + 1];
                System.arraycopy(out, 0, shorter, 0, shorter.length);
                return LuaCalls.results(shorter);
            }
        }
        return LuaCalls.results(out);
    }

    private static Object readOne(Input input, Object[] args, int i) {
        Object f = args[i];
        if (f instanceof Long || f instanceof Double) {
            long n = Args.checkInteger(args, i);
            return input.bytes(n);
        }
        String fmt = Args.checkString(args, i);
        if (fmt.startsWith("*")) {
            fmt = fmt.substring(1);
        }
        return switch (fmt.isEmpty() ? ' ' : fmt.charAt(0)) {
            case 'l' -> input.line(false);
            case 'L' -> input.line(true);
            case 'a' -> input.all();
            case 'n' -> input.number();
            default -> throw LuaError.badArgument(i, "invalid format");
        };
    }

    private static Object lines(LuaContext ctx, Input input, Object[] args, int first) {
        Object[] formats = new Object[Math.max(first, args.length)];
        System.arraycopy(args, 0, formats, 0, args.length);
        return new LuaBuiltin(ctx.getLanguage(), "lines_iterator", a -> read(input, formats, first));
    }

    /** Standard input, read byte by byte as C's stdio would. */
    private static final class Input {
        private final PushbackInputStream in;

        Input(InputStream in) {
            this.in = new PushbackInputStream(in, 64);
        }

        private int next() {
            try {
                return in.read();
            } catch (IOException e) {
                return -1;
            }
        }

        private void unread(int c) {
            if (c >= 0) {
                try {
                    in.unread(c);
                } catch (IOException e) {
                    // the pushback buffer is large enough for one character
                }
            }
        }

        Object line(boolean keepNewline) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c = next();
            if (c < 0) {
                return LuaNil.NIL;
            }
            while (c >= 0 && c != '\n') {
                b.write(c);
                c = next();
            }
            if (c == '\n' && keepNewline) {
                b.write(c);
            }
            return LuaStrings.fromBytes(b.toByteArray());
        }

        Object all() {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int c = next(); c >= 0; c = next()) {
                b.write(c);
            }
            return LuaStrings.fromBytes(b.toByteArray());
        }

        Object bytes(long n) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c = next();
            if (c < 0) {
                return LuaNil.NIL;
            }
            unread(c);
            for (long i = 0; i < n; i++) {
                c = next();
                if (c < 0) {
                    break;
                }
                b.write(c);
            }
            return LuaStrings.fromBytes(b.toByteArray());
        }

        Object number() {
            int c = next();
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                c = next();
            }
            StringBuilder sb = new StringBuilder();
            while (c >= 0 && sb.length() < 200 && (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-')) {
                sb.append((char) c);
                c = next();
            }
            unread(c);
            Object n = LuaNumberParser.parse(sb.toString());
            return n == null ? LuaNil.NIL : n;
        }
    }
}
