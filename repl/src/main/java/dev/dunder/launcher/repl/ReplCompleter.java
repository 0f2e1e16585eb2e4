package dev.dunder.launcher.repl;

import java.util.List;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion by the current model's own lookup rules, asked of the model itself (its
 * {@code completions} helper resolves the text before the dot by plain reads, never by
 * running getters or {@code __getattr__}); the REPL's commands complete too.
 */
final class ReplCompleter implements Completer {
    private static final List<String> COMMANDS = List.of(":help", ":model", ":explain", ":draw", ":mro", ":chain", ":doc", ":load", ":quit");

    private final Supplier<Context> context;
    private final Supplier<ReplModel> model;

    ReplCompleter(Supplier<Context> context, Supplier<ReplModel> model) {
        this.context = context;
        this.model = model;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (line.wordIndex() == 0 && word.startsWith(":")) {
            for (String c : COMMANDS) {
                candidates.add(new Candidate(c));
            }
            return;
        }
        if (line.line().strip().startsWith(":model")) {
            for (String m : ReplModel.names()) {
                candidates.add(new Candidate(m));
            }
            return;
        }
        int start = word.length();
        String separators = model.get().memberSeparators();
        while (start > 0 && (Character.isJavaIdentifierPart(word.charAt(start - 1)) || separators.indexOf(word.charAt(start - 1)) >= 0)) {
            start--;
        }
        String before = word.substring(0, start);
        String expression = word.substring(start);
        for (String c : ask(expression)) {
            boolean member = c.length() > 0 && separators.indexOf(c.charAt(Math.max(0, c.length() - 1))) >= 0;
            candidates.add(new Candidate(before + c, lastPart(c, separators), null, null, null, null, !member));
        }
    }

    private List<String> ask(String expression) {
        ReplModel m = model.get();
        try {
            // one candidate per line: a plain string crosses any language boundary
            Value result = context.get().eval(Source.create(m.languageId, m.helperCall("completions", ReplModel.quote(expression))));
            String text = result.asString();
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        } catch (PolyglotException | UnsupportedOperationException | IllegalStateException e) {
            return List.of();
        }
    }

    private static String lastPart(String candidate, String separators) {
        int i = candidate.length();
        while (i > 0 && separators.indexOf(candidate.charAt(i - 1)) < 0) {
            i--;
        }
        return candidate.substring(i);
    }
}
