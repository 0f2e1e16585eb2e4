// The same Vector in "classic" JavaScript: a constructor function, a property
// defined on its prototype, and a method tacked onto the prototype.
function Vector(x, y) {
    this.x = x;
    this.y = y;
}

Object.defineProperty(Vector.prototype, 'magnitude', {
    configurable: true,
    enumerable: true,
    get: function() {
        return Math.sqrt(this.x * this.x + this.y * this.y);
    },
});


Vector.prototype.dot = function(other) {
    return this.x * other.x + this.y * other.y;
};

const vec = new Vector(3, 4);
console.log(vec.magnitude, vec.dot(new Vector(2, 1)));
// dot is not on vec: JavaScript finds it on vec's prototype, Vector.prototype
console.log(vec.hasOwnProperty("dot"), Object.getPrototypeOf(vec) === Vector.prototype);
// properties tacked onto Vector itself stay invisible to instances
Vector.origin = new Vector(0, 0);
console.log(vec.origin, Vector.origin.magnitude);
console.log(Vector.prototype, vec);
