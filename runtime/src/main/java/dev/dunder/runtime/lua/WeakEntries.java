package dev.dunder.runtime.lua;

import java.lang.ref.WeakReference;

/**
 * The weak references of weak tables ({@code __mode}). Only objects Lua collects are held
 * weakly — tables, functions, coroutines; strings, numbers and booleans are values and
 * stay, as the reference manual specifies. A weak key compares equal to its referent, so
 * the hash part finds it with the plain key.
 */
final class WeakEntries {
    private WeakEntries() {
    }

    static boolean isCollectable(Object v) {
        return v instanceof LuaTable || v instanceof LuaFunction || v instanceof LuaCoroutine;
    }

    /** A weakly held key: hashes and compares by the identity of its referent. */
    static final class WeakKey extends WeakReference<Object> {
        private final int hash;

        WeakKey(Object referent) {
            super(referent);
            this.hash = referent.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            Object mine = get();
            if (mine == null) {
                return false;
            }
            if (o instanceof WeakKey other) {
                return other.get() == mine;
            }
            return o == mine;
        }
    }

    /** A weakly held value. */
    static final class WeakValue extends WeakReference<Object> {
        WeakValue(Object referent) {
            super(referent);
        }
    }

    static Object unwrapKey(Object k) {
        return k instanceof WeakKey w ? w.get() : k;
    }

    /** The value, or nil if it was collected. */
    static Object unwrapValue(Object v) {
        if (v instanceof WeakValue w) {
            Object r = w.get();
            return r == null ? LuaNil.NIL : r;
        }
        return v;
    }
}
