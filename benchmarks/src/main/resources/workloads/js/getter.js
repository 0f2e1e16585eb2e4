// One operation: read an accessor property defined on the class (its getter runs).
class Vector {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }

    get sum() {
        return this.x + this.y;
    }
}

const v = new Vector(1, 2);

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += v.sum;
    }
    return total;
};
