package dev.dunder.embedding;

import java.util.Set;

import org.graalvm.polyglot.Engine;

/** Which languages the class path provides, asked once of a throwaway engine. */
final class Installed {
    private static volatile Set<String> languages;

    private Installed() {
    }

    static Set<String> languages() {
        Set<String> l = languages;
        if (l == null) {
            try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
                l = Set.copyOf(engine.getLanguages().keySet());
            }
            languages = l;
        }
        return l;
    }
}
