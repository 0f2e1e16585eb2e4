// Calling a constructor function without `new` (sloppy mode):
// `this` is the global object, so x and y become globals.
function Vector(x, y) {
    this.x = x;
    this.y = y;
}

let vec = Vector(3, 4);
console.log(vec);
console.log(typeof globalThis.x, globalThis.x, globalThis.y);
console.log(x, y);
let vec2 = new Vector(3, 4);
console.log(vec2);
console.log(vec2 instanceof Vector);
delete globalThis.x;
delete globalThis.y;
console.log(typeof x);
