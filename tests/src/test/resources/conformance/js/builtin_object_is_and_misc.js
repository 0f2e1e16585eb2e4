// Object.is, Object() wrapper, Object.prototype methods.
console.log(Object.is(1, 1), Object.is(NaN, NaN), Object.is(0, -0), Object.is({}, {}), Object.is("a", "a"));
const o = { own: 1 };
const child = Object.create(o);
console.log(o.hasOwnProperty("own"), child.hasOwnProperty("own"), "own" in child);
console.log(Object.hasOwn(o, "own"), Object.hasOwn(child, "own"));
console.log(o.isPrototypeOf(child), Object.prototype.isPrototypeOf(child), child.isPrototypeOf(o));
console.log(Object.prototype.isPrototypeOf.call(Array.prototype, []));
console.log(o.valueOf() === o, typeof Object("s"), Object("s") instanceof String, Object(null), Object(undefined));
const n = Object.create(null);
console.log(Object.prototype.hasOwnProperty.call(n, "x"));
n.x = 1;
console.log(Object.prototype.hasOwnProperty.call(n, "x"));
const tricky = { hasOwnProperty() { return "overridden"; } };
console.log(tricky.hasOwnProperty("x"), Object.prototype.hasOwnProperty.call(tricky, "hasOwnProperty"));
console.log(new Object(), new Object(1) instanceof Number, Object({ same: true }));
