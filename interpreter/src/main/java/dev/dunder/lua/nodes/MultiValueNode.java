package dev.dunder.lua.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An expression that can produce several values: a call or {@code ...}. In the last
 * position of an argument list, table constructor, return or assignment, all its
 * values are used; elsewhere only the first ({@code executeGeneric}).
 */
public interface MultiValueNode {
    Object[] executeMulti(VirtualFrame frame);
}
