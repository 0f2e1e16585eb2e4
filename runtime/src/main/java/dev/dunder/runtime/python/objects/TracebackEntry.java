package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.nodes.Node;

/**
 * One line of a traceback: the node that was running in a frame when an exception
 * went through it (the raise itself, or the call that the exception came out of).
 * File, line, function name and caret columns are all read off the node.
 */
public record TracebackEntry(Node node) {
}
