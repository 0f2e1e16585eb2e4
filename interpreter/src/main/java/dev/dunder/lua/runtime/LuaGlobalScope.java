package dev.dunder.lua.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.dunder.lua.LuaLanguage;
import dev.dunder.runtime.lua.LuaTable;

/**
 * The Lua global environment as the polyglot API's scope ({@code context.getBindings("dunder-lua")}):
 * the members of the global table {@code _G}, read and written the way other languages see
 * that table.
 */
@ExportLibrary(InteropLibrary.class)
public final class LuaGlobalScope implements TruffleObject {
    final LuaTable globals;

    public LuaGlobalScope(LuaTable globals) {
        this.globals = globals;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return LuaLanguage.class;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal, @CachedLibrary("this.globals") InteropLibrary table) throws UnsupportedMessageException {
        return table.getMembers(globals, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member, @CachedLibrary("this.globals") InteropLibrary table) {
        return table.isMemberReadable(globals, member);
    }

    @ExportMessage
    Object readMember(String member, @CachedLibrary("this.globals") InteropLibrary table) throws UnknownIdentifierException, UnsupportedMessageException {
        return table.readMember(globals, member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member, @CachedLibrary("this.globals") InteropLibrary table) {
        return table.isMemberModifiable(globals, member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member, @CachedLibrary("this.globals") InteropLibrary table) {
        return table.isMemberInsertable(globals, member);
    }

    @ExportMessage
    void writeMember(String member, Object value, @CachedLibrary("this.globals") InteropLibrary table)
                    throws UnknownIdentifierException, UnsupportedMessageException, UnsupportedTypeException {
        table.writeMember(globals, member, value);
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "global environment";
    }
}
