package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a function: what CPython keeps in a code object's
 * co_varnames / co_argcount / co_posonlyargcount / co_kwonlyargcount and flags.
 *
 * <p>Bound arguments are laid out as: positional parameters, keyword-only
 * parameters, then the {@code *args} tuple and the {@code **kwargs} dict when the
 * function has them. {@link dev.dunder.runtime.python.model.ArgumentBinder} fills that layout.
 */
public final class Signature {
    @CompilationFinal(dimensions = 1) private final String[] positional;
    private final int positionalOnly;
    @CompilationFinal(dimensions = 1) private final String[] keywordOnly;
    private final String varArgs;
    private final String varKeywords;

    public Signature(String[] positional, int positionalOnly, String[] keywordOnly, String varArgs, String varKeywords) {
        this.positional = positional;
        this.positionalOnly = positionalOnly;
        this.keywordOnly = keywordOnly;
        this.varArgs = varArgs;
        this.varKeywords = varKeywords;
    }

    /** A signature of plain positional parameters. */
    public static Signature of(String... names) {
        return new Signature(names, 0, new String[0], null, null);
    }

    public String[] positional() {
        return positional;
    }

    public int positionalCount() {
        return positional.length;
    }

    public int positionalOnlyCount() {
        return positionalOnly;
    }

    public String[] keywordOnly() {
        return keywordOnly;
    }

    public String varArgs() {
        return varArgs;
    }

    public String varKeywords() {
        return varKeywords;
    }

    public boolean hasVarArgs() {
        return varArgs != null;
    }

    public boolean hasVarKeywords() {
        return varKeywords != null;
    }

    /** Size of the bound-argument layout. */
    public int slotCount() {
        return positional.length + keywordOnly.length + (varArgs != null ? 1 : 0) + (varKeywords != null ? 1 : 0);
    }

    public int varArgsIndex() {
        return positional.length + keywordOnly.length;
    }

    public int varKeywordsIndex() {
        return positional.length + keywordOnly.length + (varArgs != null ? 1 : 0);
    }

    /** True when a call with exactly {@code n} positional arguments and no keywords needs no binding work. */
    public boolean isSimple() {
        return keywordOnly.length == 0 && varArgs == null && varKeywords == null;
    }
}
