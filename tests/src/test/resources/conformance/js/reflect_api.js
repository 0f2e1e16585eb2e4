// The Reflect namespace mirrors the internal methods.
const o = { a: 1 };
console.log(Reflect.get(o, "a"), Reflect.set(o, "b", 2), o, Reflect.has(o, "b"), Reflect.has(o, "toString"));
console.log(Reflect.ownKeys({ b: 1, [Symbol("s")]: 2, 1: 0 }), Reflect.deleteProperty(o, "b"), o);
console.log(Reflect.defineProperty(o, "c", { value: 3 }), Reflect.defineProperty(Object.freeze({}), "x", { value: 1 }));
console.log(Reflect.getOwnPropertyDescriptor(o, "c"));
console.log(Reflect.getPrototypeOf(o) === Object.prototype, Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o));
console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o), Reflect.set(o, "new", 1));
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(function () { return this; }, "ctx", []) instanceof String);
class A { constructor(v) { this.v = v; } }
class B {}
const made = Reflect.construct(A, [5], B);
console.log(made, made instanceof B, made instanceof A);
try { Reflect.get(1, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
try { Reflect.construct(() => {}, []); } catch (e) { console.log(e.message); }
console.log(typeof Reflect, String(Reflect), Object.keys(Reflect).length);
