// One operation: `new` on a constructor function (allocate, run the body, read a field).
function Point(x, y) {
    this.x = x;
    this.y = y;
}

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += new Point(i, 1).y;
    }
    return total;
};
