// The essay's Vector as a class: a constructor, a getter, a method.
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

const vec = new Vector(3, 4);
const vec2 = new Vector(1, 2);
console.log(vec, vec.magnitude, vec.dot(vec2));
console.log(Object.getPrototypeOf(vec) === Vector.prototype, vec.constructor === Vector);
console.log(Object.getOwnPropertyNames(Vector.prototype));
