package dev.dunder.lua.parser.ast;

import java.util.List;

/** A block: its statements, and whether any of them is a label (a goto target). */
public record Block(List<Stmt> statements, boolean hasLabels) {
}
