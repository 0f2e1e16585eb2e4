package dev.dunder.runtime.lua.lib;

import com.oracle.truffle.api.TruffleSafepoint;

import dev.dunder.runtime.lua.LuaError;

/**
 * Lua patterns (reference manual 6.4.1), the matcher of lstrlib.c: character classes
 * ({@code %a %d %s %w %x %p %c %l %u %g} and their complements), sets {@code [...]},
 * quantifiers {@code * + - ?}, anchors, captures (and position captures {@code ()}),
 * back references {@code %1}, balanced matches {@code %b()} and frontiers {@code %f[set]}.
 * Errors have Lua's messages ("malformed pattern (ends with '%')").
 */
final class LuaPattern {
    private static final int MAXCCALLS = 200;
    static final int MAX_CAPTURES = 32;
    private static final int CAP_UNFINISHED = -1;
    static final int CAP_POSITION = -2;
    private static final char L_ESC = '%';

    final String src;
    final String pat;
    int level;
    final int[] captureStart = new int[MAX_CAPTURES];
    final int[] captureLen = new int[MAX_CAPTURES];
    private int matchDepth;
    /** Calls of {@link #match} since the last safepoint poll. */
    private int steps;
    /**
     * How often the backtracking matcher polls: a pattern can backtrack for exponential time
     * ({@code ("a"):rep(30):find(("a*"):rep(9).."c")}), and cancellation, time limits and
     * interrupts act only at safepoints, which a Java loop outside Truffle nodes never reaches.
     */
    private static final int POLL_INTERVAL = 1 << 12;

    LuaPattern(String src, String pat) {
        this.src = src;
        this.pat = pat;
    }

    void reset() {
        level = 0;
        matchDepth = MAXCCALLS;
    }

    private static LuaError error(String message) {
        return LuaError.withWhere(message);
    }

    private int checkCapture(int l) {
        int c = l - '1';
        if (c < 0 || c >= level || captureLen[c] == CAP_UNFINISHED) {
            throw error("invalid capture index %" + (c + 1));
        }
        return c;
    }

    private int captureToClose() {
        int l = level - 1;
        for (; l >= 0; l--) {
            if (captureLen[l] == CAP_UNFINISHED) {
                return l;
            }
        }
        throw error("invalid pattern capture");
    }

    private int classEnd(int p) {
        if (p >= pat.length()) {
            throw error("malformed pattern (ends with '%')");
        }
        char c = pat.charAt(p++);
        if (c == L_ESC) {
            if (p >= pat.length()) {
                throw error("malformed pattern (ends with '%')");
            }
            return p + 1;
        }
        if (c == '[') {
            if (p < pat.length() && pat.charAt(p) == '^') {
                p++;
            }
            do {
                if (p >= pat.length()) {
                    throw error("malformed pattern (missing ']')");
                }
                char cc = pat.charAt(p++);
                if (cc == L_ESC && p < pat.length()) {
                    p++;
                }
            } while (p >= pat.length() || pat.charAt(p) != ']');
            return p + 1;
        }
        return p;
    }

