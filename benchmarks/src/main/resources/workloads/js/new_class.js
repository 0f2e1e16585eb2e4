// One operation: create an instance of a class with a field and a constructor.
class Point {
    tag = 1;

    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
}

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += new Point(i, 1).tag;
    }
    return total;
};
