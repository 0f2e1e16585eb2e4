// Object.keys/values/entries/fromEntries/getOwnPropertyNames.
const o = { b: 2, a: 1, 1: "one" };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.fromEntries([["x", 1], ["y", 2]]));
console.log(Object.fromEntries(new Map([["m", true]])));
console.log(Object.fromEntries(Object.entries({ a: 1, b: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
console.log(Object.keys("hi"), Object.values("hi"), Object.entries([7, 8]));
console.log(Object.keys(42), Object.entries(true));
try { Object.keys(null); } catch (e) { console.log(e.message); }
try { Object.keys(undefined); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyNames(function f(a) {}).sort());
console.log(Object.getOwnPropertyNames(class K {}));
console.log(Object.keys(Object.create({ inherited: 1 })));
