package dev.dunder.grammar.js;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token that knows whether a line terminator came before it: automatic semicolon
 * insertion (ECMA-262 §12.10) accepts a missing ';' only before a '}', at the end of
 * input, or before a token on a new line.
 */
public final class JsToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    /** A line terminator (or a comment containing one) separates this token from the previous one. */
    public boolean afterNewline;
    /** Inserted by the lexer for a restricted production; not in the source text. */
    public boolean synthetic;

    JsToken(Token copy) {
        super(copy);
    }

    JsToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }
}
