// One operation: a method call site that sees instances of four different classes.
class Circle { area() { return 3; } }
class Square { area() { return 4; } }
class Triangle { area() { return 5; } }
class Hexagon { area() { return 6; } }

const shapes = [new Circle(), new Square(), new Triangle(), new Hexagon()];

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += shapes[i & 3].area();
    }
    return total;
};
