package dev.dunder.python.parser.ast;

/**
 * Where a syntax element is: character range [start, end) in the source, and the
 * 1-based line / 0-based column of both ends (CPython's lineno/col_offset convention).
 */
public record Pos(int start, int end, int line, int column, int endLine, int endColumn) {
    public int length() {
        return end - start;
    }

    /** The range from the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.start, b.end, a.line, a.column, b.endLine, b.endColumn);
    }
}
