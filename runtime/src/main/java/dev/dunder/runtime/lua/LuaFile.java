package dev.dunder.runtime.lua;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A file handle of the io library ({@code io.stdout}, {@code io.stdin}, {@code io.stderr}):
 * a userdata whose metatable gives it the methods {@code write}, {@code read},
 * {@code lines}, {@code close}, {@code flush}.
 */
public final class LuaFile implements TruffleObject {
    /** Which standard stream this is. */
    public enum Kind {
        STDIN,
        STDOUT,
        STDERR
    }

    private final Kind kind;
    private boolean closed;

    public LuaFile(Kind kind) {
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return closed ? "file (closed)" : "file (" + LuaValues.addressOf(this) + ")";
    }
}
