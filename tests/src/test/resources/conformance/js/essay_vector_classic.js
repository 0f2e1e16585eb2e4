// The essay's Vector in "classic" JavaScript.
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

let vec = new Vector(3, 4);
let vec2 = new Vector(5, 12);
console.log(vec.magnitude, vec2.magnitude);
console.log(vec.dot(vec2));
console.log(vec);
console.log(Vector.prototype);
for (const k in vec) console.log("key", k);
console.log(Vector);
