// The essay's Vector written with class syntax.
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

let vec = new Vector(3, 4);
let vec2 = new Vector(1, 2);
console.log(vec);
console.log(vec.magnitude);
console.log(vec.dot(vec2));
console.log(typeof Vector);
console.log(Vector);
console.log(Object.keys(vec));
console.log(Object.getOwnPropertyNames(Vector.prototype));
