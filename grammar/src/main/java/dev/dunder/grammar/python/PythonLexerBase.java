package dev.dunder.grammar.python;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * CPython's tokenizer rules that a context-free lexer cannot express: the
 * indentation stack, implicit line joining inside brackets, and blank lines.
 *
 * <p>The grammar's NEWLINE token holds a line end plus the blanks that start the
 * next line. Here it becomes, in order: nothing (inside brackets, or on a blank or
 * comment-only line), one NEWLINE ending the logical line, then INDENT or one
 * DEDENT per closed block. At end of input the open blocks are closed.
 *
 * <p>Indentation errors are reported through {@link #indentationError}, which the
 * tree builder turns into CPython's {@code IndentationError} messages.
 */
public abstract class PythonLexerBase extends Lexer {
    /** Tab stops as CPython computes them for indentation width. */
    private static final int TAB_SIZE = 8;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int bracketDepth;
    /** Unclosed brackets, innermost last: for "'(' was never closed". */
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    /** True until the first token of the first logical line has been seen. */
    private boolean atStartOfInput = true;
    /** True when the last token handed to the parser ended a logical line. */
    private boolean lastWasNewline = true;
    private Token lastToken;

    /** The first indentation problem found, or null: message, line and column as CPython reports them. */
    public IndentationProblem indentationError;

    /** Expression input (eval, f-string fields) may start indented, as CPython's eval() allows. */
    public boolean allowLeadingIndent;

    public record IndentationProblem(String message, int line, int column) {
    }

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /** How deep the lexer is inside (), [] and {} at the current point: the REPL's "incomplete" hint. */
    public int bracketDepth() {
        return bracketDepth;
    }

    /** The innermost bracket still open, or null. */
    public Token innermostOpenBracket() {
        return openBrackets.peekLast();
    }

    /** The outermost bracket still open, or null. */
    public Token outermostOpenBracket() {
        return openBrackets.peekFirst();
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            produce(super.nextToken());
        }
        Token t = pending.poll();
        lastToken = t;
        return t;
    }

    private void produce(Token t) {
        switch (t.getType()) {
            case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> {
                bracketDepth++;
                openBrackets.addLast(t);
                emitContent(t);
            }
            case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> {
                Token open = openBrackets.peekLast();
                if (open == null) {
                    bracketProblem("unmatched '" + t.getText() + "'", t);
                } else if (!matches(open.getText(), t.getText())) {
                    bracketProblem("closing parenthesis '" + t.getText() + "' does not match opening parenthesis '" + open.getText() + "'"
                                    + (open.getLine() == t.getLine() ? "" : " on line " + open.getLine()), t);
                }
                if (bracketDepth > 0) {
                    bracketDepth--;
                    openBrackets.pollLast();
                }
                emitContent(t);
            }
            case PythonLexer.NEWLINE -> onNewline(t);
            case Token.EOF -> onEof(t);
            default -> emitContent(t);
        }
    }

    /** The first bracket mismatch: message and the closing bracket's token. */
    public String bracketError;
    public Token bracketErrorToken;

    private void bracketProblem(String message, Token t) {
        if (bracketError == null) {
            bracketError = message;
            bracketErrorToken = t;
        }
    }

    private static boolean matches(String open, String close) {
        return open.equals("(") && close.equals(")") || open.equals("[") && close.equals("]") || open.equals("{") && close.equals("}");
    }

    private void emitContent(Token t) {
        if (atStartOfInput) {
            atStartOfInput = false;
            if (t.getCharPositionInLine() > 0 && indentationError == null && !allowLeadingIndent) {
                indentationError = new IndentationProblem("unexpected indent", t.getLine(), t.getCharPositionInLine());
            }
        }
        lastWasNewline = false;
        pending.add(t);
    }

    private void onNewline(Token t) {
        if (bracketDepth > 0) {
            return;
        }
        int next = _input.LA(1);
        boolean blankLine = next == '\r' || next == '\n' || next == '#' || next == '\f' || next == CharStream.EOF;
        if (!lastWasNewline) {
            pending.add(make(t, PythonLexer.NEWLINE, "\n"));
            lastWasNewline = true;
        }
        if (blankLine || atStartOfInput) {
            return;
        }
        int width = indentWidth(t.getText());
        int current = indents.isEmpty() ? 0 : indents.peek();
        if (width > current) {
            indents.push(width);
            pending.add(make(t, PythonLexer.INDENT, ""));
        } else {
            while (width < current) {
                indents.pop();
                pending.add(make(t, PythonLexer.DEDENT, ""));
                current = indents.isEmpty() ? 0 : indents.peek();
            }
            if (width != current && indentationError == null) {
                indentationError = new IndentationProblem("unindent does not match any outer indentation level",
                        t.getLine() + 1, width);
            }
        }
    }

    private void onEof(Token eof) {
        if (!lastWasNewline) {
            pending.add(make(eof, PythonLexer.NEWLINE, "\n"));
            lastWasNewline = true;
        }
        while (!indents.isEmpty()) {
            indents.pop();
            pending.add(make(eof, PythonLexer.DEDENT, ""));
        }
        pending.add(eof);
    }

    private static int indentWidth(String newlineText) {
        int width = 0;
        for (int i = 0; i < newlineText.length(); i++) {
            char c = newlineText.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
            } else if (c == '\f') {
                width = 0;
            } else {
                // the line break itself
                width = 0;
            }
        }
        return width;
    }

    /** A synthetic token placed where {@code at} ends, so errors point at the end of the line. */
    private Token make(Token at, int type, String text) {
        CommonToken t = new CommonToken(at);
        t.setType(type);
        t.setText(text);
        if (at.getType() == PythonLexer.NEWLINE) {
            // keep the line/column of the line end itself
            t.setStopIndex(at.getStartIndex());
        }
        if (lastToken != null && at.getType() == Token.EOF && type == PythonLexer.NEWLINE) {
            t.setLine(lastToken.getLine());
        }
        return t;
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        bracketDepth = 0;
        openBrackets.clear();
        atStartOfInput = true;
        lastWasNewline = true;
        lastToken = null;
        indentationError = null;
        bracketError = null;
        bracketErrorToken = null;
    }
}
