package dev.dunder.grammar.lua;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The parts of Lua's lexer that a context-free grammar cannot express: long
 * brackets, whose closing {@code ]==]} must repeat the opening's number of
 * {@code =}, and comments, which are long brackets after {@code --} or run to the
 * end of the line.
 *
 * <p>A {@code LONG_OPEN} token from the grammar becomes one {@code LONGSTRING}
 * token spanning the whole literal; a {@code COMMENT_OPEN} is skipped together
 * with its comment. A long string or comment that never closes becomes an
 * {@code UNFINISHED_LONG} token (its text starts with {@code --} for a comment),
 * which the tree builder reports as Lua's "unfinished long string/comment".
 */
public abstract class LuaLexerBase extends Lexer {

    protected LuaLexerBase(CharStream input) {
        super(input);
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token t = super.nextToken();
            if (t.getType() == LuaLexer.LONG_OPEN) {
                return longBracket(t, t.getText().length() - 2, LuaLexer.LONGSTRING);
            }
            if (t.getType() != LuaLexer.COMMENT_OPEN) {
                return t;
            }
            int level = longBracketLevel();
            if (level < 0) {
                skipToLineEnd();
                continue;
            }
            for (int i = 0; i < level + 2; i++) {
                advance();
            }
            Token comment = longBracket(t, level, -1);
            if (comment != null) {
                return comment;
            }
        }
    }

    /** The level of a long bracket opening at the current position ({@code [==[} is 2), or -1 if there is none. */
    private int longBracketLevel() {
        if (_input.LA(1) != '[') {
            return -1;
        }
        int i = 2;
        while (_input.LA(i) == '=') {
            i++;
        }
        return _input.LA(i) == '[' ? i - 2 : -1;
    }

    private void skipToLineEnd() {
        while (_input.LA(1) != '\n' && _input.LA(1) != '\r' && _input.LA(1) != CharStream.EOF) {
            advance();
        }
    }

    private void advance() {
        getInterpreter().consume(_input);
    }

    /**
     * Scans to the closing bracket of the given level. Returns the literal as a token of
     * {@code type} (null for a finished comment, type -1), or an UNFINISHED_LONG token.
     */
    private Token longBracket(Token open, int level, int type) {
        while (true) {
            int c = _input.LA(1);
            if (c == CharStream.EOF) {
                return token(open, LuaLexer.UNFINISHED_LONG);
            }
            if (c == ']') {
                int i = 2;
                while (_input.LA(i) == '=') {
                    i++;
                }
                if (_input.LA(i) == ']' && i - 2 == level) {
                    for (int k = 0; k < i; k++) {
                        advance();
                    }
                    return type < 0 ? null : token(open, type);
                }
            }
            advance();
        }
    }

    private Token token(Token open, int type) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, open.getStartIndex(), _input.index() - 1);
        t.setLine(open.getLine());
        t.setCharPositionInLine(open.getCharPositionInLine());
        return t;
    }
}
