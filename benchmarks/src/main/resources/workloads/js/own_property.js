// One operation: read an own property of an object (and add it to a running total).
class Point {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
}

const p = new Point(1, 2);

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += p.x;
    }
    return total;
};
