// Function.prototype.call, apply and bind.
function describe(greeting, punct) {
    return greeting + ", " + this.name + punct;
}
const alice = { name: "Alice" }, bob = { name: "Bob" };
console.log(describe.call(alice, "Hi", "!"));
console.log(describe.apply(bob, ["Hello", "?"]));
console.log(describe.apply(bob, { length: 2, 0: "Array-like", 1: "." }));
const bound = describe.bind(alice, "Bound");
console.log(bound("~"), bound.call(bob, "."));
const rebound = bound.bind(bob);
console.log(rebound("#"));
console.log(bound.name, bound.length, describe.length, rebound.name);
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind({ ignored: true }, 1);
const p = new BoundPoint(2);
console.log(p, p instanceof Point, BoundPoint.prototype);
console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.slice.call("abc", 1));
try { describe.apply(alice, 5); } catch (e) { console.log(e.message); }
console.log(describe.call({ name: "no args" }));
