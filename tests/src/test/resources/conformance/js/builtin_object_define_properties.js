// Object.defineProperties and getOwnPropertyDescriptors round-trip.
const o = {};
Object.defineProperties(o, {
    a: { value: 1, enumerable: true },
    b: { get() { return this.a + 1; }, enumerable: true },
    c: { value: 3, writable: true },
});
console.log(o, o.b, o.c, Object.keys(o));
const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(o));
console.log(copy, copy.c, Object.getOwnPropertyDescriptor(copy, "b").get === Object.getOwnPropertyDescriptor(o, "b").get);
const assigned = Object.assign({}, o);
console.log(assigned, Object.getOwnPropertyDescriptor(assigned, "b"));
try { Object.defineProperties(o, { d: 5 }); } catch (e) { console.log(e.message); }
