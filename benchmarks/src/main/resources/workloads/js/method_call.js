// One operation: call a method found on the prototype, with `this` bound by the call site.
class Vector {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }

    dot(other) {
        return this.x * other.x + this.y * other.y;
    }
}

const a = new Vector(1, 2);
const b = new Vector(3, 4);

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += a.dot(b);
    }
    return total;
};
