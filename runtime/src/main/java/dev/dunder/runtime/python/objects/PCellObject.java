package dev.dunder.runtime.python.objects;

import dev.dunder.runtime.common.Cell;

/** A closure cell as Python sees it ({@code f.__closure__[0].cell_contents}). */
public final class PCellObject extends PyObject {
    private final Cell cell;

    public PCellObject(Cell cell) {
        super(PyTypes.CELL.getInstanceShape());
        this.cell = cell;
    }

    public Cell getCell() {
        return cell;
    }
}
