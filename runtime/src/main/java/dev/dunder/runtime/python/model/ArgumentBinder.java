package dev.dunder.runtime.python.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PBuiltinFunction;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PFunction;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.Signature;

/**
 * Matches a call's positional and keyword arguments to a function's parameters,
 * fills in defaults, packs {@code *args}/{@code **kwargs}, and reports mismatches with
 * CPython's messages ("f() missing 1 required positional argument: 'x'").
 */
public final class ArgumentBinder {
    public static final String[] NO_KEYWORDS = new String[0];

    private ArgumentBinder() {
    }

    /** Frame arguments for a Python function: {@code [function, slot0, slot1, ...]}. */
    @TruffleBoundary
    public static Object[] bindFunction(PFunction f, Object[] args, String[] kwNames, Object[] kwValues) {
        Signature sig = f.getSignature();
        Object[] frameArgs = new Object[1 + sig.slotCount()];
        frameArgs[0] = f;
        Object[] defaults = f.getDefaults();
        bind(f.getQualname() + "()", sig, args, kwNames, kwValues, frameArgs, 1, defaults, f.getKwDefaults(), null);
        return frameArgs;
    }

    /** Arguments for a builtin, laid out per its signature; optional absent arguments are null. */
    @TruffleBoundary
    public static Object[] bindBuiltin(PBuiltinFunction b, Object[] args, String[] kwNames, Object[] kwValues) {
        Signature sig = b.getSignature();
        if (kwNames.length == 0 && sig.isSimple() && args.length == sig.positionalCount()) {
            return args;
        }
        if (kwNames.length == 0) {
            checkBuiltinCount(b, args.length);
        }
        Object[] out = new Object[sig.slotCount()];
        bind(b.getQualname() + "()", sig, args, kwNames, kwValues, out, 0, null, null, b.getDefaults());
        return out;
    }

    /**
     * CPython's messages for positional-count errors of builtins: "len() takes exactly one
     * argument (0 given)" for one-argument functions, else Argument Clinic's
     * "sorted expected 1 argument, got 2" / "expected at least" / "expected at most".
     */
    private static void checkBuiltinCount(PBuiltinFunction b, int given) {
        Signature sig = b.getSignature();
        Object[] defaults = b.getDefaults();
        boolean bound = b.getKind() == PBuiltinFunction.Kind.METHOD || b.getKind() == PBuiltinFunction.Kind.CLASSMETHOD;
        int skip = bound ? 1 : 0;
        int max = sig.positionalCount();
        int min = 0;
        for (int i = 0; i < max; i++) {
            if (defaults[i] == BuiltinDefaults.REQUIRED) {
                min = i + 1;
            }
        }
        boolean varArgs = sig.hasVarArgs();
        if (given >= min && (varArgs || given <= max)) {
            return;
        }
        int shownGiven = given - skip;
        if (!varArgs && max - skip == 1 && min == max && sig.keywordOnly().length == 0) {
            throw PyErrors.typeError("%s() takes exactly one argument (%d given)", b.getQualname(), shownGiven);
        }
        if (given < min && bound && given == 0) {
            throw PyErrors.typeError("unbound method %s() needs an argument", b.getQualname());
        }
        int lo = min - skip;
        int hi = max - skip;
        String name = b.getName();
        if (given > max && !varArgs) {
            if (lo == hi) {
                throw PyErrors.typeError("%s expected %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", shownGiven);
            }
            throw PyErrors.typeError("%s expected at most %d argument%s, got %d", name, hi, hi == 1 ? "" : "s", shownGiven);
        }
        if (lo == hi && !varArgs) {
            throw PyErrors.typeError("%s expected %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", shownGiven);
        }
        throw PyErrors.typeError("%s expected at least %d argument%s, got %d", name, lo, lo == 1 ? "" : "s", shownGiven);
    }

