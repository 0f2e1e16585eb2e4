package dev.dunder.runtime.common.diagram;

/**
 * An {@link ObjectDiagram} as a standalone SVG document, laid out like {@link BoxArt}:
 * boxes in a column, arrows between neighbours straight down, arrows to boxes further
 * away curving along the right-hand side. No external layout tool is needed.
 */
final class SvgFormat {
    private static final int CHAR_WIDTH = 8;
    private static final int LINE_HEIGHT = 18;
    private static final int GAP = 48;
    private static final int MARGIN = 20;

    private SvgFormat() {
    }

    static String render(ObjectDiagram d) {
        int width = 0;
        for (ObjectDiagram.Box b : d.boxes()) {
            width = Math.max(width, b.title().length());
            for (String r : b.rows()) {
                width = Math.max(width, r.length());
            }
        }
        int boxWidth = (width + 2) * CHAR_WIDTH;
        int n = d.boxes().size();
        int[] top = new int[n];
        int[] height = new int[n];
        int y = MARGIN;
        for (int i = 0; i < n; i++) {
            ObjectDiagram.Box b = d.boxes().get(i);
            top[i] = y;
            height[i] = LINE_HEIGHT * (1 + b.rows().size()) + (b.rows().isEmpty() ? 8 : 14);
            y += height[i] + GAP;
        }
        int totalWidth = boxWidth + 2 * MARGIN + 220;
        int totalHeight = y - GAP + MARGIN;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(totalWidth).append("\" height=\"").append(totalHeight)
                        .append("\" font-family=\"monospace\" font-size=\"13\">\n");
        out.append("  <defs><marker id=\"head\" markerWidth=\"10\" markerHeight=\"7\" refX=\"10\" refY=\"3.5\" orient=\"auto\">")
                        .append("<polygon points=\"0 0, 10 3.5, 0 7\"/></marker></defs>\n");
        for (int i = 0; i < n; i++) {
            ObjectDiagram.Box b = d.boxes().get(i);
            out.append("  <rect x=\"").append(MARGIN).append("\" y=\"").append(top[i]).append("\" width=\"").append(boxWidth)
                            .append("\" height=\"").append(height[i]).append("\" fill=\"#fdf6e3\" stroke=\"#333\" rx=\"4\"/>\n");
            int ty = top[i] + LINE_HEIGHT;
            out.append("  <text x=\"").append(MARGIN + CHAR_WIDTH).append("\" y=\"").append(ty).append("\" font-weight=\"bold\">")
                            .append(escape(b.title())).append("</text>\n");
            if (!b.rows().isEmpty()) {
                int ly = ty + 6;
                out.append("  <line x1=\"").append(MARGIN).append("\" y1=\"").append(ly).append("\" x2=\"").append(MARGIN + boxWidth)
                                .append("\" y2=\"").append(ly).append("\" stroke=\"#333\"/>\n");
                for (String r : b.rows()) {
                    ty += LINE_HEIGHT;
                    out.append("  <text x=\"").append(MARGIN + CHAR_WIDTH).append("\" y=\"").append(ty).append("\">").append(escape(r)).append("</text>\n");
                }
            }
        }
        int lane = 0;
        for (ObjectDiagram.Arrow a : d.arrows()) {
            int cx = MARGIN + boxWidth / 2;
            if (a.to() == a.from() + 1) {
                int y1 = top[a.from()] + height[a.from()];
                int y2 = top[a.to()];
                out.append("  <line x1=\"").append(cx).append("\" y1=\"").append(y1).append("\" x2=\"").append(cx).append("\" y2=\"").append(y2)
                                .append("\" stroke=\"#333\" marker-end=\"url(#head)\"/>\n");
                out.append("  <text x=\"").append(cx + 8).append("\" y=\"").append((y1 + y2) / 2 + 4).append("\">").append(escape(a.label())).append("</text>\n");
            } else {
                int right = MARGIN + boxWidth;
                int y1 = top[a.from()] + height[a.from()] / 2;
                int y2 = top[a.to()] + (a.to() == a.from() ? height[a.to()] / 2 + 10 : height[a.to()] / 2);
                int bend = right + 30 + 25 * (lane++ % 6);
                out.append("  <path d=\"M ").append(right).append(' ').append(y1).append(" C ").append(bend).append(' ').append(y1).append(", ")
                                .append(bend).append(' ').append(y2).append(", ").append(right).append(' ').append(y2)
                                .append("\" fill=\"none\" stroke=\"#666\" stroke-dasharray=\"4 3\" marker-end=\"url(#head)\"/>\n");
                out.append("  <text x=\"").append(bend + 4).append("\" y=\"").append((y1 + y2) / 2).append("\" fill=\"#555\">").append(escape(a.label()))
                                .append("</text>\n");
            }
        }
        return out.append("</svg>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
