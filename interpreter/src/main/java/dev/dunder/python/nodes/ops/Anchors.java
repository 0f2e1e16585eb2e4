package dev.dunder.python.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.SourceSection;

import dev.dunder.common.nodes.StatementNode;

/** CPython 3.11's caret anchors (traceback._extract_caret_anchors_from_line_segment) computed from node positions. */
public final class Anchors {
    private Anchors() {
    }

    /** For {@code left OP right}: {operator start, operator end} within the node's segment. */
    @TruffleBoundary
    public static int[] binary(StatementNode node, StatementNode left, StatementNode right) {
        SourceSection s = node.getSourceSection();
        if (s == null || !left.hasSource() || !right.hasSource() || s.getStartLine() != s.getEndLine()) {
            return null;
        }
        String segment = s.getCharacters().toString();
        int leftEnd = left.getSourceCharIndex() + left.getSourceLength() - node.getSourceCharIndex();
        int rightStart = right.getSourceCharIndex() - node.getSourceCharIndex();
        if (leftEnd < 0 || rightStart > segment.length() || leftEnd > rightStart) {
            return null;
        }
        String operator = segment.substring(leftEnd, rightStart);
        int offset = operator.length() - operator.stripLeading().length();
        int leftAnchor = leftEnd + offset;
        int rightAnchor = leftAnchor + 1;
        if (offset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(offset + 1))) {
            rightAnchor++;
        }
        while (leftAnchor < segment.length() && (Character.isWhitespace(segment.charAt(leftAnchor)) || segment.charAt(leftAnchor) == ')' || segment.charAt(leftAnchor) == '#')) {
            leftAnchor++;
            rightAnchor++;
        }
        return new int[]{leftAnchor, rightAnchor};
    }

    /** For {@code value[index]}: the brackets part. */
    @TruffleBoundary
    public static int[] subscript(StatementNode node, StatementNode value, StatementNode index) {
        SourceSection s = node.getSourceSection();
        if (s == null || !value.hasSource() || !index.hasSource() || s.getStartLine() != s.getEndLine()) {
            return null;
        }
        String segment = s.getCharacters().toString();
        int leftAnchor = value.getSourceCharIndex() + value.getSourceLength() - node.getSourceCharIndex();
        int rightAnchor = index.getSourceCharIndex() + index.getSourceLength() - node.getSourceCharIndex() + 1;
        while (leftAnchor < segment.length() && (Character.isWhitespace(segment.charAt(leftAnchor)) || segment.charAt(leftAnchor) != '[')) {
            leftAnchor++;
        }
        while (rightAnchor < segment.length() && (Character.isWhitespace(segment.charAt(rightAnchor)) || segment.charAt(rightAnchor) != ']')) {
            rightAnchor++;
        }
        if (rightAnchor < segment.length()) {
            rightAnchor++;
        }
        return new int[]{leftAnchor, rightAnchor};
    }
}
