// A Proxy wraps an object and intercepts access, `in`, and calls.
class Vector {
    constructor(x, y) { this.x = x; this.y = y; }
}
function makeVector(x, y) {
    return new Proxy(new Vector(x, y), {
        get(target, key, receiver) {
            if (key === "length") return Math.sqrt(target.x ** 2 + target.y ** 2);
            return Reflect.get(target, key, receiver);
        },
        has(target, key) {
            return key === "magic" || key in target;
        },
    });
}
let v = makeVector(3, 4);
console.log(v.x, v.y, v.length, v.missing);
console.log("magic" in v, "x" in v, "z" in v);
console.log(v instanceof Vector);
let callable = new Proxy(function () {}, {
    apply(target, thisArg, args) { return "called with " + args.join(","); },
});
console.log(callable(1, 2, 3));
