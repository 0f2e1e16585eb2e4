package dev.dunder.grammar.js;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The parts of ECMAScript's lexical grammar that depend on context (ECMA-262 §12):
 * <ul>
 * <li>{@code /} starts a regular expression literal where a division cannot follow
 * (after an operator, a keyword or an opening bracket), and divides elsewhere;</li>
 * <li>a {@code }} that closes a template substitution {@code ${...}} returns to the
 * template's text;</li>
 * <li>every token records whether a line terminator precedes it, which automatic
 * semicolon insertion needs; the restricted productions ({@code return}, {@code break},
 * {@code continue}, {@code yield} followed by a line break, and {@code ++}/{@code --}
 * at the start of a line) get their semicolon here, as an {@code AutoSemicolon} token.</li>
 * </ul>
 */
public abstract class JsLexerBase extends Lexer {
    private final Deque<Token> pending = new ArrayDeque<>();
    /** One entry per open '{' or '${': true for a template substitution. */
    private final Deque<Boolean> braces = new ArrayDeque<>();
    private boolean newlineSeen;
    private JsToken lastSignificant;
    private JsToken beforeLastSignificant;

    protected JsLexerBase(CharStream input) {
        super(input);
    }

    /** How deep the lexer is inside braces and templates: unclosed ones make a source incomplete. */
    public int openBraces() {
        return braces.size() + (_modeStack.size());
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            produce(super.nextToken());
        }
        return pending.poll();
    }

    private void produce(Token raw) {
        JsToken t = new JsToken(raw);
        if (t.getChannel() != Token.DEFAULT_CHANNEL) {
            if (t.getType() == JsLexer.LineTerminator || (t.getType() == JsLexer.MultiLineComment && containsLineTerminator(t.getText()))) {
                newlineSeen = true;
            }
            pending.add(t);
            return;
        }
        t.afterNewline = newlineSeen || lastSignificant == null;
        newlineSeen = false;
        switch (t.getType()) {
            case JsLexer.Divide, JsLexer.DivideAssign -> {
                if (regexAllowed()) {
                    t = scanRegex(t);
                }
            }
            case JsLexer.OpenBrace -> braces.push(false);
            case JsLexer.TemplateSubstitutionStart -> braces.push(true);
            case JsLexer.CloseBrace -> {
                if (!braces.isEmpty() && braces.pop()) {
                    t.setType(JsLexer.TemplateSubstitutionEnd);
                    popMode();
                }
            }
            default -> {
            }
        }
        if (t.afterNewline && lastSignificant != null && needsRestrictedSemicolon(t)) {
            pending.add(autoSemicolon(lastSignificant));
        }
        beforeLastSignificant = lastSignificant;
        lastSignificant = t;
        pending.add(t);
    }

    private static boolean containsLineTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** ECMA-262 §12.10: "return [no LineTerminator here] Expression" and its relatives. */
    private boolean needsRestrictedSemicolon(JsToken next) {
        int type = next.getType();
        if (type == JsLexer.SemiColon || type == Token.EOF) {
            return false;
        }
        int last = lastSignificant.getType();
        boolean afterDot = beforeLastSignificant != null
                        && (beforeLastSignificant.getType() == JsLexer.Dot || beforeLastSignificant.getType() == JsLexer.QuestionDot);
        if (!afterDot && (last == JsLexer.Return || last == JsLexer.Break || last == JsLexer.Continue || last == JsLexer.Yield)) {
            return true;
        }
        return (type == JsLexer.PlusPlus || type == JsLexer.MinusMinus) && endsExpression(last);
    }

    private JsToken autoSemicolon(Token after) {
        JsToken semi = new JsToken(_tokenFactorySourcePair, JsLexer.AutoSemicolon, Token.DEFAULT_CHANNEL, after.getStopIndex() + 1, after.getStopIndex());
        semi.setLine(after.getLine());
        semi.setCharPositionInLine(after.getCharPositionInLine() + after.getText().length());
        semi.setText(";");
        semi.synthetic = true;
        return semi;
    }

    /** Tokens after which a '/' divides; after anything else it starts a regular expression. */
    private static boolean endsExpression(int type) {
        return switch (type) {
            case JsLexer.Identifier, JsLexer.NumericLiteral, JsLexer.BigIntLiteral, JsLexer.StringLiteral, JsLexer.NullLiteral,
                JsLexer.BooleanLiteral, JsLexer.This, JsLexer.Super, JsLexer.CloseParen, JsLexer.CloseBracket, JsLexer.BackTickEnd,
                JsLexer.RegularExpressionLiteral, JsLexer.PrivateName, JsLexer.Let, JsLexer.Static, JsLexer.Async, JsLexer.Await,
                JsLexer.Of, JsLexer.Get, JsLexer.Set, JsLexer.Target -> true;
            default -> false;
        };
    }

    private boolean regexAllowed() {
        if (lastSignificant == null) {
            return true;
        }
        int type = lastSignificant.getType();
        if (type == JsLexer.PlusPlus || type == JsLexer.MinusMinus) {
            return false;
        }
        return !endsExpression(type);
    }

    /** Re-reads the input from the '/' as a regular expression literal: /body/flags. */
    private JsToken scanRegex(JsToken slash) {
        CharStream in = _input;
        int start = slash.getStartIndex();
        int i = start + 1;
        boolean inClass = false;
        while (true) {
            int c = charAt(in, i);
            if (c == CharStream.EOF || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return slash;                          // unterminated: leave it to the parser to report
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            i++;
        }
        i++;
        while (Character.isLetterOrDigit(charAt(in, i)) || charAt(in, i) == '_' || charAt(in, i) == '$') {
            i++;
        }
        int stop = i - 1;
        JsToken regex = new JsToken(_tokenFactorySourcePair, JsLexer.RegularExpressionLiteral, Token.DEFAULT_CHANNEL, start, stop);
        regex.setLine(slash.getLine());
        regex.setCharPositionInLine(slash.getCharPositionInLine());
        regex.afterNewline = slash.afterNewline;
        int consumedSoFar = slash.getStopIndex() + 1;
        in.seek(consumedSoFar);
        while (in.index() <= stop) {
            getInterpreter().consume(in);
        }
        return regex;
    }

    private static int charAt(CharStream in, int index) {
        if (index >= in.size()) {
            return CharStream.EOF;
        }
        return in.getText(org.antlr.v4.runtime.misc.Interval.of(index, index)).charAt(0);
    }
}
