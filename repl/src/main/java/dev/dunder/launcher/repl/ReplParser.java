package dev.dunder.launcher.repl;

import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Decides when a line is complete by asking the model's parser: if parsing the input as
 * interactive source fails with an <em>incomplete source</em> error (an open bracket, a
 * {@code def} block, an unfinished Lua {@code function ... end}), JLine keeps reading with
 * the continuation prompt. Words for completion come from JLine's default parser.
 */
final class ReplParser extends DefaultParser {
    private final Supplier<Context> context;
    private final Supplier<ReplModel> model;

    ReplParser(Supplier<Context> context, Supplier<ReplModel> model) {
        this.context = context;
        this.model = model;
        setEscapeChars(new char[0]);
        setQuoteChars(new char[0]);
        setEofOnUnclosedBracket();
        setEofOnUnclosedQuote(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext parseContext) {
        if (parseContext == ParseContext.ACCEPT_LINE && !line.isBlank() && !line.strip().startsWith(":") && isIncomplete(line)) {
            throw new EOFError(-1, -1, "incomplete input", "", 0, model.get().continuation);
        }
        return super.parse(line, cursor, parseContext);
    }

    private boolean isIncomplete(String text) {
        try {
            context.get().parse(Source.newBuilder(model.get().languageId, text, "<stdin>").interactive(true).buildLiteral());
            return false;
        } catch (PolyglotException e) {
            return e.isIncompleteSource();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }
}
