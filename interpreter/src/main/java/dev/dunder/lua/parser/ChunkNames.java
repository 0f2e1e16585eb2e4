package dev.dunder.lua.parser;

/**
 * How Lua shows a chunk's name in messages (lobject.c's luaO_chunkid): {@code "@file"}
 * is the file name, {@code "=name"} the name itself, anything else is source text shown
 * as {@code [string "first line..."]}.
 */
public final class ChunkNames {
    /** LUA_IDSIZE: room for a chunk id, including the terminating zero of C. */
    private static final int ID_SIZE = 60;

    private ChunkNames() {
    }

    public static String chunkId(String chunkName) {
        if (chunkName.startsWith("=")) {
            String s = chunkName.substring(1);
            return s.length() <= ID_SIZE - 1 ? s : s.substring(0, ID_SIZE - 1);
        }
        if (chunkName.startsWith("@")) {
            String s = chunkName.substring(1);
            if (s.length() <= ID_SIZE - 1) {
                return s;
            }
            int keep = ID_SIZE - 1 - 3;
            return "..." + s.substring(s.length() - keep);
        }
        int room = ID_SIZE - "[string \"".length() - "...".length() - "\"]".length() - 1;
        int nl = chunkName.indexOf('\n');
        if (chunkName.length() < room && nl < 0) {
            return "[string \"" + chunkName + "\"]";
        }
        int len = nl >= 0 ? nl : chunkName.length();
        if (len > room) {
            len = room;
        }
        return "[string \"" + chunkName.substring(0, len) + "...\"]";
    }
}
