package dev.dunder.js.nodes.functions;

/**
 * Where a new closure gets one captured variable's Cell from in the creating frame:
 * a frame slot of the creator's own captured variable ({@code fromSlot}), or the
 * creator's own captures array (a variable of a function further out).
 */
public record CaptureSource(boolean fromSlot, int index) {
}
