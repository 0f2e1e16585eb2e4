package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A Symbol value: unique by identity, with an optional description. Also a property key. */
@ExportLibrary(InteropLibrary.class)
public final class JSSymbol implements TruffleObject {
    public static final JSSymbol ITERATOR = new JSSymbol("Symbol.iterator");
    public static final JSSymbol ASYNC_ITERATOR = new JSSymbol("Symbol.asyncIterator");
    public static final JSSymbol HAS_INSTANCE = new JSSymbol("Symbol.hasInstance");
    public static final JSSymbol TO_PRIMITIVE = new JSSymbol("Symbol.toPrimitive");
    public static final JSSymbol TO_STRING_TAG = new JSSymbol("Symbol.toStringTag");
    public static final JSSymbol SPECIES = new JSSymbol("Symbol.species");
    public static final JSSymbol IS_CONCAT_SPREADABLE = new JSSymbol("Symbol.isConcatSpreadable");
    public static final JSSymbol UNSCOPABLES = new JSSymbol("Symbol.unscopables");
    public static final JSSymbol MATCH = new JSSymbol("Symbol.match");
    public static final JSSymbol MATCH_ALL = new JSSymbol("Symbol.matchAll");
    public static final JSSymbol REPLACE = new JSSymbol("Symbol.replace");
    public static final JSSymbol SEARCH = new JSSymbol("Symbol.search");
    public static final JSSymbol SPLIT = new JSSymbol("Symbol.split");

    /** The well-known symbols, as properties of {@code Symbol} ({@code Symbol.iterator}, ...). */
    public static final JSSymbol[] WELL_KNOWN = {ASYNC_ITERATOR, HAS_INSTANCE, IS_CONCAT_SPREADABLE, ITERATOR, MATCH, MATCH_ALL, REPLACE, SEARCH,
        SPECIES, SPLIT, TO_PRIMITIVE, TO_STRING_TAG, UNSCOPABLES};

    /** The description, or null for {@code Symbol()}. */
    private final String description;
    /** The key of a registered symbol ({@code Symbol.for}), or null. */
    private String registryKey;

    public JSSymbol(String description) {
        this.description = description;
    }

    public String getDescription() {
        return description;
    }

    public String getRegistryKey() {
        return registryKey;
    }

    public void setRegistryKey(String key) {
        this.registryKey = key;
    }

    /** {@code Symbol(desc)}, what String(symbol) and console.log print. */
    @Override
    public String toString() {
        return "Symbol(" + (description == null ? "" : description) + ")";
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return toString();
    }
}
