package dev.dunder.python.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dunder.common.nodes.ExpressionNode;
import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.ArgumentBinder;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PyTypes;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyIter;

/**
 * The argument list of a call site, evaluated left to right into positional
 * values and keyword names/values. {@code *iterable} and {@code **mapping} are
 * expanded here, with CPython's errors ("got multiple values for keyword argument").
 */
public final class ArgumentsNode extends Node {
    public enum Kind {
        POSITIONAL,
        STAR,
        KEYWORD,
        DOUBLE_STAR
    }

    @Children private final ExpressionNode[] values;
    private final Kind[] kinds;
    private final String[] names;
    private final boolean simple;
    private final String calleeDescription;

    /** The evaluated arguments. */
    public record Evaluated(Object[] args, String[] kwNames, Object[] kwValues) {
    }

    public ArgumentsNode(ExpressionNode[] values, Kind[] kinds, String[] names, String calleeDescription) {
        this.values = values;
        this.kinds = kinds;
        this.names = names;
        this.calleeDescription = calleeDescription;
        boolean s = true;
        for (Kind k : kinds) {
            s &= k == Kind.POSITIONAL;
        }
        this.simple = s;
    }

    public boolean isSimple() {
        return simple;
    }

    public int count() {
        return values.length;
    }

    /** Positional-only call: the values in order. */
    @ExplodeLoop
    public Object[] evaluatePositional(VirtualFrame frame) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].executeGeneric(frame);
        }
        return out;
    }

    @ExplodeLoop
    public Evaluated evaluate(VirtualFrame frame, Object callee) {
        Object[] raw = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            raw[i] = values[i].executeGeneric(frame);
        }
        return expand(raw, callee);
    }

    @TruffleBoundary
    private Evaluated expand(Object[] raw, Object callee) {
        List<Object> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            switch (kinds[i]) {
                case POSITIONAL -> args.add(raw[i]);
                case STAR -> {
                    if (PyTypes.typeOf(raw[i]).lookup("__iter__") == null && PyTypes.typeOf(raw[i]).lookup("__getitem__") == null) {
                        throw PyErrors.typeError("%s argument after * must be an iterable, not %s", describe(callee), PyErrors.typeName(raw[i]));
                    }
                    for (Object v : PyIter.toArray(raw[i])) {
                        args.add(v);
                    }
                }
                case KEYWORD -> addKeyword(callee, kwNames, kwValues, names[i], raw[i]);
                default -> {
                    Object mapping = raw[i];
                    if (mapping instanceof PDict d) {
                        var s = d.getStorage();
                        for (int k = s.firstIndex(); k >= 0; k = s.nextIndex(k)) {
                            addKeyword(callee, kwNames, kwValues, keyName(callee, s.keyAt(k)), s.valueAt(k));
                        }
                    } else {
                        Object keys = PyTypes.typeOf(mapping).lookup("keys");
                        if (keys == null) {
                            throw PyErrors.typeError("%s argument after ** must be a mapping, not %s", describe(callee), PyErrors.typeName(mapping));
                        }
                        for (Object k : PyIter.toArray(PyCall.callMethod(keys, mapping))) {
                            addKeyword(callee, kwNames, kwValues, keyName(callee, k), dev.dunder.runtime.python.ops.PySequences.getItem(mapping, k));
                        }
                    }
                }
            }
        }
        return new Evaluated(args.toArray(), kwNames.isEmpty() ? ArgumentBinder.NO_KEYWORDS : kwNames.toArray(new String[0]), kwValues.toArray());
    }

    private String keyName(Object callee, Object key) {
        if (!Convert.isStr(key)) {
            throw PyErrors.typeError("keywords must be strings");
        }
        return (String) Convert.unbox(key);
    }

    private void addKeyword(Object callee, List<String> kwNames, List<Object> kwValues, String name, Object value) {
        if (kwNames.contains(name)) {
            throw PyErrors.typeError("%s got multiple values for keyword argument '%s'", describe(callee), name);
        }
        kwNames.add(name);
        kwValues.add(value);
    }

    /** CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins). */
    private String describe(Object callee) {
        Object qn = dev.dunder.runtime.python.model.AttributeLookup.lookupOrNull(callee, "__qualname__");
        if (!(qn instanceof String s)) {
            return calleeDescription + "()";
        }
        Object module = dev.dunder.runtime.python.model.AttributeLookup.lookupOrNull(callee, "__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + s + "()";
        }
        return s + "()";
    }
}
