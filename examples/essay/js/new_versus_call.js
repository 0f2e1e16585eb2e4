// `Vector(3, 4)` versus `new Vector(3, 4)`: without new, `this` is the global
// object, so x and y become globals and the call returns undefined.
function Vector(x, y) {
    this.x = x;
    this.y = y;
}

let vec = Vector(3, 4);
console.log(vec, globalThis.x, globalThis.y);
vec = new Vector(3, 4);
console.log(vec);

// new.target tells the two apart
function Checked(x) {
    if (!new.target) {
        return new Checked(x);
    }
    this.x = x;
}
console.log(Checked(1), new Checked(2));
