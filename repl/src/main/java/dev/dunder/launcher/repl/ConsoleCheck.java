package dev.dunder.launcher.repl;

import java.io.Console;

/** Whether the process talks to a terminal (so the REPL can edit lines and use colour). */
public final class ConsoleCheck {
    private ConsoleCheck() {
    }

    /**
     * True when standard input and output are a terminal. Since JDK 22 {@code System.console()}
     * exists even when they are redirected and {@code Console.isTerminal()} tells; the code is
     * compiled for JDK 21, so that method is looked up reflectively.
     */
    public static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
