// defineProperty and the `get` syntax in a literal define the same thing.
let a = { x: 3, y: 4 };
Object.defineProperty(a, "magnitude", {
    configurable: true,
    enumerable: true,
    get: function () { return Math.sqrt(this.x * this.x + this.y * this.y); },
});
let b = {
    x: 3, y: 4,
    get magnitude() { return Math.sqrt(this.x * this.x + this.y * this.y); },
};
console.log(a.magnitude, b.magnitude);
let da = Object.getOwnPropertyDescriptor(a, "magnitude");
let db = Object.getOwnPropertyDescriptor(b, "magnitude");
console.log(Object.keys(da), Object.keys(db));
console.log(da.enumerable, db.enumerable, da.configurable, db.configurable, da.set, db.set);
console.log(a, b);
a.x = 6; a.y = 8;
console.log(a.magnitude);
