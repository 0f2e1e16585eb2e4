package dev.dunder.runtime.common.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws an {@link ObjectDiagram} with Unicode box characters: boxes stacked top to bottom
 * in the order they were added, an arrow between neighbours drawn as a labelled line,
 * and arrows to boxes further away listed at the bottom of the box they leave
 * ("─▶ label: title").
 */
final class BoxArt {
    private BoxArt() {
    }

    static String render(ObjectDiagram d) {
        List<ObjectDiagram.Box> boxes = d.boxes();
        int width = 0;
        List<List<String>> contents = new ArrayList<>();
        for (ObjectDiagram.Box b : boxes) {
            List<String> lines = new ArrayList<>(b.rows());
            for (ObjectDiagram.Arrow a : d.arrows()) {
                if (a.from() == b.id() && a.to() != b.id() + 1) {
                    String target = a.to() == b.id() ? "itself" : boxes.get(a.to()).title();
                    lines.add("─▶ " + a.label() + ": " + target);
                }
            }
            contents.add(lines);
            width = Math.max(width, b.title().length());
            for (String l : lines) {
                width = Math.max(width, l.length());
            }
        }
        width += 2;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < boxes.size(); i++) {
            ObjectDiagram.Box b = boxes.get(i);
            List<String> lines = contents.get(i);
            out.append('┌').append("─".repeat(width)).append("┐\n");
            out.append("│ ").append(pad(b.title(), width - 1)).append("│\n");
            if (!lines.isEmpty()) {
                out.append('├').append("─".repeat(width)).append("┤\n");
                for (String l : lines) {
                    out.append("│ ").append(pad(l, width - 1)).append("│\n");
                }
            }
            ObjectDiagram.Arrow down = downArrow(d, b.id());
            if (down == null) {
                out.append('└').append("─".repeat(width)).append("┘\n");
                if (i + 1 < boxes.size()) {
                    out.append('\n');
                }
                continue;
            }
            int mid = width / 2;
            out.append('└').append("─".repeat(mid)).append('┬').append("─".repeat(width - mid - 1)).append("┘\n");
            String indent = " ".repeat(mid + 1);
            out.append(indent).append("│ ").append(down.label()).append('\n');
            out.append(indent).append("▼\n");
        }
        return out.toString();
    }

    private static ObjectDiagram.Arrow downArrow(ObjectDiagram d, int from) {
        for (ObjectDiagram.Arrow a : d.arrows()) {
            if (a.from() == from && a.to() == from + 1) {
                return a;
            }
        }
        return null;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
