package dev.dunder.python.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dunder.python.nodes.PyStatementNode;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PSet;

/** Starts a comprehension's result: an empty list, set or dict in a slot. */
public final class NewCollectionNode extends PyStatementNode {
    private final int slot;
    private final DisplayNode.Kind kind;
    private final boolean dict;

    public NewCollectionNode(int slot, DisplayNode.Kind kind, boolean dict) {
        this.slot = slot;
        this.kind = kind;
        this.dict = dict;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v;
        if (dict) {
            v = new PDict();
        } else if (kind == DisplayNode.Kind.SET) {
            v = PSet.newSet();
        } else {
            v = new PList();
        }
        frame.setObject(slot, v);
    }
}
