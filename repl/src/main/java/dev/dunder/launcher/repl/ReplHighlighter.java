package dev.dunder.launcher.repl;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line being typed by the current model's lexical rules: keywords, strings,
 * numbers and comments. Only lexical, so it never runs code and works on half-typed input.
 */
final class ReplHighlighter implements Highlighter {
    private static final Pattern TOKEN = Pattern.compile(
                    "(?<comment>#.*|--.*|//.*)|(?<string>\"\"\"[\\s\\S]*?(\"\"\"|$)|'''[\\s\\S]*?('''|$)|\"(\\\\.|[^\"\\\\\\n])*\"?|'(\\\\.|[^'\\\\\\n])*'?|`[^`]*`?)"
                                    + "|(?<number>\\b\\d[\\d_]*(\\.\\d+)?([eE][+-]?\\d+)?\\b|\\b0[xX][0-9a-fA-F]+\\b)|(?<word>[A-Za-z_$][A-Za-z0-9_$]*)");
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
    private static final AttributedStyle COMMAND = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);

    private final Supplier<ReplModel> model;

    ReplHighlighter(Supplier<ReplModel> model) {
        this.model = model;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        if (buffer.strip().startsWith(":")) {
            return sb.styled(COMMAND, buffer).toAttributedString();
        }
        ReplModel m = model.get();
        Matcher t = TOKEN.matcher(buffer);
        int at = 0;
        while (at < buffer.length() && t.find(at)) {
            sb.append(buffer.substring(at, t.start()));
            String text = t.group();
            if (t.group("comment") != null && !text.startsWith(m.lineComment)) {
                // another model's comment marker (# in Lua, -- in Python): ordinary text here
                sb.append(text.substring(0, 1));
                at = t.start() + 1;
                continue;
            }
            if (t.group("comment") != null) {
                sb.styled(COMMENT, text);
            } else if (t.group("string") != null) {
                sb.styled(STRING, text);
            } else if (t.group("number") != null) {
                sb.styled(NUMBER, text);
            } else if (m.keywords.contains(text)) {
                sb.styled(KEYWORD, text);
            } else {
                sb.append(text);
            }
            at = Math.max(t.end(), at + 1);
        }
        sb.append(buffer.substring(at));
        return sb.toAttributedString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
