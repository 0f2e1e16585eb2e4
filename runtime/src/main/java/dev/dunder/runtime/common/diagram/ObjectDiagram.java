package dev.dunder.runtime.common.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * An object and everything its lookups can reach, as the essay draws it: boxes (an
 * instance, a class, a metatable, a prototype...) with their own entries, joined by
 * labelled arrows (__class__, __index, [[Prototype]]...). Each model builds one from its
 * objects; {@link BoxArt}, {@link DotFormat} and {@link SvgFormat} render it.
 */
public final class ObjectDiagram {
    /** One object: a title line and its entries. */
    public record Box(int id, String title, List<String> rows) {
    }

    /** A reference from one box to another. */
    public record Arrow(int from, int to, String label) {
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();

    /** Adds a box and returns its id (boxes are drawn in the order they are added). */
    public int box(String title, List<String> rows) {
        int id = boxes.size();
        boxes.add(new Box(id, title, List.copyOf(rows)));
        return id;
    }

    public void arrow(int from, int to, String label) {
        arrows.add(new Arrow(from, to, label));
    }

    public List<Box> boxes() {
        return boxes;
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    /** Renders in one of the formats {@code box} (Unicode text), {@code dot} (Graphviz) or {@code svg}. */
    public String render(String format) {
        return switch (format) {
            case "box", "text" -> BoxArt.render(this);
            case "dot" -> DotFormat.render(this);
            case "svg" -> SvgFormat.render(this);
            default -> throw new IllegalArgumentException("unknown diagram format '" + format + "' (expected box, dot or svg)");
        };
    }
}
