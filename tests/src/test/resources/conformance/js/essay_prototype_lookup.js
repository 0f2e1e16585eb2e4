// vec.dot is found on Vector.prototype, not on vec.
class Vector {
    constructor(x, y) { this.x = x; this.y = y; }
    dot(other) { return this.x * other.x + this.y * other.y; }
}
let vec = new Vector(3, 4);
let vec2 = new Vector(1, 1);
console.log(vec.dot(vec2));
console.log(vec.hasOwnProperty("dot"));
console.log(Vector.prototype.hasOwnProperty("dot"));
console.log(Object.getPrototypeOf(vec) === Vector.prototype);
console.log(Object.getPrototypeOf(Vector) === Vector.prototype);
console.log(Object.getPrototypeOf(Vector) === Function.prototype);
console.log(vec.constructor === Vector);
console.log(vec.hasOwnProperty("constructor"));
console.log(typeof vec);