    static boolean singleClass(int c, int cl) {
        boolean res;
        switch (Character.toLowerCase((char) cl)) {
            case 'a' -> res = isAlpha(c);
            case 'c' -> res = c < 32 || c == 127;
            case 'd' -> res = c >= '0' && c <= '9';
            case 'g' -> res = c > 32 && c < 127;
            case 'l' -> res = c >= 'a' && c <= 'z';
            case 'p' -> res = isPunct(c);
            case 's' -> res = c == ' ' || (c >= 9 && c <= 13);
            case 'u' -> res = c >= 'A' && c <= 'Z';
            case 'w' -> res = isAlpha(c) || (c >= '0' && c <= '9');
            case 'x' -> res = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 'z' -> res = c == 0;
            default -> {
                return cl == c;
            }
        }
        if (Character.isUpperCase((char) cl)) {
            res = !res;
        }
        return res;
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isPunct(int c) {
        return c > 32 && c < 127 && !isAlpha(c) && !(c >= '0' && c <= '9');
    }

    /** Whether {@code c} is in the set {@code [...]} between {@code p} (at '[') and {@code ec} (at ']'). */
    private boolean matchClass(int c, int p, int ec) {
        boolean sig = true;
        if (pat.charAt(p + 1) == '^') {
            sig = false;
            p++;
        }
        while (++p < ec) {
            char pc = pat.charAt(p);
            if (pc == L_ESC) {
                p++;
                if (singleClass(c, pat.charAt(p))) {
                    return sig;
                }
            } else if (p + 2 < ec && pat.charAt(p + 1) == '-') {
                if (pc <= c && c <= pat.charAt(p + 2)) {
                    return sig;
                }
                p += 2;
            } else if (pc == c) {
                return sig;
            }
        }
        return !sig;
    }

    private boolean singleMatch(int s, int p, int ep) {
        if (s >= src.length()) {
            return false;
        }
        int c = src.charAt(s);
        char pc = pat.charAt(p);
        return switch (pc) {
            case '.' -> true;
            case L_ESC -> singleClass(c, pat.charAt(p + 1));
            case '[' -> matchClass(c, p, ep - 1);
            default -> pc == c;
        };
    }

    /** The end of a match of the pattern from {@code p} at {@code s}, or -1. */
    int match(int s, int p) {
        if (matchDepth-- == 0) {
            throw error("pattern too complex");
        }
        if (++steps >= POLL_INTERVAL) {
            steps = 0;
            TruffleSafepoint.poll(null);
        }
        try {
            while (true) {
                if (p >= pat.length()) {
                    return s;
                }
                char pc = pat.charAt(p);
                switch (pc) {
                    case '(' -> {
                        if (p + 1 < pat.length() && pat.charAt(p + 1) == ')') {
                            return startCapture(s, p + 2, CAP_POSITION);
                        }
                        return startCapture(s, p + 1, CAP_UNFINISHED);
                    }
                    case ')' -> {
                        return endCapture(s, p + 1);
                    }
                    case '$' -> {
                        if (p + 1 == pat.length()) {
                            return s == src.length() ? s : -1;
                        }
                    }
                    case L_ESC -> {
                        if (p + 1 < pat.length()) {
                            char next = pat.charAt(p + 1);
                            if (next == 'b') {
                                s = matchBalance(s, p + 2);
                                if (s != -1) {
                                    p += 4;
                                    continue;
                                }
                                return -1;
                            }
                            if (next == 'f') {
                                p += 2;
                                if (p >= pat.length() || pat.charAt(p) != '[') {
                                    throw error("missing '[' after '%f' in pattern");
                                }
                                int ep = classEnd(p);
                                int prev = s == 0 ? 0 : src.charAt(s - 1);
                                int cur = s < src.length() ? src.charAt(s) : 0;
                                if (!matchClass(prev, p, ep - 1) && matchClass(cur, p, ep - 1)) {
                                    p = ep;
                                    continue;
                                }
                                return -1;
                            }
                            if (next >= '0' && next <= '9') {
                                s = matchCapture(s, next);
                                if (s != -1) {
                                    p += 2;
                                    continue;
                                }
                                return -1;
                            }
                        }
                    }
                    default -> {
                    }
                }
                int ep = classEnd(p);
                char epc = ep < pat.length() ? pat.charAt(ep) : '\0';
                if (!singleMatch(s, p, ep)) {
                    if (epc == '*' || epc == '?' || epc == '-') {
                        p = ep + 1;
                        continue;
                    }
                    return -1;
                }
                switch (epc) {
                    case '?' -> {
                        int res = match(s + 1, ep + 1);
                        if (res != -1) {
                            return res;
                        }
                        p = ep + 1;
                    }
                    case '+' -> {
                        return maxExpand(s + 1, p, ep);
                    }
                    case '*' -> {
                        return maxExpand(s, p, ep);
                    }
                    case '-' -> {
                        return minExpand(s, p, ep);
                    }
                    default -> {
                        s++;
                        p = ep;
                    }
                }
            }
        } finally {
            matchDepth++;
        }
    }

    private int maxExpand(int s, int p, int ep) {
        int i = 0;
        while (singleMatch(s + i, p, ep)) {
            i++;
        }
        while (i >= 0) {
            int res = match(s + i, ep + 1);
            if (res != -1) {
                return res;
            }
            i--;
        }
        return -1;
    }

    private int minExpand(int s, int p, int ep) {
        while (true) {
            int res = match(s, ep + 1);
            if (res != -1) {
                return res;
            }
            if (singleMatch(s, p, ep)) {
                s++;
            } else {
                return -1;
            }
        }
    }

    private int startCapture(int s, int p, int what) {
        if (level >= MAX_CAPTURES) {
            throw error("too many captures");
        }
        captureStart[level] = s;
        captureLen[level] = what;
        level++;
        int res = match(s, p);
        if (res == -1) {
            level--;
        }
        return res;
    }

    private int endCapture(int s, int p) {
        int l = captureToClose();
        captureLen[l] = s - captureStart[l];
        int res = match(s, p);
        if (res == -1) {
            captureLen[l] = CAP_UNFINISHED;
        }
        return res;
    }

    private int matchBalance(int s, int p) {
        if (p + 1 >= pat.length()) {
            throw error("malformed pattern (missing arguments to '%b')");
        }
        if (s >= src.length() || src.charAt(s) != pat.charAt(p)) {
            return -1;
        }
        char b = pat.charAt(p);
        char e = pat.charAt(p + 1);
        int cont = 1;
        int i = s + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == e) {
                if (--cont == 0) {
                    return i + 1;
                }
            } else if (c == b) {
                cont++;
            }
            i++;
        }
        return -1;
    }

    private int matchCapture(int s, int l) {
        int c = checkCapture(l);
        int len = captureLen[c];
        if (src.length() - s >= len && src.regionMatches(captureStart[c], src, s, len)) {
            return s + len;
        }
        return -1;
    }

    /** Capture {@code i} of a match from {@code s} to {@code e} (the whole match when there are no captures). */
    Object capture(int i, int s, int e) {
        if (i >= level) {
            if (i != 0) {
                throw error("invalid capture index %" + (i + 1));
            }
            return src.substring(s, e);
        }
        int l = captureLen[i];
        if (l == CAP_UNFINISHED) {
            throw error("unfinished capture");
        }
        if (l == CAP_POSITION) {
            return (long) captureStart[i] + 1;
        }
        return src.substring(captureStart[i], captureStart[i] + l);
    }

    /** All captures (or the whole match) as results. */
    Object[] captures(int s, int e, boolean wholeIfNone) {
        int n = level == 0 && wholeIfNone ? 1 : level;
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = capture(i, s, e);
        }
        return out;
    }

    /** Whether the pattern has no special characters (find can then search plainly). */
    static boolean noSpecials(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("^$*+?.([%-".indexOf(p.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
