// `__proto__: value` in a literal sets the prototype.
const base = { greet() { return "hi from base"; }, kind: "base" };
const child = { __proto__: base, own: 1 };
console.log(child.greet(), child.kind, Object.getPrototypeOf(child) === base);
console.log(Object.keys(child), child.hasOwnProperty("__proto__"));
const none = { __proto__: null, a: 1 };
console.log(Object.getPrototypeOf(none), none);
const ignored = { __proto__: 42 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
const computedKey = { ["__proto__"]: "just data" };
console.log(Object.getPrototypeOf(computedKey) === Object.prototype, Object.keys(computedKey));
const __proto__ = base;
const shorthand = { __proto__ };
console.log(Object.getPrototypeOf(shorthand) === Object.prototype, Object.keys(shorthand));
const viaAccessor = {};
viaAccessor.__proto__ = base;
console.log(viaAccessor.kind, viaAccessor.__proto__ === base);
console.log(child);
