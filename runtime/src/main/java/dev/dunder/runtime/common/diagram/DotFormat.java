package dev.dunder.runtime.common.diagram;

/** An {@link ObjectDiagram} as Graphviz DOT: record-shaped nodes, labelled edges. */
final class DotFormat {
    private DotFormat() {
    }

    static String render(ObjectDiagram d) {
        StringBuilder out = new StringBuilder("digraph lookup {\n");
        out.append("  rankdir=TB;\n  node [shape=record, fontname=\"monospace\"];\n");
        for (ObjectDiagram.Box b : d.boxes()) {
            out.append("  n").append(b.id()).append(" [label=\"{").append(escape(b.title()));
            if (!b.rows().isEmpty()) {
                out.append('|');
                for (String r : b.rows()) {
                    out.append(escape(r)).append("\\l");
                }
            }
            out.append("}\"];\n");
        }
        for (ObjectDiagram.Arrow a : d.arrows()) {
            out.append("  n").append(a.from()).append(" -> n").append(a.to()).append(" [label=\"").append(escape(a.label())).append("\"];\n");
        }
        return out.append("}\n").toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("{}|<>\"\\".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
