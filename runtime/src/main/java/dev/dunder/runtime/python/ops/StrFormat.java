package dev.dunder.runtime.python.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.AttributeLookup;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PTuple;

/** {@code str.format(*args, **kwargs)}: replacement fields with attribute/index access, conversions and nested specs. */
public final class StrFormat {
    private final String template;
    private final Object[] args;
    private final PDict kwargs;
    private int autoIndex;
    private boolean manual;

    private StrFormat(String template, Object[] args, PDict kwargs) {
        this.template = template;
        this.args = args;
        this.kwargs = kwargs;
    }

    @TruffleBoundary
    public static String format(String template, PTuple args, PDict kwargs) {
        return new StrFormat(template, args.getItems(), kwargs).render(template, 2);
    }

    @TruffleBoundary
    public static String formatMap(String template, Object mapping) {
        StrFormat f = new StrFormat(template, new Object[0], null);
        f.mapping = mapping;
        return f.render(template, 2);
    }

    private Object mapping;

    private String render(String fmt, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int level = 1;
                int j = i + 1;
                while (j < n && level > 0) {
                    if (fmt.charAt(j) == '{') {
                        level++;
                    } else if (fmt.charAt(j) == '}') {
                        level--;
                    }
                    j++;
                }
                if (level > 0) {
                    throw PyErrors.valueError("expected '}' before end of string");
                }
                out.append(field(fmt.substring(i + 1, j - 1), depth));
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String field(String field, int depth) {
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                bang = k;
            } else if (bracket == 0 && c == ':' && colon < 0) {
                colon = k;
                break;
            }
        }
        String name = field.substring(0, bang >= 0 ? bang : colon >= 0 ? colon : field.length());
        String conversion = null;
        if (bang >= 0) {
            conversion = field.substring(bang + 1, colon >= 0 ? colon : field.length());
            if (conversion.length() != 1) {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = colon >= 0 ? field.substring(colon + 1) : "";
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        Object value = resolve(name);
        if (conversion != null) {
            switch (conversion.charAt(0)) {
                case 'r' -> value = PyStr.repr(value);
                case 's' -> value = PyStr.str(value);
                case 'a' -> value = PyStr.ascii(value);
                default -> throw PyErrors.valueError("Unknown conversion specifier %s", conversion);
            }
        }
        return PyFormat.format(value, spec);
    }

    private Object resolve(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        Object value;
        if (first.isEmpty()) {
            if (manual) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = positional(autoIndex++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (autoIndex > 0) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            value = positional(Integer.parseInt(first));
        } else {
            Object v = mapping != null ? PySequences.getItem(mapping, first) : (kwargs == null ? null : kwargs.getItem(first));
            if (v == null) {
                throw PyErrors.keyError(first);
            }
            value = v;
        }
        int i = end;
        while (i < name.length()) {
            if (name.charAt(i) == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                value = AttributeLookup.getAttribute(value, name.substring(i + 1, j));
                i = j;
            } else {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                Object k = !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(key) : key;
                value = PySequences.getItem(value, k);
                i = j + 1;
            }
        }
        return value;
    }

    private Object positional(int index) {
        if (index >= args.length) {
            throw PyErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args[index];
    }
}
