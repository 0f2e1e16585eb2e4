// The class is one big macro over the prototype parts; inspect them.
class Vector {
    constructor(x, y) { this.x = x; this.y = y; }
    get magnitude() { return Math.sqrt(this.x * this.x + this.y * this.y); }
    dot(other) { return this.x * other.x + this.y * other.y; }
}

console.log(Vector.prototype);
let vec = new Vector(3, 4);
console.log(Object.getPrototypeOf(vec) === Vector.prototype);

// i don't know why you would subclass vector but let's roll with it
class Vectest extends Vector {
    test() { return "test " + this.magnitude; }
}

console.log(Vectest.prototype);
console.log(Object.getPrototypeOf(Vectest.prototype) === Vector.prototype);
console.log(Object.getPrototypeOf(Vectest) === Vector);
console.log(new Vectest(6, 8).test());
console.log(new Vectest(6, 8));
console.log(Object.getOwnPropertyNames(Vectest.prototype));
console.log(Object.getOwnPropertyDescriptor(Vector.prototype, "dot").enumerable);
