package dev.dunder.runtime.js.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.interop.JSInterop;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSProxy;
import dev.dunder.runtime.js.objects.PropertyDescriptor;

/**
 * Tab completion for the REPL by the JS model's rules, without running any code: a name
 * completes against the keywords and the global object's properties; after a dot, the
 * object before it is found through own <em>data</em> properties only (a getter or a
 * Proxy stops the walk), and its candidates are the string keys of the object and of
 * every object on its prototype chain — non-enumerable ones included, as Node's REPL
 * offers a class's methods.
 */
public final class Completion {
    static final Set<String> KEYWORDS = Set.of("await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
                    "else", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return",
                    "static", "super", "switch", "this", "throw", "true", "try", "typeof", "undefined", "var", "void", "while", "with", "yield");

    private Completion() {
    }

    /** Completions of the dotted name at the end of {@code text} ("v.d" → "v.dot"), newline-separated. */
    @TruffleBoundary
    public static String complete(String text) {
        return String.join("\n", candidates(text));
    }

    @TruffleBoundary
    public static List<String> candidates(String text) {
        String word = dev.dunder.runtime.common.CompletionWord.dottedNameAtEnd(text);
        List<String> out = new ArrayList<>();
        JSRealm realm = JSRealm.get();
        int dot = word.lastIndexOf('.');
        if (dot < 0) {
            Set<String> names = new TreeSet<>(KEYWORDS);
            names.addAll(propertyNames(realm.globalObject));
            names.remove("__dunder");
            for (String n : names) {
                if (n.startsWith(word)) {
                    out.add(n);
                }
            }
            return out;
        }
        String[] path = word.substring(0, dot).split("\\.", -1);
        String partial = word.substring(dot + 1);
        Object obj = staticProperty(realm.globalObject, path[0]);
        for (int i = 1; i < path.length && obj != null; i++) {
            obj = staticProperty(obj, path[i]);
        }
        if (obj == null || JSRuntime.isNullish(obj)) {
            return out;
        }
        String prefix0 = word.substring(0, dot + 1);
        if (JSInterop.isForeign(obj)) {
            // another language's object: the member names it reports (listing them runs no getter)
            for (String n : foreignMembers(obj)) {
                if (n.startsWith(partial) && isIdentifier(n)) {
                    out.add(prefix0 + n);
                }
            }
            return out;
        }
        JSObject start0 = obj instanceof JSObject o ? o : JSRuntime.prototypeOfPrimitive(realm, obj);
        String prefix = word.substring(0, dot + 1);
        for (String n : propertyNames(start0)) {
            if (n.startsWith(partial) && isIdentifier(n) && !n.equals("__proto__")) {
                out.add(prefix + n);
            }
        }
        return out;
    }

    private static Set<String> foreignMembers(Object obj) {
        Set<String> names = new TreeSet<>();
        InteropLibrary lib = InteropLibrary.getUncached(obj);
        try {
            if (lib.hasMembers(obj)) {
                Object keys = lib.getMembers(obj);
                InteropLibrary keysLib = InteropLibrary.getUncached(keys);
                long n = keysLib.getArraySize(keys);
                for (long i = 0; i < n; i++) {
                    names.add(InteropLibrary.getUncached().asString(keysLib.readArrayElement(keys, i)));
                }
            }
        } catch (InteropException e) {
            return names;
        }
        return names;
    }

    /** obj.name by own data properties along the chain; null where finding it would run code. */
    private static Object staticProperty(Object obj, String name) {
        if (name.isEmpty() || JSRuntime.isNullish(obj) || JSInterop.isForeign(obj)) {
            return null;
        }
        JSObject o = obj instanceof JSObject j ? j : JSRuntime.prototypeOfPrimitive(JSRealm.get(), obj);
        for (int guard = 0; o != null && guard < 100; guard++) {
            if (o instanceof JSProxy) {
                return null;
            }
            PropertyDescriptor d = o.getOwnProperty(name);
            if (d != null) {
                return d.isDataDescriptor() ? d.value : null;
            }
            o = o.getPrototype();
        }
        return null;
    }

    /** The string keys of o and its prototypes (stopping at a Proxy, whose ownKeys trap would run). */
    static Set<String> propertyNames(JSObject o) {
        Set<String> names = new TreeSet<>();
        for (int guard = 0; o != null && guard < 100; guard++) {
            if (o instanceof JSProxy) {
                break;
            }
            for (Object k : o.ownPropertyKeys()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
            o = o.getPrototype();
        }
        return names;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
