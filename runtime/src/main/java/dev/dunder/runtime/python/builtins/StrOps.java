package dev.dunder.runtime.python.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.ops.Convert;
import dev.dunder.runtime.python.ops.PyNumbers;
import dev.dunder.runtime.python.ops.PySequences;

/** The algorithms behind str's methods (split rules, strip sets, slice-bounded searches, padding). */
final class StrOps {
    private StrOps() {
    }

    /** A str argument of a str method ("must be str, not int" otherwise). */
    static String arg(Object o) {
        Object v = Convert.unbox(o);
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("must be str, not %s", PyErrors.typeName(o));
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85;
    }

    static boolean isDigit(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER || (Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9);
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
    }

    static boolean all(String s, IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    static boolean cased(String s, boolean upper) {
        boolean anyCased = false;
        for (int c : s.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c)) {
                anyCased = true;
            }
        }
        return anyCased;
    }

    static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_' || Character.getType(first) == Character.LETTER_NUMBER)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.CONNECTOR_PUNCTUATION
                        || Character.getType(c) == Character.LETTER_NUMBER);
    }

    static String strip(String s, Object chars, boolean left, boolean right) {
        IntPredicate strip;
        if (Convert.isNone(chars)) {
            strip = StrOps::isSpace;
        } else {
            String set = arg(chars);
            strip = c -> set.indexOf(c) >= 0;
        }
        int start = 0;
        int end = s.length();
        if (left) {
            while (start < end && strip.test(s.charAt(start))) {
                start++;
            }
        }
        if (right) {
            while (end > start && strip.test(s.charAt(end - 1))) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    static List<Object> split(String s, Object sepArg, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (Convert.isNone(sepArg)) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    int end = n;
                    while (end > i && isSpace(s.charAt(end - 1))) {
                        end--;
                    }
                    out.add(s.substring(i, end));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        String sep = arg(sepArg);
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = 0;
        while (out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    static List<Object> rsplit(String s, Object sepArg, long maxsplit) {
        List<Object> out = new ArrayList<>();
        if (maxsplit < 0) {
            return split(s, sepArg, -1);
        }
        if (Convert.isNone(sepArg)) {
            int i = s.length();
            while (true) {
                while (i > 0 && isSpace(s.charAt(i - 1))) {
                    i--;
                }
                if (i <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    int start = 0;
                    while (start < i && isSpace(s.charAt(start))) {
                        start++;
                    }
                    out.add(0, s.substring(start, i));
                    break;
                }
                int j = i;
                while (j > 0 && !isSpace(s.charAt(j - 1))) {
                    j--;
                }
                out.add(0, s.substring(j, i));
                i = j;
            }
            return out;
        }
        String sep = arg(sepArg);
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int end = s.length();
        while (out.size() < maxsplit) {
            int j = s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            out.add(0, s.substring(j + sep.length(), end));
            end = j;
        }
        out.add(0, s.substring(0, end));
        return out;
    }

    static List<Object> splitlines(String s, boolean keepends) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** Bounds of s[start:end] as slice indices. */
    static int[] bounds(String s, Object start, Object end) {
        int n = s.length();
        long a = Convert.isNone(start) ? 0 : Convert.longValue(start);
        long b = Convert.isNone(end) ? n : Convert.longValue(end);
        if (a < 0) {
            a = Math.max(0, a + n);
        }
        if (b < 0) {
            b = Math.max(0, b + n);
        }
        return new int[]{(int) Math.min(a, n), (int) Math.min(b, n)};
    }

    static boolean affix(String s, Object affix, Object start, Object end, boolean prefix) {
        int[] b = bounds(s, start, end);
        String region = b[0] <= b[1] ? s.substring(b[0], b[1]) : null;
        Object[] options;
        if (affix instanceof PTuple t) {
            options = t.getItems();
        } else if (Convert.isStr(affix)) {
            options = new Object[]{affix};
        } else {
            throw PyErrors.typeError("%s first arg must be str or a tuple of str, not %s", prefix ? "startswith" : "endswith", PyErrors.typeName(affix));
        }
        for (Object o : options) {
            String x = arg(o);
            if (region == null) {
                if (x.isEmpty() && b[0] <= s.length() && b[0] <= b[1] + 0) {
                    return true;
                }
                continue;
            }
            if (prefix ? region.startsWith(x) : region.endsWith(x)) {
                return true;
            }
        }
        return false;
    }

    static long find(String s, String sub, Object start, Object end, boolean reverse) {
        int[] b = bounds(s, start, end);
        if (b[1] - b[0] < sub.length()) {
            return -1;
        }
        String region = s.substring(b[0], b[1]);
        int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
        return i < 0 ? -1 : i + b[0];
    }

    static long count(String s, String sub, Object start, Object end) {
        int[] b = bounds(s, start, end);
        if (b[1] < b[0]) {
            return 0;
        }
        String region = s.substring(b[0], b[1]);
        if (sub.isEmpty()) {
            return region.length() + 1;
        }
        long count = 0;
        int i = 0;
        while ((i = region.indexOf(sub, i)) >= 0) {
            count++;
            i += sub.length();
        }
        return count;
    }

    static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            return s.replace(old, replacement);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        if (old.isEmpty()) {
            while (done < count && i <= s.length()) {
                sb.append(replacement);
                done++;
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
                i++;
            }
            if (i < s.length()) {
                sb.append(s, i, s.length());
            }
            return sb.toString();
        }
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(replacement);
            i = j + old.length();
            done++;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    static PTuple partition(String s, String sep, boolean reverse) {
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PTuple.of("", "", s) : PTuple.of(s, "", "");
        }
        return PTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    static String center(String s, int width, String fill) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int marg = width - len;
        int left = marg / 2 + (marg & width & 1);
        return fill.repeat(left) + s + fill.repeat(marg - left);
    }

    static String just(String s, int width, String fill, boolean left) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        return left ? s + fill.repeat(width - len) : fill.repeat(width - len) + s;
    }

    static String zfill(String s, int width) {
        int len = s.length();
        if (width <= len) {
            return s;
        }
        String pad = "0".repeat(width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + pad + s.substring(1);
        }
        return pad + s;
    }

    static String expandtabs(String s, int tabsize) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - (col % tabsize);
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col = (c == '\n' || c == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    static PDict maketrans(Object x, Object y, Object z) {
        PDict table = new PDict();
        if (y == null) {
            if (!(x instanceof PDict d)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            var st = d.getStorage();
            for (int i = st.firstIndex(); i >= 0; i = st.nextIndex(i)) {
                Object k = st.keyAt(i);
                if (Convert.isStr(k)) {
                    String ks = arg(k);
                    if (ks.length() != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    table.setItem((long) ks.codePointAt(0), st.valueAt(i));
                } else {
                    table.setItem(k, st.valueAt(i));
                }
            }
            return table;
        }
        String from = arg(x);
        String to = arg(y);
        if (from.length() != to.length()) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length(); i++) {
            table.setItem((long) from.charAt(i), (long) to.charAt(i));
        }
        if (z != null) {
            for (char c : arg(z).toCharArray()) {
                table.setItem((long) c, PNone.NONE);
            }
        }
        return table;
    }

    static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            Object r;
            try {
                r = PySequences.getItem(table, (long) c);
            } catch (dev.dunder.runtime.python.PythonException e) {
                if (e.getException().getPyClass().isSubtypeOf(dev.dunder.runtime.python.objects.PyTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(c);
                    return;
                }
                throw e;
            }
            if (r == PNone.NONE) {
                return;
            }
            Object v = Convert.unbox(r);
            if (v instanceof String str) {
                sb.append(str);
            } else if (PyNumbers.isInt(v)) {
                sb.appendCodePoint((int) Convert.longValue(v));
            } else {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        });
        return sb.toString();
    }
}
