// Properties tacked onto Vector itself are invisible to instances.
function Vector(x, y) { this.x = x; this.y = y; }
Vector.origin = new Vector(0, 0);
Vector.count = 2;
let vec = new Vector(3, 4);
console.log(vec.origin, vec.count);
console.log(Vector.count, Vector.origin);
console.log(vec.constructor.count);
console.log(Object.keys(Vector));
Vector.prototype.count = "from prototype";
console.log(vec.count);
