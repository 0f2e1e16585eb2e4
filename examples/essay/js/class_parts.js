// Class syntax is sugar over the same parts, and you can inspect all of them.
class Vector {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }

    get magnitude() {
        return Math.sqrt(this.x * this.x + this.y * this.y);
    }

    dot(other) {
        return this.x * other.x + this.y * other.y;
    }
}

console.log(Vector.prototype);
let vec = new Vector(3, 4);
console.log(Object.getPrototypeOf(vec) === Vector.prototype);

// i don't know why you would subclass vector but let's roll with it
class Vectest extends Vector {
    describe() {
        return `(${this.x}, ${this.y})`;
    }
}

console.log(Vectest.prototype, Object.getOwnPropertyNames(Vectest.prototype));
console.log(Object.getPrototypeOf(Vectest.prototype) === Vector.prototype);
console.log(new Vectest(1, 2).describe(), new Vectest(1, 2).magnitude);

// data on the prototype has to be assigned outside the class block
Vector.prototype.dimensions = 2;
console.log(vec.dimensions, new Vectest(0, 0).dimensions);

try {
    Vector(1, 2);
} catch (e) {
    console.log(e.message);
}