    /**
     * The binding algorithm of CPython's {@code _PyEval_MakeFrame}. Exactly one of
     * ({@code defaults}, {@code kwDefaults}) — Python functions — or {@code layoutDefaults} —
     * builtins, one entry per slot, {@link BuiltinDefaults#REQUIRED} for required — is used.
     */
    private static void bind(String fname, Signature sig, Object[] args, String[] kwNames, Object[] kwValues,
                    Object[] out, int base, Object[] defaults, PDict kwDefaults, Object[] layoutDefaults) {
        String[] positional = sig.positional();
        String[] kwOnly = sig.keywordOnly();
        int npos = positional.length;
        int given = args.length;
        int n = Math.min(given, npos);
        System.arraycopy(args, 0, out, base, n);
        if (sig.hasVarArgs()) {
            out[base + sig.varArgsIndex()] = given > npos ? new PTuple(Arrays.copyOfRange(args, npos, given)) : PTuple.empty();
        }
        PDict kwargs = null;
        if (sig.hasVarKeywords()) {
            kwargs = new PDict();
            out[base + sig.varKeywordsIndex()] = kwargs;
        }
        List<String> posOnlyAsKeyword = null;
        int kwOnlyGiven = 0;
        for (int k = 0; k < kwNames.length; k++) {
            String name = kwNames[k];
            int slot = -1;
            for (int i = 0; i < npos; i++) {
                if (positional[i].equals(name)) {
                    slot = i;
                    break;
                }
            }
            if (slot >= 0 && slot < sig.positionalOnlyCount()) {
                if (kwargs != null) {
                    kwargs.setItem(name, kwValues[k]);
                    continue;
                }
                if (posOnlyAsKeyword == null) {
                    posOnlyAsKeyword = new ArrayList<>();
                }
                posOnlyAsKeyword.add(name);
                continue;
            }
            if (slot < 0) {
                for (int i = 0; i < kwOnly.length; i++) {
                    if (kwOnly[i].equals(name)) {
                        slot = npos + i;
                        kwOnlyGiven++;
                        break;
                    }
                }
            }
            if (slot < 0) {
                if (kwargs != null) {
                    kwargs.setItem(name, kwValues[k]);
                    continue;
                }
                throw PyErrors.typeError("%s got an unexpected keyword argument '%s'", fname, name);
            }
            if (out[base + slot] != null) {
                throw PyErrors.typeError("%s got multiple values for argument '%s'", fname, name);
            }
            out[base + slot] = kwValues[k];
        }
        if (posOnlyAsKeyword != null) {
            throw PyErrors.typeError("%s got some positional-only arguments passed as keyword arguments: '%s'", fname,
                            String.join(", ", posOnlyAsKeyword));
        }
        if (given > npos && !sig.hasVarArgs()) {
            throw tooManyPositional(fname, sig, given, defaults, layoutDefaults, kwOnlyGiven);
        }
        // defaults for positional parameters
        List<String> missing = null;
        int ndefaults = defaults == null ? 0 : defaults.length;
        for (int i = given; i < npos; i++) {
            if (out[base + i] != null) {
                continue;
            }
            if (layoutDefaults != null) {
                Object d = layoutDefaults[i];
                if (d == BuiltinDefaults.REQUIRED) {
                    throw PyErrors.typeError("%s missing required argument '%s' (pos %d)", fname, positional[i], i + 1);
                }
                out[base + i] = d;
            } else if (i >= npos - ndefaults) {
                out[base + i] = defaults[i - (npos - ndefaults)];
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(positional[i]);
            }
        }
        if (missing != null) {
            throw missingArguments(fname, missing, "positional");
        }
        for (int i = 0; i < kwOnly.length; i++) {
            int slot = base + npos + i;
            if (out[slot] != null) {
                continue;
            }
            if (layoutDefaults != null) {
                Object d = layoutDefaults[npos + i];
                if (d == BuiltinDefaults.REQUIRED) {
                    throw PyErrors.typeError("%s missing required keyword-only argument '%s'", fname, kwOnly[i]);
                }
                out[slot] = d;
                continue;
            }
            Object d = kwDefaults == null ? null : kwDefaults.getItem(kwOnly[i]);
            if (d != null) {
                out[slot] = d;
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(kwOnly[i]);
            }
        }
        if (missing != null) {
            throw missingArguments(fname, missing, "keyword-only");
        }
    }

    private static RuntimeException tooManyPositional(String fname, Signature sig, int given, Object[] defaults, Object[] layoutDefaults, int kwOnlyGiven) {
        int argcount = sig.positionalCount();
        int defcount = 0;
        if (defaults != null) {
            defcount = defaults.length;
        } else if (layoutDefaults != null) {
            for (int i = 0; i < argcount; i++) {
                if (layoutDefaults[i] != BuiltinDefaults.REQUIRED) {
                    defcount++;
                }
            }
        }
        String takes;
        boolean plural;
        if (defcount > 0) {
            takes = "from " + (argcount - defcount) + " to " + argcount;
            plural = true;
        } else {
            takes = Integer.toString(argcount);
            plural = argcount != 1;
        }
        String kwOnlyNote = "";
        if (kwOnlyGiven > 0) {
            kwOnlyNote = String.format(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "", kwOnlyGiven, kwOnlyGiven != 1 ? "s" : "");
        }
        return PyErrors.typeError("%s takes %s positional argument%s but %d%s %s given", fname, takes, plural ? "s" : "", given, kwOnlyNote,
                        given == 1 && kwOnlyGiven == 0 ? "was" : "were");
    }

    private static RuntimeException missingArguments(String fname, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            sb.append('\'').append(names.get(i)).append('\'');
            if (n == 2 && i == 0) {
                sb.append(" and ");
            } else if (n > 2 && i < n - 2) {
                sb.append(", ");
            } else if (n > 2 && i == n - 2) {
                sb.append(", and ");
            }
        }
        return PyErrors.typeError("%s missing %d required %s argument%s: %s", fname, n, kind, n == 1 ? "" : "s", sb);
    }
}
