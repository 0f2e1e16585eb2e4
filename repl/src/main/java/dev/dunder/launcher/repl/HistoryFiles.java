package dev.dunder.launcher.repl;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where each model's REPL history lives: {@code $DUNDER_HISTORY-MODEL} when that variable (or,
 * for a REPL embedded in a JVM, the system property {@code dunder.history}) is set, else
 * {@code $XDG_STATE_HOME/dunder/history-MODEL}, else {@code ~/.dunder_history-MODEL}.
 */
final class HistoryFiles {
    private HistoryFiles() {
    }

    static Path of(String model) {
        String override = System.getProperty("dunder.history", System.getenv("DUNDER_HISTORY"));
        if (override != null && !override.isEmpty()) {
            return Paths.get(override + "-" + model);
        }
        String state = System.getenv("XDG_STATE_HOME");
        if (state != null && !state.isEmpty()) {
            return Paths.get(state, "dunder", "history-" + model);
        }
        return Paths.get(System.getProperty("user.home"), ".dunder_history-" + model);
    }
}
