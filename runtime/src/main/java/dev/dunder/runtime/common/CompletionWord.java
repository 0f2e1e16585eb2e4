package dev.dunder.runtime.common;

/** The word a REPL completes: the dotted name ("v.ma", "math.") the input line ends with. */
public final class CompletionWord {
    private CompletionWord() {
    }

    /** The trailing run of identifier characters and dots of {@code text}. */
    public static String dottedNameAtEnd(String text) {
        int start = text.length();
        while (start > 0 && (Character.isJavaIdentifierPart(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return text.substring(start);
    }
}
