package dev.dunder.launcher.repl;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The essay's examples, packaged with the REPL ({@code examples/essay/MODEL/*} in the
 * repository, resources {@code lessons/MODEL/} in the jar) so {@code :load vector} works
 * from anywhere. {@code lessons/MODEL/INDEX} lists them.
 */
final class Lessons {
    private Lessons() {
    }

    static String extension(ReplModel m) {
        return switch (m) {
            case PYTHON -> ".py";
            case LUA -> ".lua";
            case JS -> ".js";
        };
    }

    static List<String> names(ReplModel m) {
        List<String> names = new ArrayList<>();
        try (InputStream in = Lessons.class.getResourceAsStream("/lessons/" + m.name + "/INDEX")) {
            if (in != null) {
                for (String line : ReplCommands.read(in).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** The lesson's source text, or null when there is no lesson of that name. */
    static String find(ReplModel m, String name) throws IOException {
        String base = name.endsWith(extension(m)) ? name.substring(0, name.length() - extension(m).length()) : name;
        if (base.contains("/")) {
            return null;
        }
        try (InputStream in = Lessons.class.getResourceAsStream("/lessons/" + m.name + "/" + base + extension(m))) {
            return in == null ? null : ReplCommands.read(in);
        }
    }
}
