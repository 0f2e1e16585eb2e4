// Class syntax prevents calling the type without new.
class Vector {
    constructor(x, y) { this.x = x; this.y = y; }
}
console.log(new Vector(1, 2));
let v = Vector(3, 4);
console.log(v);
